/**
 * Money figures (issue 16): the revenue view's first paint with 90 days × 10,000 revenue lines
 * cached. The lines are written straight into the cache (the sandbox's orders span 20 days, so it
 * cannot recognise 90 days of revenue); what is measured is the seller's path from there: the
 * money.revenue message (read the day records, aggregate) and the view drawing totals, chart
 * and day table.
 */
import type { Page } from '@playwright/test';
import { figure, withBrowser, withSandbox, writeCache } from './support';

const DAYS = 90;
const LINES = 10_000;

async function send(page: Page, type: string, payload: unknown) {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

const ymd = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);

/** 90 day records of synthetic revenue lines (same shape as coupang/settlement/mapping.ts). */
function dayRecords(accountKey: string, now: number) {
  const yesterday = Date.parse(`${ymd(now)}T00:00:00+09:00`) - 86_400_000;
  const records = [];
  for (let d = 0; d < DAYS; d++) {
    const date = ymd(yesterday - d * 86_400_000);
    const lines = [];
    for (let i = d; i < LINES; i += DAYS) {
      const sale = 9_900 + (i % 37) * 1_000;
      const fee = Math.round(sale * 0.108);
      const vat = Math.round(fee / 10);
      lines.push({
        orderId: String(20_000_000_000_000 + i),
        saleType: i % 41 === 0 ? 'REFUND' : 'SALE',
        saleDate: date,
        recognitionDate: date,
        settlementDate: date,
        items: [
          {
            vendorItemId: String(80_000_000_000 + (i % 300)),
            productId: String(90_000_000 + (i % 300)),
            productName: `벤치 상품 ${i % 300}`,
            quantity: 1,
            sale,
            serviceFee: fee,
            serviceFeeVat: vat,
            sellerDiscount: 0,
            settlement: sale - fee - vat,
          },
        ],
        delivery: { amount: 3000, fee: 90, feeVat: 9, settlement: 2901 },
      });
    }
    records.push({
      id: `coupang.revenueDay:${accountKey}:${date}`,
      kind: 'coupang.revenueDay',
      accountKey,
      entityId: date,
      storedAt: now,
      expiresAt: now + 20 * 3600_000,
      data: { date, lines },
    });
  }
  return records;
}

export async function run(): Promise<void> {
  await withSandbox(async ({ config }) => {
    const vendor = config.coupang.vendors[0];
    const accountKey = `coupang:${vendor.vendorId}`;
    await withBrowser(async (context, extensionId) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await send(page, 'privacy.acceptConsent', { version: 1, locale: 'en' });
      const today = ymd(Date.now());
      const { vendorId, accessKey, secretKey } = vendor;
      await send(page, 'connections.addCoupang', { vendorId, accessKey, secretKey, keyIssuedAt: today });
      const records = dayRecords(accountKey, Date.now());
      await writeCache(page, records);
      const to = records[0].entityId;
      const from = records[DAYS - 1].entityId;

      const t0 = performance.now();
      const reply = await send(page, 'money.revenue', { accountKey, from, to });
      figure('money: money.revenue reply, 90 days × 10,000 lines', performance.now() - t0, 'ms');
      figure('money: lines in the reply', reply.data?.totals.lines ?? `error ${JSON.stringify(reply.error)}`);

      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const side = await context.newPage();
        await side.setViewportSize({ width: 400, height: 900 });
        await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
        await side.getByTestId('area-money').click();
        await side.getByTestId('money-view').waitFor();
        const start = Date.now();
        await side.getByTestId('range-90').click();
        await side.locator('[data-testid="money-chart"][data-days="90"] canvas').waitFor({ timeout: 60_000 });
        await side
          .locator('[data-testid="money-days"] tbody tr')
          .nth(DAYS - 1)
          .waitFor();
        times.push(Date.now() - start);
        await side.close();
      }
      figure('money view: 90-day click → totals, chart, table (best of 3)', Math.min(...times), 'ms');
      figure('money view: 90-day click → totals, chart, table (worst of 3)', Math.max(...times), 'ms');
    });
  });
}
