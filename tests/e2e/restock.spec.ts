import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  type CoupangOrder,
  confirmWithWorkerStopped,
  connectBoth,
  FORWARDER,
  type PurchaseStats,
  syncUntilCached,
  worker,
} from './support/crossborder';
import { ok, waitForSync } from './support/messages';
import { reset1688 } from './support/relay';
import { shootLightDark } from './support/shots';

/**
 * Issue 17, 사입 (stock) in Chromium against both sandboxes: a Coupang option linked in 사입 mode
 * shows in the restock plan with the sandbox's stock for it and the pace of its synced orders; the
 * seller's quantity is previewed and bought once on 1688 (quantity × units per item) although the
 * worker is stopped mid-create; no Coupang customer data reaches 1688; the 1688 order moving to
 * shipped shows in the plan until the seller marks it received; delete-all removes the records.
 */

interface SandboxProduct {
  status: string;
  rocketGrowth: boolean;
  items: Array<{ vendorItemId: string; stock: number; rgStock?: number; rgSales30?: number }>;
}
interface PlanPurchase {
  idempotencyKey: string;
  orderId?: string;
  state: string;
  lines: Array<{ vendorItemId: string; items: number; quantity: number }>;
}
interface PlanLine {
  vendorItemId: string;
  sellerStock?: number;
  sales30: number;
  suggested: number;
}

test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

async function plan(page: Page) {
  return ok<{ lines: PlanLine[]; purchases: PlanPurchase[]; coverDays: number }>(page, 'restock.plan', {});
}

/** Light and dark at 400 px in Korean, and nothing wider than the panel. */
test('사입: the plan shows the sandbox stock → one 1688 purchase of quantity × units → shipped → received', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(300_000);
  const { config } = control;
  const { options, buyer, vendor } = await connectBoth(context, control, openExtensionPage);
  const coupangKey = `coupang:${vendor.vendorId}`;
  const alibabaKey = `alibaba:${buyer}`;

  // A domestic (not cross-border) Coupang option the seller stocks, sold twice (3 + 2 units) lately.
  const items = await control.call<{ vendorItemId: string; overseas: boolean }[]>(
    'GET',
    `/coupang/items?vendorId=${vendor.vendorId}`,
  );
  const item = items.find((i) => !i.overseas)!;
  expect(item).toBeTruthy();
  const sold = [3, 2];
  const orders: CoupangOrder[] = [];
  for (const quantity of sold)
    orders.push(
      await control.call<CoupangOrder>('POST', '/coupang/orders', {
        vendorId: vendor.vendorId,
        vendorItemId: item.vendorItemId,
        quantity,
      }),
    );
  await syncUntilCached(
    options,
    coupangKey,
    orders.map((o) => `${coupangKey}:${o.shipmentBoxId}`),
  );

  // The link in 사입 mode (by message: the offer helper's form is proved by crossborder.spec.ts).
  const offerId = config.alibaba.samples.otherOfferId;
  const offer = await control.call<{ minOrderQuantity: number; skus: { specId: string }[] }>(
    'GET',
    `/alibaba/offers/${offerId}`,
  );
  const units = 2;
  const specId = offer.skus[0]?.specId;
  await ok(options, 'crossborder.link', {
    link: {
      vendorItemId: item.vendorItemId,
      offerId,
      ...(specId ? { specId } : {}),
      unitsPerItem: units,
      mode: 'stock',
    },
  });
  // The Rocket Growth option with the fewest days of cover (it sold in the last 30 days), linked in 사입 mode too.
  const products = await control.call<SandboxProduct[]>('GET', `/coupang/products?vendorId=${vendor.vendorId}`);
  const cover = (i: SandboxProduct['items'][number]) => i.rgStock! / i.rgSales30!;
  const rgItem = products
    .filter((p) => p.rocketGrowth && p.status === 'APPROVED')
    .flatMap((p) => p.items)
    .filter((i) => (i.rgSales30 ?? 0) > 0)
    .sort((a, b) => cover(a) - cover(b))[0]!;
  expect(rgItem).toBeTruthy();
  await ok(options, 'crossborder.link', {
    link: { vendorItemId: rgItem.vendorItemId, offerId, unitsPerItem: 1, mode: 'stock' },
  });
  await ok(options, 'crossborder.saveAddress', { label: '웨이하이 배대지', address: FORWARDER });

  // The side panel at 400 px: the restock tab, the stock read from Coupang.
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-restock').click();
  const line = panel.locator(`[data-testid="rs-line"][data-vendor-item-id="${item.vendorItemId}"]`);
  await expect(line).toBeVisible({ timeout: 20_000 });
  await panel.getByTestId('rs-refresh').click();
  const stock = products.flatMap((p) => p.items).find((i) => i.vendorItemId === item.vendorItemId)!.stock;
  await expect(line).toHaveAttribute('data-seller-stock', String(stock), { timeout: 120_000 });
  await expect(line.getByTestId('rs-seller-stock')).toHaveText(String(stock));
  // The pace is the synced orders' (at least the two made here, within 30 days).
  const read = (await plan(panel)).lines.find((l) => l.vendorItemId === item.vendorItemId)!;
  expect(read.sellerStock).toBe(stock);
  expect(read.sales30).toBeGreaterThanOrEqual(sold[0]! + sold[1]!);
  await expect(line.getByTestId('rs-on-order')).toHaveText('0');
  // The Rocket Growth option: Coupang's RG stock, and days of cover = RG stock ÷ (30-day sales ÷ 30).
  const rgLine = panel.locator(`[data-testid="rs-line"][data-vendor-item-id="${rgItem.vendorItemId}"]`);
  await expect(rgLine).toHaveAttribute('data-rg-stock', String(rgItem.rgStock));
  await expect(rgLine.getByTestId('rs-cover')).toHaveAttribute(
    'data-days',
    String(Math.round(((rgItem.rgStock! * 30) / rgItem.rgSales30!) * 10) / 10),
  );
  const rgNeed = rgItem.rgSales30! - rgItem.rgStock!;
  await expect(rgLine).toHaveAttribute('data-suggested', String(Math.max(0, rgNeed)));

  // The target days of cover are the seller's setting.
  await panel.getByTestId('rs-cover-days').fill('45');
  await panel.getByTestId('rs-cover-save').click();
  await expect.poll(async () => (await plan(panel)).coverDays).toBe(45);
  const rgNeed45 = Math.ceil((rgItem.rgSales30! * 45) / 30) - rgItem.rgStock!;
  await expect(rgLine).toHaveAttribute('data-suggested', String(Math.max(0, rgNeed45)));

  // The seller's quantity: enough Coupang units for the offer's minimum order.
  const qty = Math.max(3, Math.ceil(offer.minOrderQuantity / units));
  await line.getByTestId('rs-line-check').check();
  await line.getByTestId('rs-qty').fill(String(qty));
  await expect(line.getByTestId('rs-qty-1688')).toHaveAttribute('data-quantity', String(qty * units));
  await shootLightDark(panel, 'restock-plan', { fit: true });

  await panel.getByTestId('rs-preview').click();
  await panel.getByTestId('xb-plan-run').click();
  const group = panel.getByTestId('xb-plan-group');
  await expect(group).toHaveCount(1, { timeout: 20_000 });
  expect(Number(await group.getAttribute('data-total-fen'))).toBeGreaterThan(0);
  await shootLightDark(panel, 'restock-preview', { fit: true });

  // Create, with 1688 slow to answer, and the worker stopped while the create is in flight.
  await confirmWithWorkerStopped(context, panel, control);
  // The next message wakes a new worker, which settles the create by looking it up.
  await expect.poll(async () => (await plan(panel)).purchases[0]?.orderId ?? '', { timeout: 60_000 }).toMatch(/^\d+$/);
  const { purchases } = await plan(panel);
  expect(purchases).toHaveLength(1);
  const purchaseId = purchases[0]!.orderId!;
  expect(purchases[0]!.lines).toEqual([
    expect.objectContaining({ vendorItemId: item.vendorItemId, items: qty, quantity: qty * units }),
  ]);
  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.fastCreateOrderCalls).toBe(1);
  expect(stats.ordersCreated).toBe(1);
  expect(stats.orderIds).toEqual([purchaseId]);
  // Exactly the seller's quantity × units per item of the linked offer (and SKU).
  const created = await control.call<{ items: { offerId: string; specId?: string; quantity: number }[] }>(
    'GET',
    `/alibaba/orders/${purchaseId}`,
  );
  expect(created.items.map((i) => ({ offerId: i.offerId, quantity: i.quantity }))).toEqual([
    { offerId, quantity: qty * units },
  ]);
  if (specId) expect(created.items[0]!.specId).toBe(specId);

  // Nothing of the Coupang customers reached 1688: the purchase went to the seller's address.
  const log = JSON.stringify(await control.call<unknown[]>('GET', '/alibaba/request-log'));
  expect(log).toContain('Crossdock 转运仓');
  for (const o of orders) {
    const receiver = (await control.call<CoupangOrder>('GET', `/coupang/orders/${o.shipmentBoxId}`)).receiver;
    for (const secret of [receiver.name, receiver.safeNumber, receiver.addr1, receiver.addr2]) {
      expect(secret.length).toBeGreaterThan(1);
      expect(log).not.toContain(secret);
    }
  }

  // 1688: unpaid → to pay; shipped → shipped, in the plan; on order until received.
  await ok(options, 'orders.sync', { accountKey: alibabaKey });
  await waitForSync(options, alibabaKey);
  await expect.poll(async () => (await plan(panel)).purchases[0]?.state).toBe('toPay');
  await control.call('PATCH', `/alibaba/orders/${purchaseId}`, { status: 'waitbuyerreceive' });
  await ok(options, 'orders.sync', { accountKey: alibabaKey });
  await waitForSync(options, alibabaKey);
  await expect.poll(async () => (await plan(panel)).purchases[0]?.state).toBe('shipped');
  await panel.reload();
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-restock').click();
  const row = panel.locator(`[data-testid="rs-purchase"][data-order-id="${purchaseId}"]`);
  await expect(row).toHaveAttribute('data-state', 'shipped', { timeout: 20_000 });
  await expect(row.getByTestId('rs-purchase-state')).toHaveText('발송완료');
  await expect(line.getByTestId('rs-on-order')).toHaveText(String(qty));
  await shootLightDark(panel, 'restock-shipped', { fit: true });

  // The seller marks it received: no longer on order.
  await row.getByTestId('rs-mark-received').click();
  await expect(row).toHaveAttribute('data-state', 'received');
  await expect(line.getByTestId('rs-on-order')).toHaveText('0');
  await shootLightDark(panel, 'restock-received', { fit: true });

  // Declared storage: ids and numbers only; 1688 amounts leave with the member; delete-all removes all.
  const stored = await worker(context).evaluate(() => chrome.storage.local.get(['restockPurchases']));
  expect(stored.restockPurchases).toHaveLength(1);
  // The target days of cover is one of the seller's settings.
  expect((await ok<{ restock: { coverDays: number } }>(options, 'settings.get', {})).restock).toEqual({
    coverDays: 45,
  });
  expect(JSON.stringify(stored)).not.toContain(FORWARDER.address);
  await ok(options, 'connections.disconnect', { accountKey: alibabaKey });
  await expect
    .poll(async () => {
      const after = await worker(context).evaluate(() => chrome.storage.local.get('restockPurchases'));
      return (after.restockPurchases as Array<Record<string, unknown>>).some((p) => 'goodsFen' in p);
    })
    .toBe(false);
  await ok(options, 'privacy.deleteAll', { confirm: true });
  const left = await worker(context).evaluate(() => chrome.storage.local.get(null));
  expect(left.restockPurchases).toBeUndefined();
  expect((await ok<{ restock: { coverDays: number } }>(options, 'settings.get', {})).restock).toEqual({
    coverDays: 30,
  });
});
