/**
 * Coupang figures (issue 4): sync throughput as a ratio of the configured request rate, and the
 * side panel's time from open to first rows with 10,000 cached orders.
 */
import type { Page } from '@playwright/test';
import { control, figure, withBrowser, withSandbox } from './support';

const CONFIGURED_RATE = 8; // utils/background/coupang/api/queue.ts: 8 requests/s per vendor

async function send(page: Page, type: string, payload: unknown) {
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

export async function run(): Promise<void> {
  await withSandbox(async ({ config }) => {
    const vendor = config.coupang.vendors[0];
    await control(config.controlUrl, 'POST', '/reset', { orders: 10_000 });
    await withBrowser(async (context, extensionId) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const seconds = await connectAndSync(page, vendor);
      const counters = (await control(config.controlUrl, 'GET', '/counters'))[`coupang:${vendor.vendorId}`];
      const achieved = counters.requests / seconds;
      const total = await send(page, 'orders.query', { tab: 'all', limit: 1 });
      figure('coupang sync: orders cached', total.data.total);
      figure('coupang sync: requests', counters.requests);
      figure('coupang sync: wall time', seconds, 's');
      figure('coupang sync: achieved request rate', achieved, 'req/s');
      figure('coupang sync: throughput ÷ configured rate (8/s)', achieved / CONFIGURED_RATE);
      figure('coupang sync: peak requests in any second (limit 10)', counters.peakPerSecond);
      figure('coupang sync: 429 responses', counters.rateLimited);

      // Side panel: open → first rows, with the 10,000 orders cached (best of 3 warm opens).
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const side = await context.newPage();
        const t0 = Date.now();
        await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
        await side.waitForSelector('[data-testid="order-row"]', { timeout: 30_000 });
        times.push(Date.now() - t0);
        await side.close();
      }
      figure('side panel: open → first rows, 10,000 orders (best of 3)', Math.min(...times), 'ms');
      figure('side panel: open → first rows, 10,000 orders (worst of 3)', Math.max(...times), 'ms');
    });
  });
}
