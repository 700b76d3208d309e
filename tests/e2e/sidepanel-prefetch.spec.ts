import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptConsent } from './support/consent';
import { connectableVendor } from './support/coupang-panel';
import { connectCoupang, connectedAndSynced, ok } from './support/messages';

/**
 * Issue 13: the side panel asks for its opening list before its main code has loaded, and once
 * the list is drawn fetches the first window of every other tab ahead, so a tab switch draws its
 * rows without asking the background — and never shows what the background would no longer say.
 */

type Sent = { type: string; tab?: string; offset?: number };

/** Records every message the page sends (before any of its own scripts run). */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __sent: Sent[] };
    w.__sent = [];
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...a: unknown[]) => unknown;
    (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = (...args: unknown[]) => {
      const m = args[0] as { type: string; payload?: { tab?: string; offset?: number } };
      w.__sent.push({ type: m.type, tab: m.payload?.tab, offset: m.payload?.offset });
      return send(...args);
    };
  });
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
const queriesFor = async (page: Page, tab: string) =>
  (await sent(page)).filter((m) => m.type === 'orders.query' && m.tab === tab).length;

test('the settings and the opening list are asked first, the list once; a tab switch draws rows fetched ahead, fresh after a change', async ({
  control,
  openExtensionPage,
}) => {
  await control.reset({ orders: 30 });
  const setup = await openExtensionPage('options.html');
  const vendor = connectableVendor(control);
  await connectedAndSynced(setup, vendor);

  const panel = await setup.context().newPage();
  await recordMessages(panel);
  await panel.goto(setup.url().replace('options.html', 'sidepanel.html'));
  await expect(panel.getByTestId('order-row').first()).toBeVisible();
  const first = await sent(panel);
  // The tiny first script sends the settings and the opening list before anything else of the page
  // asks: the settings first, as the worker answers them in a moment (early-requests.ts).
  expect(first[0]).toMatchObject({ type: 'settings.get' });
  expect(first[1]).toMatchObject({ type: 'orders.query', tab: 'new', offset: 0 });
  expect(await queriesFor(panel, 'new')).toBe(1);

  // Once drawn and idle, every other tab's first window is fetched ahead, once.
  await expect.poll(() => queriesFor(panel, 'toShip')).toBe(1);
  await expect.poll(() => queriesFor(panel, 'all')).toBe(1);
  const toShip = (await ok<{ total: number }>(setup, 'orders.query', { tab: 'toShip', limit: 1 })).total;
  expect(toShip).toBeGreaterThan(0);
  await panel.getByTestId('tab-toShip').click();
  await expect(panel.getByTestId('order-row')).toHaveCount(toShip);
  // Drawn from the window fetched ahead: no new question for that tab.
  expect(await queriesFor(panel, 'toShip')).toBe(1);

  // A change drops what was fetched ahead: after a new sync the All tab is asked again.
  const allBefore = await queriesFor(panel, 'all');
  const fresh = await control.call<{ shipmentBoxId: string | number }>('POST', '/coupang/orders', {
    vendorId: vendor.vendorId,
  });
  await panel.getByTestId('sync-now').click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
  await panel.getByTestId('tab-all').click();
  // The new order is the newest: first in the All tab.
  await expect(panel.getByTestId('order-row').first()).toHaveAttribute(
    'data-key',
    new RegExp(`:${fresh.shipmentBoxId}$`),
  );
  expect(await queriesFor(panel, 'all')).toBeGreaterThan(allBefore);
});

test('the products area asks for its first rows as its tab is clicked, once, before its view has loaded', async ({
  control,
  openExtensionPage,
}) => {
  const vendor = connectableVendor(control);
  const setup = await openExtensionPage('options.html');
  await acceptConsent(setup);
  await ok(setup, 'settings.update', { sync: { intervalMinutes: 120 } });
  const accountKey = (await connectCoupang(setup, vendor)).data.account.accountKey;
  await ok(setup, 'products.refresh', { accountKey });

  const panel = await setup.context().newPage();
  await recordMessages(panel);
  // How many messages the page had sent when the products view first appeared.
  await panel.addInitScript(() => {
    const w = window as unknown as { __sent: Sent[]; __sentAtView?: number };
    new MutationObserver((_, mo) => {
      if (!document.querySelector('[data-testid="products-view"]')) return;
      w.__sentAtView = w.__sent.length;
      mo.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await panel.goto(setup.url().replace('options.html', 'sidepanel.html'));
  await expect(panel.getByTestId('order-row').first()).toBeVisible();
  await panel.getByTestId('area-products').click();
  await expect(panel.locator('[data-testid="product-row"][data-vendor-item-id]').first()).toBeVisible();
  const all = await sent(panel);
  const atView = await panel.evaluate(() => (window as unknown as { __sentAtView: number }).__sentAtView);
  // Sent from the click, before the view was drawn, and taken by the view instead of asked again.
  const lists = all.filter((m) => m.type === 'products.list' && m.offset === 0);
  expect(lists).toHaveLength(1);
  expect(all.slice(0, atView)).toContainEqual(expect.objectContaining({ type: 'products.list', offset: 0 }));
});
