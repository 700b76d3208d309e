import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SandboxControl } from './support/control';
import { connectThroughOptions, openOptions, reset1688 } from './support/relay';
import { stopWorkersNow } from './support/worker';

/**
 * A 1688 purchase order from the side panel, in real Chromium: preview (price and freight from
 * createOrder.preview) → confirmation with the amounts → create through the durable outbox. The
 * create is held in flight by a sandbox latency fault while the service worker is stopped; the
 * restarted worker finds the order 1688 created (by the marker in its buyer message) instead of
 * sending it again. The sandbox must count exactly one created order.
 */
test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

test.afterEach(async ({ control }) => {
  await reset1688(control);
});

interface OfferInfo {
  offerId: string;
  minOrderQuantity: number;
  skus: { specId: string; amountOnSale: number }[];
}

/** Requests per API that reached the sandbox gateway (counted before faults delay them). */
const byRoute = (control: SandboxControl) =>
  control.call<Record<string, { byRoute?: Record<string, number> }>>('GET', '/counters');

interface PurchaseStats {
  fastCreateOrderCalls: number;
  ordersCreated: number;
  orderIds: string[];
}

async function fillPurchase(panel: Page, control: SandboxControl) {
  const offerId = control.config.alibaba.samples.otherOfferId;
  const offer = await control.call<OfferInfo>('GET', `/alibaba/offers/${offerId}`);
  await panel.getByTestId('open-purchase').click();
  const view = panel.getByTestId('purchase-view');
  await view.getByTestId('purchase-offer-id').fill(offerId);
  await view.getByTestId('purchase-load-offer').click();
  await expect(view.getByTestId('purchase-offer-title')).toBeVisible();
  if (offer.skus.length) await view.getByTestId('purchase-spec').selectOption(offer.skus[0]!.specId);
  await view.getByTestId('purchase-qty').fill(String(Math.max(offer.minOrderQuantity, 2)));
  const address: Record<string, string> = {
    fullName: '金智妍',
    mobile: '13926581307',
    provinceText: '广东省',
    cityText: '深圳市',
    areaText: '南山区',
    address: '科技园南区 1 号',
  };
  for (const [field, value] of Object.entries(address)) await view.getByTestId(`purchase-address-${field}`).fill(value);
  await view.getByTestId('purchase-preview').click();
  const confirm = view.getByTestId('purchase-confirm');
  await expect(confirm).toBeVisible();
  return { view, confirm };
}

async function connectBuyer(
  context: Parameters<typeof connectThroughOptions>[0],
  control: SandboxControl,
  open: (p: string) => Promise<Page>,
) {
  const buyer = control.config.alibaba.samples.buyerMemberId;
  const options = await openOptions(open);
  await connectThroughOptions(context, options, control.config, { memberId: buyer });
  await expect(options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${buyer}"]`)).toHaveAttribute(
    'data-status',
    'ok',
  );
  return buyer;
}

test('a purchase order is previewed, confirmed and created once, even with a double click', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const buyer = await connectBuyer(context, control, openExtensionPage);
  const panel = await openExtensionPage('sidepanel.html');
  const { view, confirm } = await fillPurchase(panel, control);
  const total = await confirm.getByTestId('purchase-total').getAttribute('data-minor');
  expect(Number(total)).toBeGreaterThan(0);
  await expect(confirm.getByTestId('purchase-create')).toContainText('¥');

  await confirm.getByTestId('purchase-create').dblclick();
  const status = view.getByTestId('purchase-status');
  await expect(status).toHaveAttribute('data-state', 'succeeded', { timeout: 20_000 });
  const orderId = await status.getAttribute('data-order-id');
  expect(orderId).toMatch(/^\d+$/);

  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.ordersCreated).toBe(1);
  expect(stats.fastCreateOrderCalls).toBe(1);
  expect(stats.orderIds).toEqual([orderId]);
  // 1688 computed the same total as the preview showed (fen → Money, both sides).
  const created = await control.call<{ shippingFeeFen: number; items: { priceFen: number; quantity: number }[] }>(
    'GET',
    `/alibaba/orders/${orderId}`,
  );
  const fen = created.items.reduce((n, i) => n + i.priceFen * i.quantity, 0) + created.shippingFeeFen;
  expect(fen).toBe(Number(total));
});

test('a create in flight when the service worker is stopped is settled without a second order', async ({
  context,
  control,
  serviceWorker,
  openExtensionPage,
}) => {
  const { config } = control;
  const buyer = await connectBuyer(context, control, openExtensionPage);
  const panel = await openExtensionPage('sidepanel.html');
  const { view, confirm } = await fillPurchase(panel, control);

  // 1688 takes 6 s to answer this create: long enough to stop the worker while it waits.
  await control.addFault({
    market: 'alibaba',
    pathPattern: 'alibaba\\.trade\\.fastCreateOrder',
    kind: 'latency',
    ms: 6000,
    times: 1,
  });
  await confirm.getByTestId('purchase-create').click();
  await expect(view.getByTestId('purchase-status')).toBeVisible();
  const route = 'alibaba.trade.fastCreateOrder';
  await expect
    .poll(async () => (await byRoute(control))[`alibaba:${config.alibaba.appKey}`]?.byRoute?.[route] ?? 0, {
      timeout: 10_000,
    })
    .toBe(1);

  // Stop the extension's service worker mid-request (as Chrome does to an idle MV3 worker).
  await serviceWorker.evaluate(() => {
    (globalThis as { __e2eWorkerMark?: number }).__e2eWorkerMark = 1;
  });
  await stopWorkersNow(context, panel);

  // The panel keeps asking for the result; that message wakes a new worker, which settles the
  // interrupted create by looking it up in the buyer's orders.
  const status = view.getByTestId('purchase-status');
  await expect(status).toHaveAttribute('data-state', 'succeeded', { timeout: 45_000 });
  const orderId = await status.getAttribute('data-order-id');
  expect(orderId).toMatch(/^\d+$/);
  // It was a new worker instance that settled it (the old one's globals are gone).
  const mark = await context
    .serviceWorkers()[0]!
    .evaluate(() => (globalThis as { __e2eWorkerMark?: number }).__e2eWorkerMark);
  expect(mark).toBeUndefined();

  const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
  expect(stats.fastCreateOrderCalls).toBe(1);
  expect(stats.ordersCreated).toBe(1);
  expect(stats.orderIds).toEqual([orderId]);
  // Still one a little later: nothing was queued to be sent again.
  await panel.waitForTimeout(3000);
  expect((await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`)).ordersCreated).toBe(1);
  const items = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'outbox.list', payload: {} }));
  const purchases = (items as { data: { items: { action: string; state: string }[] } }).data.items.filter(
    (i) => i.action === 'alibaba.createPurchase',
  );
  // Settled by the lookup (APPLIED), not by a second send (CREATED).
  expect(purchases).toEqual([
    expect.objectContaining({ state: 'succeeded', attempts: 1, result: expect.objectContaining({ code: 'APPLIED' }) }),
  ]);
});

/**
 * Issue 18 part 3: 1688 creates the order and the gateway in front answers 504
 * gw.ServiceTimeout, a 500, or drops the connection. The seller must never read "not created"
 * (and buy again): the view says "checking", then "created", and 1688 holds exactly one order.
 */
const AFTER_CREATE_FAULTS = [
  { name: '504 gw.ServiceTimeout', fault: { kind: 'appliedThenError', status: 504 } },
  { name: '500', fault: { kind: 'appliedThenError', status: 500 } },
  { name: 'a dropped connection', fault: { kind: 'appliedThenDrop' } },
];

for (const { name, fault } of AFTER_CREATE_FAULTS) {
  test(`a purchase 1688 created behind ${name} ends "created", once, never "not created"`, async ({
    context,
    control,
    openExtensionPage,
  }) => {
    const buyer = await connectBuyer(context, control, openExtensionPage);
    const panel = await openExtensionPage('sidepanel.html');
    const { view, confirm } = await fillPurchase(panel, control);
    await control.addFault({ market: 'alibaba', pathPattern: 'alibaba\\.trade\\.fastCreateOrder', times: 1, ...fault });
    // Every state the result view shows, recorded in the page as it changes.
    await panel.evaluate(() => {
      const seen: string[] = [];
      (globalThis as { __states?: string[] }).__states = seen;
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="purchase-status"]');
        const state = el?.getAttribute('data-state');
        if (state && seen.at(-1) !== state) seen.push(state);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await confirm.getByTestId('purchase-create').click();

    const status = view.getByTestId('purchase-status');
    await expect(status).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
    const orderId = await status.getAttribute('data-order-id');
    expect(orderId).toMatch(/^\d+$/);
    const states = await panel.evaluate(() => (globalThis as { __states?: string[] }).__states ?? []);
    expect(states).not.toContain('failed');

    const stats = await control.call<PurchaseStats>('GET', `/alibaba/purchases/${buyer}`);
    expect(stats.fastCreateOrderCalls).toBe(1);
    expect(stats.ordersCreated).toBe(1);
    expect(stats.orderIds).toEqual([orderId]);
    const items = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'outbox.list', payload: {} }));
    const purchases = (items as { data: { items: { action: string; state: string }[] } }).data.items.filter(
      (i) => i.action === 'alibaba.createPurchase',
    );
    // Settled by looking it up (APPLIED), not by a second create.
    expect(purchases).toEqual([
      expect.objectContaining({
        state: 'succeeded',
        attempts: 1,
        result: expect.objectContaining({ outcome: 'applied', code: 'APPLIED' }),
      }),
    ]);
  });
}
