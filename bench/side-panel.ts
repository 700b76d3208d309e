/**
 * Side-panel figures on the orders a sync just cached: open → first rows, tab switch → the new
 * tab's rows, filter (Enter) → filtered rows, and a filter keystroke → the next frame (how long a
 * key press keeps the page from painting). Timed inside the page (performance.now), so
 * Playwright's own round trips are not counted. The open is timed from the page's navigation
 * start (performance.timeOrigin) to the frame after the first row is in the page (the app's, or one
 * its first script drew before the app loaded: orders/early-rows.ts); the same open
 * timed from outside (Playwright's goto and wait, its round trips included) is printed beside it.
 * The opens are timed twice: in the Playwright browser, and in one no debugger is attached to
 * (plain-browser.ts), as in a seller's browser.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { PLAIN_PAGES, type PlainOpensJob, plainOpens } from './plain-browser';
import { FLOOR_PAGE, figure, ratio } from './support';

const OPENS = 5;
const RUNS = 5;
/** Pause before each tab click (far shorter than a person's). */
const IDLE_BEFORE_CLICK_MS = 500;

/** What to do in the page: click an element, or press Enter in the search box. */
type Act = { click: string } | { enter: true };

/**
 * In the page: do `act`, resolve when the first row's text differs from before (and a frame
 * passed). A script string, not a function: tsx would wrap named inner functions in a helper the
 * page does not have.
 */
function timeRowsChange(page: Page, act: Act): Promise<number> {
  const trigger =
    'click' in act
      ? `document.querySelector('[data-testid="${act.click}"]').click();`
      : `document.querySelector('[data-testid="order-search"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`;
  return page.evaluate(`(async () => {
    const firstRow = () => document.querySelector('[data-testid="order-row"]')?.textContent ?? null;
    const before = firstRow();
    const changed = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('rows did not change')), 30000);
      const mo = new MutationObserver(() => {
        const now = firstRow();
        if (now !== null && now !== before) {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    ${trigger}
    await changed;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  })()`);
}

/** In the page: a key press in the search box → the next frame starts. */
function timeKeystroke(page: Page, char: string): Promise<number> {
  return page.evaluate(async (c) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="order-search"]')!;
    const t0 = performance.now();
    input.value += c;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: 'insertText' }));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return performance.now() - t0;
  }, char);
}

const click = (testId: string): Act => ({ click: testId });

/**
 * A side panel's first rows: the app's, or those its first script draws before the app has loaded
 * (orders/early-rows.ts; the same place, the same text, what the seller sees first).
 */
const FIRST_ROWS = '[data-testid="order-row"], [data-testid="early-order-row"]';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Before the page's own scripts run: watch for the first element matching `selector`, and keep the
 * time of the frame after it appeared (ms since navigation start) in `window.__firstShownAt`.
 */
export async function watchFirstShown(page: Page, selector: string): Promise<void> {
  await page.addInitScript((sel) => {
    const w = window as unknown as { __firstShownAt?: number };
    new MutationObserver((_, mo) => {
      if (!document.querySelector(sel)) return;
      mo.disconnect();
      requestAnimationFrame(() => {
        w.__firstShownAt = performance.now();
      });
    }).observe(document, { subtree: true, childList: true });
  }, selector);
}

/** What watchFirstShown kept (waits for the frame if the element was just found). */
export async function firstShownAt(page: Page): Promise<number> {
  const at = await page.waitForFunction(() => (window as unknown as { __firstShownAt?: number }).__firstShownAt);
  return Math.round((await at.jsonValue()) as number);
}

/**
 * Open → first rows against the 150 ms target, beside the browser's floor measured right before
 * each open (FLOOR_PAGE) and the difference: the part our page and worker add.
 */
function printOpens(label: string, opens: number[], floors: number[]): void {
  figure(`${label}: open → first rows, best of ${opens.length}`, Math.min(...opens), 'ms');
  ratio(
    `${label}: open → first rows, worst of ${opens.length} ÷ 150 ms`,
    Math.max(...opens) / 150,
    `${Math.max(...opens)} ms; all ${opens.join(', ')}`,
  );
  figure(
    `${label}: browser floor (extension page, one script adds a row), best / worst`,
    `${Math.min(...floors)} / ${Math.max(...floors)} ms; all ${floors.join(', ')}`,
  );
  const ours = opens.map((o, i) => o - floors[i]!);
  figure(
    `${label}: open minus the floor before it (our part), best / worst`,
    `${Math.min(...ours)} / ${Math.max(...ours)}`,
    'ms',
  );
}

/**
 * The same opens in a Chromium no debugger is attached to (plain-browser.ts): what a seller's
 * browser does. It syncs the sandbox's orders itself first, like the Playwright run before it.
 */
export async function measureSidePanelWithoutDebugger(vendor: PlainOpensJob['vendor'], n: number): Promise<void> {
  const rounds = await plainOpens({
    vendor,
    opens: OPENS,
    pages: [PLAIN_PAGES.floor, PLAIN_PAGES.sidePanel],
    settleMs: 2_000,
    pauseMs: 300,
  });
  printOpens(
    `side panel ${n.toLocaleString('en')}, no debugger`,
    rounds.map((r) => r[PLAIN_PAGES.sidePanel]!),
    rounds.map((r) => r[PLAIN_PAGES.floor]!),
  );
}

export async function measureSidePanel(context: BrowserContext, extensionId: string, n: number): Promise<void> {
  const label = `side panel ${n.toLocaleString('en')}`;
  const opens: number[] = [];
  const outside: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    // The browser's floor right before each open, on the same machine state: see FLOOR_PAGE.
    const floor = await context.newPage();
    await watchFirstShown(floor, '[data-testid="order-row"]');
    await floor.goto(`chrome-extension://${extensionId}/${FLOOR_PAGE}`);
    floors.push(await firstShownAt(floor));
    await floor.close();
    const side = await context.newPage();
    await watchFirstShown(side, FIRST_ROWS);
    const t0 = Date.now();
    await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await side.waitForSelector(FIRST_ROWS, { timeout: 60_000 });
    outside.push(Date.now() - t0);
    opens.push(await firstShownAt(side));
    await side.close();
  }
  printOpens(`${label}, Playwright attached`, opens, floors);
  figure(
    `${label}: the same from outside (Playwright goto + wait), best / worst`,
    `${Math.min(...outside)} / ${Math.max(...outside)}`,
    'ms',
  );

  const side = await context.newPage();
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await side.waitForSelector('[data-testid="order-row"]', { timeout: 60_000 });
  const tabs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A seller's clicks are seconds apart: the panel is idle before each one (it fetches the
    // other tabs' first windows ahead when idle, so a switch draws rows without asking).
    await side.waitForTimeout(IDLE_BEFORE_CLICK_MS);
    tabs.push(await timeRowsChange(side, click('tab-delivered')));
    await side.waitForTimeout(IDLE_BEFORE_CLICK_MS);
    tabs.push(await timeRowsChange(side, click('tab-all')));
  }
  ratio(
    `${label}: tab switch → rows shown (idle panel), worst of ${tabs.length} ÷ 16 ms`,
    Math.max(...tabs) / 16,
    `median ${median(tabs).toFixed(1)} ms`,
  );

  // Search for an order further down the list: the filtered list then starts with a different row.
  const probe = await side.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'orders.query',
      payload: { tab: 'all', sort: 'orderedAt', dir: 'desc', offset: 50, limit: 1 },
    }),
  );
  const needle: string = probe.data.rows[0].orderId;
  const keys: number[] = [];
  for (const c of needle) keys.push(await timeKeystroke(side, c));
  ratio(`${label}: filter keystroke → next frame, worst of ${keys.length} ÷ 16 ms`, Math.max(...keys) / 16);
  const filtered = await timeRowsChange(side, { enter: true });
  ratio(`${label}: filter (Enter) → filtered rows shown ÷ 16 ms`, filtered / 16, `${filtered.toFixed(1)} ms`);
  await side.close();
}
