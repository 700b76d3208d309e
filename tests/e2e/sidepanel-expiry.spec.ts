import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectableVendor } from './support/coupang-panel';
import { connectedAndSynced, ok } from './support/messages';
import { restartServiceWorker } from './support/worker';

/**
 * Issue 18 §4: an open side panel drops an order when its cache time ends, without waiting for
 * anything else to make it ask again.
 */

/** Test-only: moves the cache expiry of some cached orders to `at` (the shortest real TTL is 5 minutes). */
function expireOrdersAt(page: Page, count: number, at: number): Promise<string[]> {
  return page.evaluate(
    async ([n, when]) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('crossdock');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const all = await new Promise<Array<{ kind: string; entityId: string }>>((res) => {
        const q = db.transaction('cache').objectStore('cache').getAll();
        q.onsuccess = () => res(q.result);
      });
      const chosen = all.filter((r) => r.kind === 'order').slice(0, n);
      const tx = db.transaction('cache', 'readwrite');
      for (const r of chosen) tx.objectStore('cache').put({ ...r, expiresAt: when });
      await new Promise((res) => {
        tx.oncomplete = res;
      });
      db.close(); // never hold a connection the background would wait for
      return chosen.map((r) => r.entityId);
    },
    [count, at] as const,
  );
}

test('an open side panel drops orders (list and detail) whose cache time ended, without being told', async ({
  context,
  control,
  openExtensionPage,
}) => {
  await control.reset({ orders: 12 });
  const panel = await openExtensionPage('sidepanel.html');
  await connectedAndSynced(panel, connectableVendor(control));
  const total = (await ok<{ total: number }>(panel, 'orders.query', { limit: 1 })).total;
  expect(total).toBeGreaterThan(4);

  // Four orders end their cache time soon; the worker restarts so it reads the new expiry.
  const expiring = await expireOrdersAt(panel, 4, Date.now() + 20_000);
  await restartServiceWorker(context, panel);
  await panel.reload();
  await panel.getByTestId('tab-all').click();
  const rows = panel.getByTestId('order-row');
  await expect(rows).toHaveCount(total);
  const expiringRows = panel.locator(expiring.map((id) => `[data-testid="order-row"][data-key$=":${id}"]`).join(', '));
  await expect(expiringRows).toHaveCount(4);
  // A second panel shows one of them in detail.
  const second = await openExtensionPage('sidepanel.html');
  await second.getByTestId('tab-all').click();
  await second.locator(`[data-testid="order-row"][data-key$=":${expiring[0]}"]`).click();
  await expect(second.getByTestId('detail-order-id')).toBeVisible();
  await expect(second.getByTestId('detail-line').first()).toBeVisible();

  // Nothing is synced, clicked or sent: the views ask again when the first order expires.
  await expect(expiringRows).toHaveCount(0, { timeout: 60_000 });
  await expect(rows).toHaveCount(total - 4);
  await expect(panel.getByTestId('tab-count-all')).toHaveText(String(total - 4));
  await expect(second.getByTestId('detail-order-id')).toHaveCount(0);
  await expect(second.getByTestId('detail-line')).toHaveCount(0);
});
