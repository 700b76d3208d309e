import { browser } from 'wxt/browser';
import tokens from '@/assets/tokens.css?inline';
import { pageHelperShell } from '@/utils/i18n/dictionaries/page-helper-shell';
import { currentLocale, type LanguageSetting } from '@/utils/i18n/locale';
import { frameSearch, HEIGHT_MESSAGE_KEY } from '@/utils/page-helpers/frame-params';
import type { PageContext } from '@/utils/page-helpers/types';
import { HELPER_FRAME_PATH } from '@/utils/protocol/sender';
import styles from './style.css?inline';

/** What the background says about this page (settings.forPage), minus `enabled`. */
export interface PageSettings {
  language: LanguageSetting;
  collapsed: boolean;
}

export interface Shell {
  /** The background's answer: the seller's language, and open or collapsed on this site. */
  settle(page: PageSettings): void;
  remove(): void;
}

/** Tallest the frame may ask to be (the panel scrolls beyond 75vh anyway). */
const MAX_FRAME_HEIGHT = 4000;

/**
 * The panel's shell, in a closed shadow root: title, collapse toggle and the helper frame. Display
 * only — every input and action button is in the frame (an extension page the host page cannot
 * script), so nothing here holds data a page script could change. Built with the DOM API: no UI
 * library, no schema library, one small dictionary, so the injected code stays small.
 *
 * It is in the page at once, before the background has answered (issue 13): the title in the
 * browser's language, the toggle waiting and the body closed. `settle` then applies the seller's
 * language and this site's open/collapsed state, and an open panel loads the frame. Closed until
 * then, so a panel the seller collapsed on this site never opens for a moment.
 */
export function mountShell(context: PageContext, onCollapse: (collapsed: boolean) => void): Shell {
  let text = pageHelperShell[currentLocale('auto')];
  const host = document.createElement('crossdock-helper');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // The shared tokens first (light and dark, on :host), then the shell's own rules.
  style.textContent = tokens + styles;
  const panel = el('aside', { class: 'cd-panel', 'data-testid': 'crossdock-panel', 'data-helper': context.helperId });
  const header = el('header');
  const title = el('strong');
  const toggle = el('button', { type: 'button', 'data-testid': 'panel-toggle', 'aria-busy': 'true' });
  toggle.disabled = true;
  const body = el('div', { 'data-testid': 'panel-body' });
  body.hidden = true;
  header.append(title, toggle);
  panel.append(header, body);
  root.append(style, panel);

  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  let frame: HTMLIFrameElement | undefined;
  // Sizes the frame to its content. Only our frame's own window, from our origin, with a number.
  const onMessage = (e: MessageEvent) => {
    if (!frame || e.source !== frame.contentWindow || e.origin !== extensionOrigin) return;
    const height = (e.data as Record<string, unknown> | null)?.[HEIGHT_MESSAGE_KEY];
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    frame.style.height = `${Math.min(Math.max(Math.ceil(height), 0), MAX_FRAME_HEIGHT)}px`;
  };
  window.addEventListener('message', onMessage);

  let settled: PageSettings | undefined;
  let collapsed = true;
  const show = () => {
    title.textContent = text['panel.title'];
    toggle.textContent = text[collapsed ? 'panel.expand' : 'panel.collapse'];
    if (!settled) return;
    toggle.setAttribute('aria-expanded', String(!collapsed));
    body.hidden = collapsed;
    // The frame (and the helper's data) loads when the panel is first open, then keeps its state.
    if (!collapsed && !frame) {
      frame = el('iframe', { title: text['panel.frameTitle'], 'data-testid': 'helper-frame' });
      frame.src = `${extensionOrigin}${HELPER_FRAME_PATH}${frameSearch(context, settled.language)}`;
      body.append(frame);
    }
  };
  toggle.addEventListener('click', (e) => {
    // Only the seller's own click counts; the root is closed, and a synthetic click never isTrusted.
    if (!e.isTrusted || !settled) return;
    collapsed = !collapsed;
    show();
    onCollapse(collapsed);
  });
  show();
  document.body.append(host);
  return {
    settle(page) {
      if (settled) return;
      settled = page;
      text = pageHelperShell[currentLocale(page.language)];
      collapsed = page.collapsed;
      toggle.disabled = false;
      toggle.removeAttribute('aria-busy');
      show();
    },
    remove() {
      window.removeEventListener('message', onMessage);
      host.remove();
    },
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
