import { browser } from 'wxt/browser';
import { STORED_ITEMS, type StoredItem, type StoredItemId } from './registry';

type KvItemId = { [K in StoredItemId]: (typeof STORED_ITEMS)[K]['area'] extends 'idb' ? never : K }[StoredItemId];

function areaOf(decl: StoredItem) {
  if (decl.area === 'idb') throw new Error('idb items are not in a storage area');
  return decl.area === 'local' ? browser.storage.local : browser.storage.session;
}

function storageKey(decl: StoredItem, accountKey?: string): string {
  if (decl.scope === 'account') {
    if (!accountKey) throw new Error(`${decl.key} is stored per account: pass the accountKey`);
    return `${decl.key}:${accountKey}`;
  }
  if (accountKey) throw new Error(`${decl.key} is a global item`);
  return decl.key;
}

/**
 * The only way code reads or writes browser.storage: through a declared item. Undeclared keys
 * cannot be written because there is no handle for them.
 */
export function storageItem<T>(id: KvItemId) {
  const decl: StoredItem = STORED_ITEMS[id];
  return {
    decl,
    async get(accountKey?: string): Promise<T | undefined> {
      const key = storageKey(decl, accountKey);
      const got = await areaOf(decl).get(key);
      return got[key] as T | undefined;
    },
    async set(value: T, accountKey?: string): Promise<void> {
      await areaOf(decl).set({ [storageKey(decl, accountKey)]: value });
    },
    async remove(accountKey?: string): Promise<void> {
      await areaOf(decl).remove(storageKey(decl, accountKey));
    },
    /** Read-modify-write. Callers serialize through the background, the single writer. */
    async update(fn: (current: T | undefined) => T, accountKey?: string): Promise<T> {
      const next = fn(await this.get(accountKey));
      await this.set(next, accountKey);
      return next;
    },
  };
}

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Keeps `storage.local` and `storage.sync` out of content scripts' reach (they hold the encrypted
 * vault and the settings; content scripts get what they need by message). Chrome forgets the
 * level when the worker stops, so this runs at every worker start, before messages are answered.
 * `storage.session` is trusted-only by default. A browser without `setAccessLevel` keeps its
 * default (Chrome < 102, Firefox, where content scripts share the extension's storage anyway).
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  // Both at once: every message of a wake waits for this (issue 13).
  const areas = [browser.storage.local, browser.storage.sync] as unknown as AccessLevelArea[];
  await Promise.all(
    areas.map((area) =>
      typeof area?.setAccessLevel === 'function' ? area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }) : undefined,
    ),
  );
}
