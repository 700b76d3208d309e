import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SandboxControl } from './support/control';
import {
  type CoupangOrder,
  confirmWithWorkerStopped,
  connectBoth,
  coupangItems,
  FORWARDER,
  flowRow,
  type PurchaseStats,
  RATE,
  shootPanel,
  syncUntilCached,
} from './support/crossborder';
import { helperFrame } from './support/helper-panel';
import { ok, waitForSync } from './support/messages';
import { reset1688 } from './support/relay';

/**
 * Issue 17, one Coupang box filled from two 1688 shops, in Chromium against both sandboxes: two
 * Coupang options linked (구매대행) to offers of two different 1688 suppliers; a Coupang order with
 * both lines is "to purchase"; the preview shows two supplier groups, each with its own line;
 * confirming makes exactly two 1688 orders (read back from the sandbox) and no Coupang recipient
 * data reaches 1688; the order stays at the earlier stage while one purchase is ahead of the
 * other, and reaches the forwarder only when both parcels did.
 */

interface SandboxOffer {
  offerId: string;
  supplierMemberId: string;
  status: string;
  minOrderQuantity: number;
  skus: { specId: string; amountOnSale: number }[];
}

const CUSTOMS_CODE = 'P987654321098';

test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

/** Light and dark at 400 px in Korean, and nothing wider than the panel. */
const shoot = (panel: Page, name: string) => shootPanel(panel, `crossborder-multi-${name}`, true);

/**
 * Both sandboxes connected; two Coupang options linked (구매대행) to orderable offers of two
 * different 1688 shops; a forwarder address; one new Coupang box holding both options, synced.
 */
async function twoSupplierBox(
  context: BrowserContext,
  control: SandboxControl,
  openExtensionPage: (p: string) => Promise<Page>,
) {
  const { config } = control;
  const { options, buyer, vendor } = await connectBoth(context, control, openExtensionPage);
  const coupangKey = `coupang:${vendor.vendorId}`;
  const alibabaKey = `alibaba:${buyer}`;

  // Two Coupang items (cross-border first) and two orderable offers of two different 1688 shops.
  const items = await coupangItems(control, vendor.vendorId);
  const [itemA, itemB] = [...items].sort((a, b) => Number(b.overseas) - Number(a.overseas));
  expect(itemB).toBeTruthy();
  const offers = await control.call<SandboxOffer[]>('GET', '/alibaba/offers');
  const orderable = offers.filter(
    (o) =>
      o.status === 'published' &&
      o.supplierMemberId !== config.alibaba.samples.sellerMemberId &&
      o.skus.length > 0 &&
      o.skus.every((s) => s.amountOnSale >= 100),
  );
  const offerA = orderable[0]!;
  const offerB = orderable.find((o) => o.supplierMemberId !== offerA.supplierMemberId)!;
  expect(offerB).toBeTruthy();
  for (const [item, offer] of [
    [itemA!, offerA],
    [itemB!, offerB],
  ] as const) {
    await ok(options, 'crossborder.link', {
      link: {
        vendorItemId: item.vendorItemId,
        offerId: offer.offerId,
        specId: offer.skus[0]!.specId,
        unitsPerItem: Math.max(offer.minOrderQuantity, 2),
        mode: 'agent',
      },
    });
  }
  await ok(options, 'crossborder.saveAddress', { label: '웨이하이 배대지', address: FORWARDER });

  // One Coupang box with both products (the sandbox's `second` line), a valid customs code.
  const box = await control.call<CoupangOrder>('POST', '/coupang/orders', {
    vendorId: vendor.vendorId,
    vendorItemId: itemA!.vendorItemId,
    quantity: 1,
    second: { vendorItemId: itemB!.vendorItemId, quantity: 1 },
  });
  await control.call('PATCH', `/coupang/orders/${box.shipmentBoxId}`, { customsCode: CUSTOMS_CODE });
  const key = `${coupangKey}:${box.shipmentBoxId}`;
  await syncUntilCached(options, coupangKey, [key]);
  const detail = await ok<{ lines: { lineId: string; itemId?: string }[] }>(options, 'orders.detail', { key });
  expect(detail.lines).toHaveLength(2);

  return { options, buyer, alibabaKey, box, key, offerA, offerB };
}

/** The side panel at 400 px, in Korean, on the 구매대행 orders. */
async function openFlow(openExtensionPage: (p: string) => Promise<Page>) {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-flow').click();
  return panel;
}

/** Selects the order on the "to purchase" tab and previews; `groups` supplier groups come back. */
async function previewOrder(panel: Page, key: string, groups: number) {
  await panel.locator(`[data-testid="xb-row"][data-order-key="${key}"]`).getByTestId('xb-row-check').check();
  await panel.getByTestId('xb-preview').click();
  await panel.getByTestId('xb-plan-run').click();
  await expect(panel.getByTestId('xb-plan-group')).toHaveCount(groups, { timeout: 30_000 });
}

test('구매대행: one Coupang box from two 1688 suppliers → two purchases, once each; stage = the least advanced', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const { options, buyer, alibabaKey, box, key, offerA, offerB } = await twoSupplierBox(
    context,
    control,
    openExtensionPage,
  );
  // The side panel at 400 px, in Korean: the order is "to purchase".
  const panel = await openFlow(openExtensionPage);
  const row = panel.locator(`[data-testid="xb-row"][data-order-key="${key}"]`);
  await expect(row).toHaveAttribute('data-state', 'toPurchase');

  // Preview: two supplier groups, each with only its own line of the one Coupang order.
  await previewOrder(panel, key, 2);
  const groups = panel.getByTestId('xb-plan-group');
  for (const i of [0, 1]) {
    await expect(groups.nth(i).locator(`[data-testid="xb-plan-line"][data-order-key="${key}"]`)).toHaveCount(1);
  }
  await expect(panel.getByTestId('xb-skipped')).toHaveCount(0);
  await shoot(panel, 'preview');

  // Confirm (a double click): exactly two 1688 orders, one per supplier.
  await panel.getByTestId('xb-plan-confirm').dblclick();
  await expect(panel.getByTestId('xb-plan-result')).toHaveCount(2, { timeout: 30_000 });
  await expect
    .poll(async () => (await flowRow(panel, key))?.purchases.filter((p) => p.orderId).length ?? 0, {
      timeout: 60_000,
    })
    .toBe(2);
  const purchases = (await flowRow(panel, key))!.purchases;
  const ids = purchases.map((p) => p.orderId!);
  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.fastCreateOrderCalls).toBe(2);
  expect(stats.ordersCreated).toBe(2);
  expect([...stats.orderIds].sort()).toEqual([...ids].sort());
  // Each purchase fills one different Coupang line, and holds only its supplier's offer.
  expect(new Set(purchases.flatMap((p) => p.lineIds)).size).toBe(2);
  for (const p of purchases) expect(p.lineIds).toHaveLength(1);
  const suppliers = await Promise.all(
    ids.map(async (id) => (await control.call<{ items: { offerId: string }[] }>('GET', `/alibaba/orders/${id}`)).items),
  );
  expect(suppliers.map((its) => its.map((i) => i.offerId)).sort()).toEqual([[offerA.offerId], [offerB.offerId]].sort());

  // Nothing of the Coupang customer reached 1688.
  const log = JSON.stringify(await control.call<unknown[]>('GET', '/alibaba/request-log'));
  expect(log).toContain('Crossdock 转运仓');
  const receiver = (await control.call<CoupangOrder>('GET', `/coupang/orders/${box.shipmentBoxId}`)).receiver;
  for (const secret of [receiver.name, receiver.safeNumber, receiver.addr1, receiver.addr2, CUSTOMS_CODE]) {
    expect(secret.length).toBeGreaterThan(1);
    expect(log).not.toContain(secret);
  }

  // Both unpaid → "to pay". One paid and shipped, the other not → the order stays "to pay".
  const sync1688 = async () => {
    await ok(options, 'orders.sync', { accountKey: alibabaKey });
    await waitForSync(options, alibabaKey);
  };
  await sync1688();
  await expect.poll(async () => (await flowRow(panel, key))?.state).toBe('toPay');
  await control.call('PATCH', `/alibaba/orders/${ids[0]}`, { status: 'waitbuyerreceive' });
  await sync1688();
  await expect
    .poll(async () => (await flowRow(panel, key))?.purchases.map((p) => p.stage))
    .toEqual(['supplierShipping', 'toPay']);
  expect((await flowRow(panel, key))?.state).toBe('toPay');
  // Both shipped → "supplier shipping".
  await control.call('PATCH', `/alibaba/orders/${ids[1]}`, { status: 'waitbuyerreceive' });
  await sync1688();
  await expect.poll(async () => (await flowRow(panel, key))?.state).toBe('supplierShipping');

  // The Wing order helper on this order's page lists both purchases with their status.
  const wing = await context.newPage();
  const wingUrl = new URL(control.config.pages.wingOrderUrl);
  wingUrl.searchParams.set('orderId', box.orderId);
  wingUrl.searchParams.set('shipmentBoxId', box.shipmentBoxId);
  await wing.goto(wingUrl.href);
  const wingFrame = await helperFrame(wing, box.shipmentBoxId);
  await expect(wingFrame.getByTestId('wing-purchase')).toHaveAttribute('data-state', 'supplierShipping', {
    timeout: 20_000,
  });
  await expect(wingFrame.getByTestId('wing-purchase-item')).toHaveCount(2);
  for (const i of [0, 1])
    await expect(wingFrame.getByTestId('wing-purchase-status').nth(i)).toHaveAttribute(
      'data-status',
      'waitbuyerreceive',
    );
  await wing.close();

  // The order detail: two purchase cards. One parcel at the forwarder → still "supplier shipping".
  await panel.getByTestId('xb-plan-close').click();
  await panel.getByTestId('xb-state-supplierShipping').click();
  await expect(row.getByTestId('xb-row-purchases')).toHaveAttribute('data-count', '2');
  await shoot(panel, 'flow');
  await row.getByTestId('xb-row-open').click();
  const view = panel.getByTestId('xb-detail');
  const cards = view.getByTestId('xb-purchase');
  await expect(cards).toHaveCount(2);
  for (const [i, id] of ids.entries()) {
    await expect(cards.nth(i)).toHaveAttribute('data-order-id', id);
    await expect(cards.nth(i).getByTestId('xb-detail-purchase-status')).toHaveAttribute(
      'data-status',
      'waitbuyerreceive',
    );
  }
  await cards.nth(0).getByTestId('xb-purchase-arrived').click();
  await expect(cards.nth(0)).toHaveAttribute('data-stage', 'atForwarder');
  await expect(view).toHaveAttribute('data-state', 'supplierShipping');
  await shoot(panel, 'detail');
  // The other parcel too → the order is at the forwarder, ready for the forwarder's invoice.
  await cards.nth(1).getByTestId('xb-purchase-arrived').click();
  await expect(view).toHaveAttribute('data-state', 'atForwarder');
  await expect(view.getByTestId('xb-invoice-number')).toBeVisible();
  expect((await flowRow(panel, key))?.state).toBe('atForwarder');

  // Profit sums both purchases' goods and freight at the stored rate.
  const created = await Promise.all(
    ids.map((id) =>
      control.call<{ shippingFeeFen: number; items: { priceFen: number; quantity: number }[] }>(
        'GET',
        `/alibaba/orders/${id}`,
      ),
    ),
  );
  const goodsKrw = created.reduce(
    (n, o) => n + Math.round((o.items.reduce((m, i) => m + i.priceFen * i.quantity, 0) * RATE) / 100),
    0,
  );
  const freightKrw = created.reduce((n, o) => n + Math.round((o.shippingFeeFen * RATE) / 100), 0);
  const profit = view.getByTestId('xb-profit');
  await expect(profit.getByTestId('xb-profit-goods')).toHaveAttribute('data-value', String(goodsKrw));
  await expect(profit.getByTestId('xb-profit-freight')).toHaveAttribute('data-value', String(freightKrw));
});

test('구매대행: one supplier refuses the create → only its line is to purchase; a new preview buys only that one', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const { options, buyer, key, offerB } = await twoSupplierBox(context, control, openExtensionPage);
  const panel = await openFlow(openExtensionPage);
  await previewOrder(panel, key, 2);

  // Between the preview and the confirmation the second shop takes its offer down: 1688 refuses that create.
  await control.call('PATCH', `/alibaba/offers/${offerB.offerId}`, { status: 'expired' });
  await panel.getByTestId('xb-plan-confirm').click();
  await expect(panel.getByTestId('xb-plan-result')).toHaveCount(2, { timeout: 30_000 });
  await expect
    .poll(async () => (await flowRow(options, key))?.purchases.map((p) => p.stage), { timeout: 60_000 })
    .toEqual(['toPay', 'toPurchase']);
  const first = (await flowRow(options, key))!;
  expect(first.state).toBe('toPurchase');
  expect(first.unfilledLines).toBe(1);
  await expect.poll(async () => (await flowRow(options, key))?.purchases[0]?.orderId ?? '').toMatch(/^\d+$/);
  const firstId = (await flowRow(options, key))!.purchases[0]!.orderId!;
  expect((await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`)).ordersCreated).toBe(1);

  // The shop puts it back; preview again: one group, that shop's line only; confirm → its order, once.
  await control.call('PATCH', `/alibaba/offers/${offerB.offerId}`, { status: 'published' });
  await panel.getByTestId('xb-plan-close').click();
  const row = panel.locator(`[data-testid="xb-row"][data-order-key="${key}"]`);
  await expect(row).toHaveAttribute('data-state', 'toPurchase');
  // The detail says which line still needs buying.
  await row.getByTestId('xb-row-open').click();
  await expect(panel.getByTestId('xb-unfilled')).toHaveAttribute('data-count', '1');
  await expect(panel.getByTestId('xb-purchase')).toHaveCount(2);
  await shoot(panel, 'refused');
  await panel.getByTestId('xb-detail-back').click();
  await previewOrder(panel, key, 1);
  await expect(panel.getByTestId('xb-plan-line')).toHaveCount(1);
  await panel.getByTestId('xb-plan-confirm').click();
  await expect(panel.getByTestId('xb-plan-result')).toHaveCount(1, { timeout: 30_000 });
  await expect
    .poll(async () => (await flowRow(options, key))?.purchases.filter((p) => p.orderId).length ?? 0, {
      timeout: 60_000,
    })
    .toBe(2);
  const both = (await flowRow(options, key))!;
  // The refused purchase was replaced; the one that went through is the same 1688 order.
  expect(both.purchases).toHaveLength(2);
  expect(both.purchases[0]!.orderId).toBe(firstId);
  expect(both.unfilledLines).toBe(0);
  expect(both.state).toBe('toPay');
  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.ordersCreated).toBe(2);
  expect([...stats.orderIds].sort()).toEqual(both.purchases.map((p) => p.orderId!).sort());
});

test('구매대행: the worker stopped mid-create of a two-supplier box → both 1688 orders, each exactly once', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const { options, buyer, key } = await twoSupplierBox(context, control, openExtensionPage);
  const panel = await openFlow(openExtensionPage);
  await previewOrder(panel, key, 2);
  // 1688 slow on the first create, a double click, the worker stopped while it is in flight.
  await confirmWithWorkerStopped(context, panel, control);
  // The next message wakes a new worker: the interrupted create is settled by reading, the other sent.
  await expect
    .poll(async () => (await flowRow(options, key))?.purchases.filter((p) => p.orderId).length ?? 0, {
      timeout: 90_000,
    })
    .toBe(2);
  const row = (await flowRow(options, key))!;
  expect(row.state).toBe('toPay');
  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.fastCreateOrderCalls).toBe(2);
  expect(stats.ordersCreated).toBe(2);
  expect([...stats.orderIds].sort()).toEqual(row.purchases.map((p) => p.orderId!).sort());
});
