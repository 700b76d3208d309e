import type { IDBPIndex, IndexNames } from 'idb';
import type { CrossdockDb } from './db';

/**
 * Walks over the cache's indexes that read keys only, never a record's value. With tens of
 * thousands of cached orders, reading values (to count them, or to find the expired ones) cost
 * the worker a second of decoding and held every reader of the cache behind it; the compound
 * indexes of db.ts answer the same questions from their keys.
 */
type CacheIndex<N extends IndexNames<CrossdockDb, 'cache'>, M extends IDBTransactionMode> = IDBPIndex<
  CrossdockDb,
  ['cache'],
  'cache',
  N,
  M
>;

/** Every compound key [kind, …] of one kind: [kind] sorts before them all, [kind, []] after. */
export function allOfKind(kind: string): IDBKeyRange {
  return IDBKeyRange.bound([kind], [kind, []]);
}

/** The kinds the cache holds: one cursor step per kind, not per record. */
export async function cacheKindsIn(index: CacheIndex<'kind', IDBTransactionMode>): Promise<string[]> {
  const kinds: string[] = [];
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) kinds.push(c.key);
  return kinds;
}

/** Deletes the records an index lists in `range`, by their primary keys; returns how many. */
export async function deleteKeysIn(
  index: CacheIndex<IndexNames<CrossdockDb, 'cache'>, 'readwrite'>,
  range: IDBKeyRange,
): Promise<number> {
  let n = 0;
  for (let c = await index.openKeyCursor(range); c; c = await c.continue()) {
    await index.objectStore.delete(c.primaryKey);
    n++;
  }
  return n;
}
