import { browser } from 'wxt/browser';
import { resetCacheKey } from './cache';
import { describingAllIds } from './cache-keys';
import { deleteDatabase, getDb } from './db';
import { STORED_ITEMS, type StoredItem, type WipeReason } from './registry';
import { forgetKeptStorage } from './storage';
import { resetVaultKeyCache } from './vault';

/**
 * Removes everything the registry says goes away on `reason`.
 * - disconnect: the account-scoped items of `accountKey` only; other accounts keep theirs.
 * - deleteAll: every item, then every storage area, the database and alarms — Crossdock is left
 *   as freshly installed (agreement: complete deletion on request).
 * - browserRestart: what must not outlive the browser session (PII cache records, reveals).
 */
export async function wipe(reason: WipeReason, accountKey?: string): Promise<void> {
  if (reason === 'disconnect' && !accountKey) throw new Error('disconnect wipes one account: pass its accountKey');
  const items = Object.values(STORED_ITEMS).filter((d: StoredItem) =>
    (d.clearedOn as readonly string[]).includes(reason),
  );

  if (reason === 'deleteAll') {
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    // Now, not when the change events arrive: a read right after this must not get a kept value.
    forgetKeptStorage();
    await deleteDatabase();
    resetVaultKeyCache();
    // The session cache key went with session storage: drop the in-memory handle too, or later
    // records would be sealed under a key that is no longer stored (and swept as unreadable).
    resetCacheKey();
    await browser.alarms.clearAll();
    return;
  }

  for (const d of items) {
    if (d.area === 'idb') await wipeStore(d, reason, accountKey);
    else await wipeKv(d, accountKey);
  }
  forgetKeptStorage();
  if (reason === 'browserRestart') resetCacheKey();
}

async function wipeKv(d: StoredItem, accountKey?: string) {
  const area = d.area === 'local' ? browser.storage.local : browser.storage.session;
  if (d.scope === 'global') {
    await area.remove(d.key);
    return;
  }
  if (accountKey) {
    await area.remove(`${d.key}:${accountKey}`);
    return;
  }
  const all = await area.get(null);
  await area.remove(Object.keys(all).filter((k) => k.startsWith(`${d.key}:`)));
}

async function wipeStore(d: StoredItem, reason: WipeReason, accountKey?: string) {
  const db = await getDb();
  const store = d.key as 'cache' | 'outbox' | 'checkpoints' | 'keys';
  if (reason === 'browserRestart' && store === 'cache') {
    // Non-PII reference data may stay until its TTL; encrypted records are unreadable now.
    const tx = db.transaction('cache', 'readwrite');
    for await (const cursor of tx.store) if (cursor.value.keyId) await cursor.delete();
    // What described those records (the opening lists of orders) goes with them.
    for (const id of describingAllIds()) await tx.store.delete(id);
    await tx.done;
    return;
  }
  if (accountKey && store !== 'keys') {
    const tx = db.transaction(store, 'readwrite');
    const index = tx.store.index('accountKey');
    for await (const cursor of index.iterate(accountKey)) await cursor.delete();
    // Records describing all records of a kind (every account's) no longer hold without this one's.
    if (store === 'cache') for (const id of describingAllIds()) await tx.objectStore('cache').delete(id);
    await tx.done;
    return;
  }
  await db.clear(store);
}
