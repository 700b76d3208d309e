import { expect, test } from './fixtures';
import { connectThroughOptions, openOptions, reset1688, sendFrom } from './support/relay';

/**
 * Disconnect is logout (agreement 1688 §5.11.7, compliance C7): the member's tokens and app
 * secret leave the vault, and every cached record of that member (orders, offers, purchase
 * drafts and results, outbox items, checkpoints) leaves IndexedDB. Checked from an extension
 * page by reading storage and the database directly.
 */
test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

test.afterEach(async ({ control }) => {
  await reset1688(control);
});

interface StoredDump {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  idb: Record<string, Array<{ id: string; accountKey?: string; kind?: string }>>;
}

async function dump(page: import('@playwright/test').Page): Promise<StoredDump> {
  return page.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('crossdock');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const idb: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      if (name === 'keys') continue; // CryptoKey objects; global, not per member
      idb[name] = await new Promise((resolve, reject) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () =>
          resolve(
            (r.result as Array<{ id: string; accountKey?: string; kind?: string }>).map(({ id, accountKey, kind }) => ({
              id,
              accountKey,
              kind,
            })),
          );
        r.onerror = () => reject(r.error);
      });
    }
    db.close();
    return { local, session, idb } as never;
  });
}

test('disconnect leaves no token and no cached record of the member', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config } = control;
  const buyer = config.alibaba.samples.buyerMemberId;
  const key = `alibaba:${buyer}`;
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, config, { memberId: buyer });
  const account = options.locator(`[data-testid="alibaba-account"][data-account-key="${key}"]`);
  await expect(account).toHaveAttribute('data-status', 'ok');

  // Give the member cached data of every kind: synced orders, an offer, a purchase preview.
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByTestId('tab-all').click();
  await expect(panel.locator(`[data-testid="order-row"][data-key^="${key}:"]`).first()).toBeVisible({
    timeout: 20_000,
  });
  const offer = await sendFrom(panel, 'offers.get', { offerId: config.alibaba.samples.otherOfferId, accountKey: key });
  expect(offer.ok).toBe(true);
  const before = await dump(panel);
  expect(Object.keys(before.local)).toContain(`vault:${key}`);
  expect(before.idb.cache!.filter((r) => r.accountKey === key).length).toBeGreaterThan(1);
  const tokens = await control.call<Array<{ token: string; kind: string }>>('GET', `/alibaba/tokens?memberId=${buyer}`);
  expect(tokens.length).toBeGreaterThan(0);

  await account.getByTestId('alibaba-disconnect').click();
  await options.getByTestId('alibaba-disconnect-confirm').click();
  await expect(account).toHaveCount(0);
  await expect(options.getByTestId('alibaba-empty')).toBeVisible();

  const after = await dump(panel);
  const text = JSON.stringify(after);
  expect(Object.keys(after.local).filter((k) => k.includes(key))).toEqual([]);
  expect(Object.keys(after.session).filter((k) => k.includes(key))).toEqual([]);
  for (const [store, records] of Object.entries(after.idb)) {
    expect(
      records.filter((r) => r.accountKey === key || r.id.includes(key)),
      `${store} still holds records of ${key}`,
    ).toEqual([]);
  }
  expect(text).not.toContain(buyer);
  // The vault is encrypted, so also make sure no token survives anywhere in clear.
  for (const t of tokens) expect(text).not.toContain(t.token);
  const accounts = await sendFrom<{ accounts: unknown[] }>(panel, 'connections.list', {});
  expect(accounts.data?.accounts).toEqual([]);
  // The side panel no longer lists the member's orders.
  await panel.reload();
  await panel.getByTestId('tab-all').click();
  await expect(panel.locator(`[data-testid="order-row"][data-key^="${key}:"]`)).toHaveCount(0);
});
