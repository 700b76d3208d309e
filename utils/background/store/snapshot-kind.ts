import type { CoreServices } from '../core/core';
import { cachedKind } from './cached-kind';
import type { CachedKindId } from './registry';

/** A vendor's list of records of one kind, read and replaced whole (claims of the last 30 days). */
export interface Snapshot<T> {
  syncedAt: number;
  items: T[];
}

/** The one record per account of a snapshot kind. */
export const SNAPSHOT_ENTITY = 'snapshot';

/**
 * One declared cache kind holding a whole list per account: a sync replaces it, so a record that
 * left the range leaves the cache with it; `patch` swaps one record after an action re-read it.
 */
export function snapshotKind<T>(core: CoreServices, kindId: CachedKindId, idOf: (item: T) => string) {
  const kind = cachedKind<Snapshot<T>>(kindId);
  const put = async (accountKey: string, snap: Snapshot<T>) =>
    kind.put(accountKey, SNAPSHOT_ENTITY, snap, { now: core.now(), ttl: (await core.settings.get()).cache });
  return {
    get: (accountKey: string) => kind.get(accountKey, SNAPSHOT_ENTITY, core.now()),
    put,
    async patch(accountKey: string, item: T): Promise<void> {
      const snap = await kind.get(accountKey, SNAPSHOT_ENTITY, core.now());
      if (!snap) return;
      await put(accountKey, { ...snap, items: [item, ...snap.items.filter((i) => idOf(i) !== idOf(item))] });
    },
  };
}
