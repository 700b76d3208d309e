import type { IDBPIndex, IDBPObjectStore, IndexNames } from 'idb';
import type { CrossdockDb } from './db';
import { CACHED_KINDS, type CachedKindDecl } from './registry';

/**
 * Questions about the cache answered from index keys, never a record's value. With tens of
 * thousands of cached orders, reading values (to count them, or to find the expired ones) cost
 * the worker a second of decoding and held every reader of the cache behind it; the indexes of
 * db.ts answer the same questions from their keys, in a few requests whatever the cache holds.
 */
type CacheIndex<N extends IndexNames<CrossdockDb, 'cache'>> = IDBPIndex<
  CrossdockDb,
  ['cache'],
  'cache',
  N,
  IDBTransactionMode
>;
type WritableCache = IDBPObjectStore<CrossdockDb, ['cache'], 'cache', 'readwrite'>;

/** Every compound key [kind, …] of one kind: [kind] sorts before them all, [kind, []] after. */
export function allOfKind(kind: string): IDBKeyRange {
  return IDBKeyRange.bound([kind], [kind, []]);
}

/** The kinds the cache holds: one cursor step per kind, not per record. */
export async function cacheKindsIn(index: CacheIndex<'kind'>): Promise<string[]> {
  const kinds: string[] = [];
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) kinds.push(c.key);
  return kinds;
}

/**
 * The records sealed under any key but `current` (all sealed ones when there is none): in the
 * [keyId, storedAt] index, the keys before [current] and after [current, []].
 */
export async function sealedUnderOtherKeys(index: CacheIndex<'keyIdStoredAt'>, current?: string): Promise<string[]> {
  if (current === undefined) return index.getAllKeys();
  const [before, after] = await Promise.all([
    index.getAllKeys(IDBKeyRange.upperBound([current], true)),
    index.getAllKeys(IDBKeyRange.lowerBound([current, []], true)),
  ]);
  return [...before, ...after];
}

/**
 * Records stored at or before their limit's time: sealed ones (PII) at or before `sealedBefore`,
 * the others at or before `otherBefore` (epoch ms). Records sealed under another key than
 * `current` are unreadable (the sweep deletes them first) and go at `otherBefore` at the latest.
 */
export async function storedTooLong(
  store: WritableCache,
  current: string | undefined,
  limits: { sealedBefore: number; otherBefore: number },
): Promise<string[]> {
  const sealed = store.index('keyIdStoredAt');
  const [sealedOver, old, sealedStillAllowed] = await Promise.all([
    current === undefined
      ? []
      : sealed.getAllKeys(IDBKeyRange.bound([current, -Infinity], [current, limits.sealedBefore])),
    store.index('storedAt').getAllKeys(IDBKeyRange.upperBound(limits.otherBefore)),
    // Sealed records the shorter "other" limit would catch while their own limit still allows them.
    current === undefined || limits.sealedBefore >= limits.otherBefore
      ? []
      : sealed.getAllKeys(
          IDBKeyRange.bound([current, limits.sealedBefore], [current, limits.otherBefore], true, false),
        ),
  ]);
  const keep = new Set(sealedStillAllowed);
  return [...new Set([...sealedOver, ...old.filter((k) => !keep.has(k))])];
}

/** A cache record's id: its kind, the account it belongs to, and the entity it holds. */
export function cacheId(kind: string, accountKey: string, entityId: string): string {
  return `${kind}:${accountKey}:${entityId}`;
}

/**
 * Where the one record of a kind that describes every record of another kind lives (declared with
 * `describesAll` in the registry; the side panel's kept opening lists describe all orders). It
 * belongs to no account and no entity. It goes whenever one record of the described kind is
 * deleted, in the same transaction, so it never describes records that are gone.
 */
export const DESCRIBING_RECORD = { accountKey: '*', entityId: '*' } as const;

const DESCRIBING_ALL = Object.entries(CACHED_KINDS as Record<string, CachedKindDecl>).flatMap(([kind, d]) =>
  d.describesAll
    ? [{ prefix: `${d.describesAll}:`, id: cacheId(kind, DESCRIBING_RECORD.accountKey, DESCRIBING_RECORD.entityId) }]
    : [],
);

/** The records describing all records of a kind that deleting these keys makes wrong. */
export function describingAll(keys: readonly string[]): string[] {
  return DESCRIBING_ALL.filter((d) => keys.some((k) => k.startsWith(d.prefix))).map((d) => d.id);
}

/** Deletes these records (and what describes them all), the requests queued together rather than awaited one by one. */
export async function deleteKeys(store: WritableCache, keys: string[]): Promise<void> {
  await Promise.all([...keys, ...describingAll(keys)].map((k) => store.delete(k)));
}

/** Every record describing all records of some kind (an account's data is being wiped). */
export const describingAllIds = (): string[] => DESCRIBING_ALL.map((d) => d.id);
