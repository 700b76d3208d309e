/**
 * Coupang figures (issues 4 and 13), each printed as measured ÷ target where the issue sets one:
 * - full sync: throughput ÷ the configured rate (target ≥ 0.9), wall time ÷ (requests ÷ rate)
 *   (target ≤ 1.1), 429s and peak requests/s from the sandbox counters;
 * - side panel: open → first rows (worst of 5 ÷ 150 ms), both with Playwright attached and in a
 *   Chromium no debugger is attached to (plain-browser.ts), tab switch and filter → rows shown,
 *   and a filter keystroke → next frame (÷ 16 ms, one frame);
 * - the cache write of the synced orders ÷ a raw idb put of the same records, in the worker;
 * - all of the sync and panel figures again at 50,000 orders (a large seller's 30 days).
 * Figures only: nothing here passes or fails on time. The machine is shared: absolute times are
 * noisy, the ratios against the configured rate are what to compare.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { COUPANG_RATE_PER_SECOND } from '../utils/background/coupang/api/queue';
import { PROFILE, profileWorker } from './profile';
import { measureSidePanel, measureSidePanelWithoutDebugger } from './side-panel';
import { BENCH, BROWSER_MARKER, control, cpuSeconds, figure, ratio, withBrowser, withSandbox } from './support';
import { measureCacheWrite } from './worker';

const CONFIGURED_RATE = COUPANG_RATE_PER_SECOND;
/** CROSSDOCK_BENCH_SIZES=10000 runs one size only (the first size also measures the cache write). */
const SIZES = (process.env.CROSSDOCK_BENCH_SIZES ?? '10000,50000').split(',').map(Number);

export async function send(page: Page, type: string, payload: unknown) {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

async function connectAndSync(page: Page, vendor: { vendorId: string; accessKey: string; secretKey: string }) {
  await send(page, 'privacy.acceptConsent', { version: 1, locale: 'en' });
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const started = performance.now();
  const { vendorId, accessKey, secretKey } = vendor;
  const r = await send(page, 'connections.addCoupang', { vendorId, accessKey, secretKey, keyIssuedAt: today });
  if (!r.ok) throw new Error(`connect failed: ${JSON.stringify(r.error)}`);
  for (;;) {
    const s = await send(page, 'orders.syncStatus', {});
    const mine = s.data.accounts.find((a: { accountKey: string }) => a.accountKey === `coupang:${vendor.vendorId}`);
    if (mine?.lastSyncAt && mine.phase !== 'running') break;
    await page.waitForTimeout(100);
  }
  return (performance.now() - started) / 1000;
}

async function syncFigures(
  context: BrowserContext,
  extensionId: string,
  controlUrl: string,
  vendor: Vendor,
  n: number,
) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const stopProfile = PROFILE && n === SIZES[0] ? await profileWorker(context, page, `sync-${n}`) : undefined;
  const sandboxMarker = `--port ${BENCH.port}`;
  const cpu0 = { browser: cpuSeconds(BROWSER_MARKER), sandbox: cpuSeconds(sandboxMarker) };
  const seconds = await connectAndSync(page, vendor);
  const cpu = {
    browser: cpuSeconds(BROWSER_MARKER) - cpu0.browser,
    sandbox: cpuSeconds(sandboxMarker) - cpu0.sandbox,
  };
  await stopProfile?.();
  const counters = (await control(controlUrl, 'GET', '/counters'))[`coupang:${vendor.vendorId}`];
  const achieved = counters.requests / seconds;
  const total = await send(page, 'orders.query', { tab: 'all', limit: 1 });
  const label = `coupang sync ${n.toLocaleString('en')}`;
  figure(`${label}: orders cached / requests`, `${total.data.total} / ${counters.requests}`);
  figure(`${label}: wall time`, seconds, 's');
  figure(`${label}: achieved rate`, achieved, 'req/s');
  ratio(`${label}: throughput ÷ configured rate (target ≥ 0.9)`, achieved / CONFIGURED_RATE);
  ratio(
    `${label}: wall ÷ (requests ÷ rate) (target ≤ 1.1)`,
    seconds / (counters.requests / CONFIGURED_RATE),
    `${seconds.toFixed(1)} s ÷ ${(counters.requests / CONFIGURED_RATE).toFixed(1)} s`,
  );
  figure(`${label}: 429 responses (target 0)`, counters.rateLimited);
  // Load-independent: CPU the extension's browser (worker, IndexedDB, network) and the sandbox
  // spent per request; 2 cores ÷ their sum is the most an idle reference machine could do.
  const perRequest = (cpu.browser + cpu.sandbox) / counters.requests;
  figure(
    `${label}: CPU per request, browser / sandbox`,
    `${((cpu.browser / counters.requests) * 1000).toFixed(1)} / ${((cpu.sandbox / counters.requests) * 1000).toFixed(1)} ms`,
  );
  ratio(
    `${label}: CPU-bound rate on 2 idle cores ÷ configured rate`,
    2 / perRequest / CONFIGURED_RATE,
    `${(2 / perRequest).toFixed(1)} req/s`,
  );
  figure(`${label}: peak requests in any second (limit 10)`, counters.peakPerSecond);
  return page;
}

type Vendor = { vendorId: string; accessKey: string; secretKey: string };

export async function run(): Promise<void> {
  await withSandbox(async ({ config }) => {
    const vendor = config.coupang.vendors[0];
    for (const n of SIZES) {
      await control(config.controlUrl, 'POST', '/reset', { orders: n });
      await withBrowser(async (context, extensionId) => {
        await syncFigures(context, extensionId, config.controlUrl, vendor, n);
        await measureSidePanel(context, extensionId, n);
        if (n === SIZES[0]) await measureCacheWrite(context);
      });
      // The opens again with no debugger attached, on a fresh sync of the same orders.
      await control(config.controlUrl, 'POST', '/reset', { orders: n });
      await measureSidePanelWithoutDebugger(vendor, n);
    }
  });
}
