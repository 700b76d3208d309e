import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
  worker,
} from './support/crossborder';
import { helperFrame } from './support/helper-panel';
import { ok, waitForSync } from './support/messages';
import { reset1688 } from './support/relay';

/**
 * Issue 17 across both sandboxes in Chromium: a Coupang option linked to a 1688 offer from the
 * offer helper; new Coupang orders appear "to purchase" (one with a malformed customs code is
 * flagged and left out); the 1688 purchase is previewed and created once although the worker is
 * stopped mid-create; no Coupang recipient data reaches 1688; the 1688 order shipping shows on
 * the Coupang order; arrival is marked and the forwarder's number becomes the Coupang invoice (the
 * 1688 waybill is refused); profit matches a hand calculation to the won; disconnecting 1688 drops
 * its amounts and delete-all removes every link.
 */

const GOOD_CODE = 'P987654321098';
const BAD_CODE = 'P12345';
const COSTS = { forwarderFeeKrw: 6500, otherCostKrw: 700, krwPerUsd: 1400, dutyPercent: 8, vatPercent: 10 };
const FORWARDER_TRACKING = '512345678901';

test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

const shoot = (panel: Page, name: string) => shootPanel(panel, `crossborder-${name}`);

test('구매대행: link from the offer helper → purchase once → shipped → invoice; profit to the won; delete-all', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const { config } = control;
  const { options, buyer, vendor } = await connectBoth(context, control, openExtensionPage);
  const coupangKey = `coupang:${vendor.vendorId}`;
  const alibabaKey = `alibaba:${buyer}`;

  // A cross-border Coupang item and two new orders of it: one good, one with a mistyped customs code.
  const items = await coupangItems(control, vendor.vendorId);
  const item = items.find((i) => i.overseas)!;
  expect(item).toBeTruthy();
  const good = await control.call<CoupangOrder>('POST', '/coupang/orders', {
    vendorId: vendor.vendorId,
    vendorItemId: item.vendorItemId,
    quantity: 1,
  });
  const bad = await control.call<CoupangOrder>('POST', '/coupang/orders', {
    vendorId: vendor.vendorId,
    vendorItemId: item.vendorItemId,
    quantity: 1,
  });
  await control.call('PATCH', `/coupang/orders/${good.shipmentBoxId}`, { customsCode: GOOD_CODE });
  await control.call('PATCH', `/coupang/orders/${bad.shipmentBoxId}`, { customsCode: BAD_CODE });
  const goodKey = `${coupangKey}:${good.shipmentBoxId}`;
  const badKey = `${coupangKey}:${bad.shipmentBoxId}`;
  await syncUntilCached(options, coupangKey, [goodKey, badKey]);

  // Link the Coupang option to a 1688 offer from the offer helper on the 1688 offer page.
  const offerId = config.alibaba.samples.otherOfferId;
  const offer = await control.call<{ minOrderQuantity: number; skus: { specId: string }[] }>(
    'GET',
    `/alibaba/offers/${offerId}`,
  );
  const units = Math.max(offer.minOrderQuantity, 2);
  const offerPage = await context.newPage();
  await offerPage.goto(config.pages.offerUrl.replace(config.alibaba.samples.ownOfferId, offerId));
  const frame = await helperFrame(offerPage);
  const form = frame.getByTestId('offer-link');
  await expect(form).toBeVisible({ timeout: 20_000 });
  await form.getByTestId('offer-link-pick').selectOption(item.vendorItemId);
  await expect(form.getByTestId('offer-link-vendor-item')).toHaveValue(item.vendorItemId);
  if (offer.skus.length) await form.getByTestId('offer-link-spec').selectOption(offer.skus[0]!.specId);
  await form.getByTestId('offer-link-units').fill(String(units));
  await form.getByTestId('offer-link-mode').selectOption('agent');
  await form.getByTestId('offer-link-save').click();
  await expect(form.getByTestId('offer-link-saved')).toBeVisible();
  await expect(form.getByTestId('offer-link-existing')).toHaveAttribute('data-count', '1');
  await offerPage.close();

  // The side panel at 400 px: forwarder address and costs by hand, the new orders "to purchase".
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-settings').click();
  await panel.getByTestId('xb-addr-label').fill('웨이하이 배대지');
  for (const [k, v] of Object.entries(FORWARDER)) await panel.getByTestId(`xb-addr-${k}`).fill(v);
  await panel.getByTestId('xb-addr-save').click();
  await expect(panel.getByTestId('xb-address')).toHaveCount(1);
  for (const [k, v] of Object.entries(COSTS)) await panel.getByTestId(`xb-cost-${k}`).fill(String(v));
  await panel.getByTestId('xb-costs-save').click();
  await expect(panel.getByTestId('xb-costs-saved')).toBeVisible();
  await shoot(panel, 'settings');

  // The helper's link is in the side panel's product links (with the option's name from synced orders).
  await panel.getByTestId('xb-tab-links').click();
  await expect(panel.locator(`[data-testid="xb-link"][data-vendor-item-id="${item.vendorItemId}"]`)).toContainText(
    offerId,
  );

  await panel.getByTestId('xb-tab-flow').click();
  const goodRow = panel.locator(`[data-testid="xb-row"][data-order-key="${goodKey}"]`);
  const badRow = panel.locator(`[data-testid="xb-row"][data-order-key="${badKey}"]`);
  await expect(goodRow).toHaveAttribute('data-state', 'toPurchase');
  await expect(badRow).toHaveAttribute('data-state', 'toPurchase');
  // The malformed customs code is flagged before anything is bought, with a count.
  await expect(badRow.getByTestId('xb-customs-flag')).toHaveAttribute('data-customs', 'malformed');
  await expect(goodRow.getByTestId('xb-customs-flag')).toHaveCount(0);
  const issues = Number(await panel.getByTestId('xb-customs-issues').getAttribute('data-count'));
  expect(issues).toBeGreaterThanOrEqual(1);
  const count = Number(await panel.getByTestId('xb-state-toPurchase').getAttribute('data-count'));
  expect(count).toBeGreaterThanOrEqual(2);
  await shoot(panel, 'flow');

  // Preview both: one purchase (one supplier) for the good order; the bad one is left out.
  await goodRow.getByTestId('xb-row-check').check();
  await badRow.getByTestId('xb-row-check').check();
  await panel.getByTestId('xb-preview').click();
  await panel.getByTestId('xb-plan-run').click();
  const group = panel.getByTestId('xb-plan-group');
  await expect(group).toHaveCount(1, { timeout: 20_000 });
  await expect(panel.locator(`[data-testid="xb-skipped"][data-reason="customsMalformed"]`)).toHaveCount(1);
  const totalFen = Number(await group.getAttribute('data-total-fen'));
  expect(totalFen).toBeGreaterThan(0);
  await expect(group.getByTestId('xb-plan-total')).toHaveAttribute(
    'data-krw',
    String(Math.round((totalFen * RATE) / 100)),
  );
  await shoot(panel, 'plan');

  // Create, with 1688 slow to answer, and the worker stopped while the create is in flight.
  await confirmWithWorkerStopped(context, panel, control);
  // The next message wakes a new worker, which settles the create by looking it up.
  await expect
    .poll(async () => (await flowRow(panel, goodKey))?.purchases[0]?.orderId ?? '', { timeout: 60_000 })
    .toMatch(/^\d+$/);
  const purchaseId = (await flowRow(panel, goodKey))!.purchases[0]!.orderId!;
  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.fastCreateOrderCalls).toBe(1);
  expect(stats.ordersCreated).toBe(1);
  expect(stats.orderIds).toEqual([purchaseId]);
  // The bad order was not bought for.
  expect((await flowRow(panel, badKey))?.state).toBe('toPurchase');

  // Nothing of the Coupang customer reached 1688: the purchase went to the forwarder.
  const log = JSON.stringify(await control.call<unknown[]>('GET', '/alibaba/request-log'));
  expect(log).toContain('Crossdock 转运仓');
  const receiver = (await control.call<CoupangOrder>('GET', `/coupang/orders/${good.shipmentBoxId}`)).receiver;
  for (const secret of [receiver.name, receiver.safeNumber, receiver.addr1, receiver.addr2, GOOD_CODE, BAD_CODE]) {
    expect(secret.length).toBeGreaterThan(1);
    expect(log).not.toContain(secret);
  }

  // 1688 order: unpaid → "to pay"; shipped → "supplier shipping" on the Coupang order.
  await ok(options, 'orders.sync', { accountKey: alibabaKey });
  await waitForSync(options, alibabaKey);
  await expect.poll(async () => (await flowRow(panel, goodKey))?.state).toBe('toPay');
  await control.call('PATCH', `/alibaba/orders/${purchaseId}`, { status: 'waitbuyerreceive' });
  await ok(options, 'orders.sync', { accountKey: alibabaKey });
  await waitForSync(options, alibabaKey);
  await expect.poll(async () => (await flowRow(panel, goodKey))?.state).toBe('supplierShipping');

  // The Wing order helper on this order's page shows the stage and the 1688 purchase's status.
  const wing = await context.newPage();
  const wingUrl = new URL(config.pages.wingOrderUrl);
  wingUrl.searchParams.set('orderId', good.orderId);
  wingUrl.searchParams.set('shipmentBoxId', good.shipmentBoxId);
  await wing.goto(wingUrl.href);
  const wingFrame = await helperFrame(wing, good.shipmentBoxId);
  await expect(wingFrame.getByTestId('wing-purchase')).toHaveAttribute('data-state', 'supplierShipping', {
    timeout: 20_000,
  });
  await expect(wingFrame.getByTestId('wing-purchase-status')).toHaveAttribute('data-status', 'waitbuyerreceive');
  await wing.close();

  await panel.reload();
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-state-supplierShipping').click();
  await goodRow.getByTestId('xb-row-open').click();
  const detail = panel.getByTestId('xb-detail');
  await expect(detail.getByTestId('xb-detail-purchase')).toHaveAttribute('data-order-id', purchaseId);
  await expect(detail.getByTestId('xb-detail-purchase-status')).toHaveAttribute('data-status', 'waitbuyerreceive');
  await expect(detail.getByTestId('xb-trace')).toBeVisible();

  // The seller marks arrival at the forwarder; the 1688 waybill is refused as the Coupang invoice.
  await detail.getByTestId('xb-mark-arrived').click();
  await expect(detail).toHaveAttribute('data-state', 'atForwarder');
  const shipped = await control.call<{ shipments: { billNo: string }[] }>('GET', `/alibaba/orders/${purchaseId}`);
  const waybill = shipped.shipments[0]!.billNo;
  await detail.getByTestId('xb-invoice-number').fill(waybill);
  await detail.getByTestId('xb-invoice-upload').click();
  await expect(detail.getByTestId('xb-invoice-error')).toHaveAttribute('data-kind', 'crossborder.domesticWaybill');
  await shoot(panel, 'detail');

  // Profit, by hand from the sandbox's own numbers: the 1688 order's goods and freight at the stored rate.
  const created = await control.call<{ shippingFeeFen: number; items: { priceFen: number; quantity: number }[] }>(
    'GET',
    `/alibaba/orders/${purchaseId}`,
  );
  const goodsFen = created.items.reduce((n, i) => n + i.priceFen * i.quantity, 0);
  const profit = detail.getByTestId('xb-profit');
  const value = async (id: string) => Number(await profit.getByTestId(id).getAttribute('data-value'));
  const sale = await value('xb-profit-sale');
  const shippingFee = await value('xb-profit-shipping');
  const fees = await value('xb-profit-fees');
  const settlement = await value('xb-profit-settlement');
  const coupangDetail = await ok<{ lines: { unitPrice: { minor: number }; quantity: number }[] }>(
    panel,
    'orders.detail',
    {
      key: goodKey,
    },
  );
  expect(sale).toBe(coupangDetail.lines.reduce((n, l) => n + l.unitPrice.minor * l.quantity, 0));
  expect(settlement).toBe(sale + shippingFee - fees);
  const goodsKrw = Math.round((goodsFen * RATE) / 100);
  const freightKrw = Math.round((created.shippingFeeFen * RATE) / 100);
  expect(await value('xb-profit-goods')).toBe(goodsKrw);
  expect(await value('xb-profit-freight')).toBe(freightKrw);
  // Under US$150 (list clearance): no duty, no VAT.
  expect(goodsKrw / COSTS.krwPerUsd).toBeLessThan(150);
  expect(await value('xb-profit-duty')).toBe(0);
  expect(await value('xb-profit-vat')).toBe(0);
  const hand = settlement - goodsKrw - freightKrw - COSTS.forwarderFeeKrw - COSTS.otherCostKrw;
  await expect(profit).toHaveAttribute('data-profit', String(hand));

  // The forwarder's Korean tracking number becomes the Coupang invoice (through the invoice action).
  await detail.getByTestId('xb-invoice-courier').selectOption('CJGLS');
  await detail.getByTestId('xb-invoice-number').fill(FORWARDER_TRACKING);
  await detail.getByTestId('xb-invoice-upload').click();
  await expect
    .poll(
      async () => (await control.call<CoupangOrder>('GET', `/coupang/orders/${good.shipmentBoxId}`)).invoiceNumber,
      {
        timeout: 30_000,
      },
    )
    .toBe(FORWARDER_TRACKING);
  await expect.poll(async () => (await flowRow(panel, goodKey))?.state, { timeout: 30_000 }).toBe('invoiceUploaded');

  // Links are declared: "What is stored" lists them; disconnecting 1688 drops its amounts; delete-all removes them.
  const stored = await worker(context).evaluate(() =>
    chrome.storage.local.get(['productLinks', 'orderLinks', 'forwarderAddresses', 'crossborderCosts']),
  );
  expect(stored.productLinks).toHaveLength(1);
  const orderLinks = stored.orderLinks as Array<{ orderKey: string; purchases: Record<string, unknown>[] }>;
  expect(orderLinks.find((l) => l.orderKey === goodKey)).toMatchObject({
    purchases: [{ alibabaOrderId: purchaseId, krwPerCny: RATE }],
  });
  // Ids and the seller's numbers only: no 1688 title or supplier text, no customer data.
  const text = JSON.stringify(stored);
  for (const secret of [receiver.name, receiver.addr1, GOOD_CODE]) expect(text).not.toContain(secret);
  await ok(options, 'connections.disconnect', { accountKey: alibabaKey });
  await expect
    .poll(async () => {
      const after = await worker(context).evaluate(() => chrome.storage.local.get('orderLinks'));
      return (after.orderLinks as Array<{ purchases: Record<string, unknown>[] }>).some((l) =>
        l.purchases.some((p) => 'goodsFen' in p || 'freightFen' in p),
      );
    })
    .toBe(false);
  await ok(options, 'privacy.deleteAll', { confirm: true });
  const left = await worker(context).evaluate(() => chrome.storage.local.get(null));
  for (const k of ['productLinks', 'orderLinks', 'forwarderAddresses', 'crossborderCosts'])
    expect(left[k]).toBeUndefined();
});
