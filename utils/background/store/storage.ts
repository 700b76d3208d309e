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
 * Values read from storage, kept in memory until storage says they changed. Every message the
 * worker answers reads the settings, the accounts, the consent…: each read of `browser.storage` is
 * a round trip to the browser process, which is busiest exactly when a page opens (the side
 * panel's first list waited 15–60 ms for its few reads, issue 13). Kept per area and key:
 * - a read is kept only if nothing changed the key while it was on its way (`changes`);
 * - any change (ours, another context's, `clear()`) drops the kept value: the next read asks
 *   storage again, so what is kept never differs from what is stored;
 * - callers get a copy, so one caller's edits never reach another's.
 */
const kept = new Map<string, { value: unknown }>();
const changes = new Map<string, number>();
/** Bumped when everything is forgotten at once: also stops reads of keys not kept yet. */
let forgotten = 0;
const changeCount = (k: string) => (changes.get(k) ?? 0) + forgotten;
function changed(k: string): void {
  changes.set(k, (changes.get(k) ?? 0) + 1);
  kept.delete(k);
}
/** Forgets every kept value, and every read still on its way (after clearing whole areas). */
export function forgetKeptStorage(): void {
  forgotten++;
  kept.clear();
}
function onStorageChanged(list: Record<string, unknown>, areaName: string): void {
  for (const key of Object.keys(list)) changed(`${areaName}:${key}`);
}
/** Reads are kept only while storage's change events reach this context (tests reset listeners). */
function listening(): boolean {
  const events = browser.storage.onChanged;
  if (events.hasListener(onStorageChanged)) return true;
  forgetKeptStorage();
  events.addListener(onStorageChanged);
  return events.hasListener(onStorageChanged);
}

/**
 * The only way code reads or writes browser.storage: through a declared item. Undeclared keys
 * cannot be written because there is no handle for them.
 */
export function storageItem<T>(id: KvItemId) {
  const decl: StoredItem = STORED_ITEMS[id];
  const memoKey = (key: string) => `${decl.area}:${key}`;
  return {
    decl,
    async get(accountKey?: string): Promise<T | undefined> {
      const key = storageKey(decl, accountKey);
      const k = memoKey(key);
      const keeping = listening();
      const hit = kept.get(k);
      if (keeping && hit) return structuredClone(hit.value) as T | undefined;
      const before = changeCount(k);
      const value = (await areaOf(decl).get(key))[key] as T | undefined;
      if (keeping && changeCount(k) === before) kept.set(k, { value: structuredClone(value) });
      return value;
    },
    async set(value: T, accountKey?: string): Promise<void> {
      const key = storageKey(decl, accountKey);
      changed(memoKey(key));
      try {
        await areaOf(decl).set({ [key]: value });
      } finally {
        changed(memoKey(key));
      }
    },
    async remove(accountKey?: string): Promise<void> {
      const key = storageKey(decl, accountKey);
      changed(memoKey(key));
      try {
        await areaOf(decl).remove(key);
      } finally {
        changed(memoKey(key));
      }
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
