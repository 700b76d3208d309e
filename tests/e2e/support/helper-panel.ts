import { expect, type Frame, type Page } from '@playwright/test';
import { evaluateInContentScript } from './isolated-world';

/**
 * Reaching the helper panel as the seller does, not as the page can. The panel's shell is in a
 * closed shadow root (Playwright locators, like page scripts, do not enter it), so the shell is read
 * from the content script's own world (`chrome.dom.openOrClosedShadowRoot`) and clicked with the
 * mouse at its place on screen: a real, trusted click. The helper itself is in the helper frame, an
 * extension page Playwright reaches as a frame of the page.
 */

const FRAME_URL = /^chrome-extension:\/\/[a-p]{32}\/helper-frame\.html(\?|$)/;

/**
 * The helper frame the panel shows now: the first whose URL contains `match` (the panel makes a new
 * frame after each SPA navigation; name an id of the new URL to wait for that one).
 */
export async function helperFrame(page: Page, match = ''): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      () => {
        found = page.frames().find((f) => !f.isDetached() && FRAME_URL.test(f.url()) && f.url().includes(match));
        return !!found;
      },
      { message: `helper frame ${match}` },
    )
    .toBe(true);
  return found!;
}

export interface ShellState {
  mounted: number;
  helper?: string;
  expanded?: string;
  /** The toggle's words (they come in the seller's language, from the background). */
  toggleText?: string;
  bodyHidden?: boolean;
  frames: number;
  toggle?: { x: number; y: number };
}

/** The shell as the content script's world sees it (0 mounted when no panel is in the page). */
export function shellState(page: Page): Promise<ShellState> {
  // Right after a reload the old content-script world may still be listed: read again (polls retry).
  return evaluateInContentScript<ShellState>(
    page,
    `(() => {
      const hosts = [...document.getElementsByTagName('crossdock-helper')];
      const root = hosts[0] && chrome.dom.openOrClosedShadowRoot(hosts[0]);
      if (!root) return { mounted: hosts.length, frames: 0 };
      const q = (id) => root.querySelector('[data-testid="' + id + '"]');
      const r = q('panel-toggle').getBoundingClientRect();
      return {
        mounted: hosts.length,
        helper: q('crossdock-panel').getAttribute('data-helper'),
        expanded: q('panel-toggle').getAttribute('aria-expanded'),
        toggleText: q('panel-toggle').textContent,
        bodyHidden: q('panel-body').hidden,
        frames: root.querySelectorAll('iframe').length,
        toggle: { x: r.x + r.width / 2, y: r.y + r.height / 2 },
      };
    })()`,
  ).catch(() => ({ mounted: -1, frames: 0 }));
}

/** The seller's own click on the collapse toggle. */
export async function clickToggle(page: Page): Promise<void> {
  const { toggle } = await shellState(page);
  if (!toggle) throw new Error('no helper panel on this page');
  await page.mouse.click(toggle.x, toggle.y);
}
