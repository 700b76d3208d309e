import type { CoreServices } from '../core/core';
import { cachedKind } from './cached-kind';
import type { CachedKindId } from './registry';

/** A vendor's list of records of one kind, read and replaced whole (claims of the last 30 days). */
export interface Snapshot<T> {
  syncedAt: number;
  items: T[];
  /**
   * Records an action re-read one by one, and when. A list read that began before such a re-read
   * carries the record as it was before the action: the re-read copy wins over it.
   */
  patched?: Array<{ id: string; at: number }>;
}

/** The one record per account of a snapshot kind. */
export const SNAPSHOT_ENTITY = 'snapshot';

/**
 * When each record of a list read arrived. A read takes a while (pages at the vendor's request
 * rate, windows concurrently), so its records are of different moments: each is weighed against an
 * action's re-read by its own arrival, not by when the read began.
 */
export class SeenLog {
  readonly at = new Map<string, number>();
  constructor(
    private now: () => number,
    /** When the read began: a record it never saw (it moved between lists mid-read) is judged by this. */
    readonly since = now(),
  ) {}
  mark(ids: Iterable<string>): void {
    const t = this.now();
    for (const id of ids) this.at.set(id, t);
  }
}

/**
 * One declared cache kind holding a whole list per account: a sync replaces it, so a record that
 * left the range leaves the cache with it; `patch` swaps one record after an action re-read it.
 *
 * An action may finish and re-read its claim while a sync reads the lists: `replace` keeps the
 * re-read copy of every record that arrived in the read before that re-read (or not at all), and
 * each account's writes run one after another (no write reads a value another is replacing).
 */
export function snapshotKind<T>(core: CoreServices, kindId: CachedKindId, idOf: (item: T) => string) {
  const kind = cachedKind<Snapshot<T>>(kindId);
  const writes = new Map<string, Promise<unknown>>();
  const serial = <R>(accountKey: string, write: () => Promise<R>): Promise<R> => {
    const run = (writes.get(accountKey) ?? Promise.resolve()).catch(() => undefined).then(write);
    writes.set(accountKey, run);
    void run.finally(() => writes.get(accountKey) === run && writes.delete(accountKey)).catch(() => undefined);
    return run;
  };
  const get = (accountKey: string) => kind.get(accountKey, SNAPSHOT_ENTITY, core.now());
  const put = async (accountKey: string, snap: Snapshot<T>) =>
    kind.put(accountKey, SNAPSHOT_ENTITY, snap, { now: core.now(), ttl: (await core.settings.get()).cache });

  return {
    get,
    /** A whole list read; a record an action re-read after the read's copy of it arrived stays as re-read. */
    replace: (accountKey: string, snap: { syncedAt: number; items: T[] }, seen: SeenLog) =>
      serial(accountKey, async () => {
        const old = await get(accountKey);
        const newer = (old?.patched ?? []).filter((p) => p.at > (seen.at.get(p.id) ?? seen.since - 1));
        const kept = new Map(
          newer.flatMap((p) => {
            const item = old?.items.find((i) => idOf(i) === p.id);
            return item ? [[p.id, item] as const] : [];
          }),
        );
        const items = [...kept.values(), ...snap.items.filter((i) => !kept.has(idOf(i)))];
        await put(accountKey, { ...snap, items, patched: newer.filter((p) => kept.has(p.id)) });
      }),
    /** One record as an action re-read it (a list without it is not cached: nothing to patch). */
    patch: (accountKey: string, item: T) =>
      serial(accountKey, async () => {
        const snap = await get(accountKey);
        if (!snap) return;
        const id = idOf(item);
        await put(accountKey, {
          ...snap,
          items: [item, ...snap.items.filter((i) => idOf(i) !== id)],
          patched: [...(snap.patched ?? []).filter((p) => p.id !== id), { id, at: core.now() }],
        });
      }),
  };
}
