import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectableVendor, openCoupangPanel, type SandboxVendor as Vendor } from './support/coupang-panel';

/**
 * The money area against the sandbox: a 60-day revenue range whose totals equal the sandbox's own
 * sums to the won, the chart drawn with the sandbox's days, and a CSV export that carries none of
 * the customers on those orders.
 */

interface SandboxTotals {
  lines: number;
  orders: number;
  totals: Record<string, number>;
  days: Record<string, { sale: number; settlement: number; lines: number }>;
  people: string[];
}

/** The side panel connected to the sandbox vendor, on the money area. */
async function openMoney(openExtensionPage: (p: string) => Promise<Page>, v: Vendor) {
  const panel = await openCoupangPanel(openExtensionPage, v, 'money');
  await expect(panel.getByTestId('money-view')).toBeVisible();
  return panel;
}

async function load60Days(panel: Page) {
  await panel.getByTestId('range-60').click();
  await expect(panel.getByTestId('money-chart')).toHaveAttribute('data-days', '60', { timeout: 60_000 });
  await expect(panel.getByTestId('money-view')).toHaveAttribute('data-loading', 'false', { timeout: 60_000 });
  const from = await panel.getByTestId('money-from').inputValue();
  const to = await panel.getByTestId('money-to').inputValue();
  return { from, to };
}

// A loaded 2-core machine pages through hundreds of revenue lines at Coupang's request rate.
test.setTimeout(240_000);

test('revenue for 60 days equals the sandbox to the won, drawn as a chart with its days', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  // Enough orders for several revenue-history pages in each of the two windows.
  await control.reset({ orders: 600 });
  const v = connectableVendor(control);
  const panel = await openMoney(openExtensionPage, v);
  const { from, to } = await load60Days(panel);
  const want = await control.call<SandboxTotals>(
    'GET',
    `/coupang/revenue-totals?vendorId=${v.vendorId}&from=${from}&to=${to}`,
  );
  expect(want.lines).toBeGreaterThan(100);

  for (const [key, won] of Object.entries(want.totals))
    await expect(panel.getByTestId(`total-${key}`), key).toHaveAttribute('data-won', String(won));
  await expect(panel.getByTestId('money-order-count')).toHaveAttribute('data-count', String(want.orders));
  // Profit with no unit costs entered: the settlement itself.
  await expect(panel.getByTestId('profit-profit')).toHaveAttribute('data-won', String(want.totals.settlement));

  // The table beside the chart lists every day of the range with the sandbox's figures.
  const rows = panel.getByTestId('money-days').locator('tbody tr');
  await expect(rows).toHaveCount(60);
  for (const [date, day] of Object.entries(want.days)) {
    const row = panel.locator(`[data-testid=money-days] tr[data-date="${date}"]`);
    await expect(row).toHaveAttribute('data-sale', String(day.sale));
    await expect(row).toHaveAttribute('data-settlement', String(day.settlement));
  }
  const canvas = panel.getByTestId('money-chart').locator('canvas');
  await expect(canvas).toBeVisible();
  const box = await canvas.boundingBox();
  expect(box?.width).toBeGreaterThan(200);
  await panel.getByTestId('money-chart').screenshot({ path: testInfo.outputPath('money-chart.png') });
  await panel.screenshot({ path: testInfo.outputPath('money-ko-light.png'), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath('money-ko-dark.png'), fullPage: true });
  await testInfo.attach('money-chart', { path: testInfo.outputPath('money-chart.png'), contentType: 'image/png' });
});

test('the CSV export opens in Excel as UTF-8 and names none of the customers', async ({
  openExtensionPage,
  control,
}) => {
  const v = connectableVendor(control);
  const panel = await openMoney(openExtensionPage, v);
  const { from, to } = await load60Days(panel);
  const want = await control.call<SandboxTotals>(
    'GET',
    `/coupang/revenue-totals?vendorId=${v.vendorId}&from=${from}&to=${to}`,
  );
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('money-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const rows = text.trim().split('\r\n');
  expect(rows[0]).toContain('정산금액');
  // Every money column sums to the sandbox's totals; every line is there.
  const settlementCol = rows[0].split(',').indexOf('정산금액');
  const lastCell = (r: string) => Number(r.split(',').at(-1));
  expect(settlementCol).toBe(rows[0].split(',').length - 1);
  expect(rows.slice(1).reduce((s, r) => s + lastCell(r), 0)).toBe(want.totals.settlement);
  expect(new Set(rows.slice(1).map((r) => r.split(',')[1])).size).toBe(want.orders);
  // No customer name, phone or address of any order in the range.
  expect(want.people.length).toBeGreaterThan(10);
  for (const who of want.people) expect(text.includes(who), `CSV contains ${who}`).toBe(false);
  await expect(panel.getByTestId('money-exported')).toBeVisible();
});

test("the calculator's margin for a sandbox order equals Coupang's settlement amount within 1 won", async ({
  openExtensionPage,
  control,
}) => {
  const v = connectableVendor(control);
  const panel = await openMoney(openExtensionPage, v);
  // The orders area syncs the orders the calculator reads (sale, buyer-paid shipping fee).
  await panel.getByTestId('area-orders').click();
  await panel.getByTestId('sync-now').click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });
  await panel.getByTestId('area-money').click();
  await load60Days(panel);
  await panel.getByTestId('money-tab-orders').click();
  const rows = panel.locator('[data-testid=money-order][data-basis=actual][data-calculator]');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const figures = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      order: tr.getAttribute('data-order-id'),
      settlement: Number(tr.getAttribute('data-settlement')),
      calculator: Number(tr.getAttribute('data-calculator')),
      coupon: Number(tr.getAttribute('data-seller-discount')),
    })),
  );
  // Seller coupons are known only from the revenue line; compare the orders without one.
  const plain = figures.filter((f) => f.coupon === 0);
  expect(plain.length).toBeGreaterThan(3);
  for (const f of plain) expect(Math.abs(f.calculator - f.settlement), `order ${f.order}`).toBeLessThanOrEqual(1);
});

test('payouts by type with paid and expected dates; a unit cost turns settlement into profit', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  const v = connectableVendor(control);
  const panel = await openMoney(openExtensionPage, v);
  await load60Days(panel);

  // The seller's unit cost for the best-selling product: profit = settlement − cost × units.
  await panel.getByTestId('money-tab-products').click();
  const top = panel.locator('[data-testid=money-products] tbody tr').first();
  const units = Number(await top.locator('td').first().textContent());
  expect(units).toBeGreaterThan(0);
  await top.getByTestId('unit-cost').fill('5,000');
  await top.getByTestId('unit-cost').press('Enter');
  await panel.getByTestId('money-tab-revenue').click();
  await expect(panel.getByTestId('profit-cost')).toHaveAttribute('data-won', String(5000 * units));
  const settlement = Number(await panel.getByTestId('total-settlement').getAttribute('data-won'));
  await expect(panel.getByTestId('profit-profit')).toHaveAttribute('data-won', String(settlement - 5000 * units));

  // Payouts: this month and the two before — weekly, reserve; paid (DONE) and expected (SUBJECT).
  await panel.getByTestId('money-tab-payouts').click();
  const payouts = panel.getByTestId('money-payout');
  await expect(payouts.first()).toBeVisible({ timeout: 30_000 });
  const rows = await payouts.evaluateAll((trs) =>
    trs.map((tr) => ({ type: tr.getAttribute('data-type'), status: tr.getAttribute('data-status') })),
  );
  expect(rows.length).toBe(10);
  expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['WEEKLY', 'RESERVE']));
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['DONE', 'SUBJECT']));
  await expect(panel.getByTestId('money-payouts')).toContainText('지급예정');
  await panel.screenshot({ path: testInfo.outputPath('money-payouts-ko-light.png') });
  await panel.getByTestId('money-tab-orders').click();
  await expect(panel.getByTestId('money-order').first()).toBeVisible({ timeout: 30_000 });
  await panel.screenshot({ path: testInfo.outputPath('money-orders-ko-light.png') });
});
