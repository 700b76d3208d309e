import { cacheTtlMs, projectForCache } from '../privacy/projections';
import { type CachedEntry, cacheGet, cacheList, cachePut, cachePutMany } from './cache';
import type { CacheRecord } from './db';
import { CACHED_KINDS, type CachedKindId } from './registry';

/** The seller's bounded cache settings (settings.cache): the TTL of every record derives from them. */
export interface CacheTtlSettings {
  piiTtlMinutes: number;
  referenceTtlHours: number;
}

export interface CachedWrite {
  now: number;
  ttl: CacheTtlSettings;
  /** Small unencrypted fields views sort and filter on (never PII). */
  index?: CacheRecord['index'];
}

/**
 * Typed access to one declared cache kind. Every write is projected to the kind's declared fields,
 * sealed when the kind is PII and given the TTL its declaration implies; no caller picks a TTL or
 * an encryption choice of its own.
 */
export function cachedKind<T>(kind: CachedKindId) {
  const { pii } = CACHED_KINDS[kind];
  const opts = (accountKey: string, entityId: string, w: CachedWrite) => ({
    kind,
    accountKey,
    entityId,
    pii,
    ttlMs: cacheTtlMs(kind, w.ttl),
    now: w.now,
    index: w.index,
  });
  return {
    kind,
    ttlMs: (ttl: CacheTtlSettings) => cacheTtlMs(kind, ttl),
    /** Stores the projected value; returns what was stored. */
    async put(accountKey: string, entityId: string, value: T, w: CachedWrite): Promise<T> {
      const projected = projectForCache(kind, value) as T;
      await cachePut(opts(accountKey, entityId, w), projected);
      return projected;
    },
    /** Many records of this kind in one transaction. */
    async putMany(
      items: Array<{ accountKey: string; entityId: string; value: T; index?: CacheRecord['index'] }>,
      w: CachedWrite,
    ) {
      await cachePutMany(
        items.map((i) => ({
          opts: opts(i.accountKey, i.entityId, { ...w, index: i.index }),
          data: projectForCache(kind, i.value),
        })),
      );
    },
    get: (accountKey: string, entityId: string, now?: number): Promise<T | undefined> =>
      cacheGet<T>(kind, accountKey, entityId, now),
    list: (accountKey?: string, now?: number): Promise<CachedEntry<T>[]> => cacheList<T>(kind, accountKey, now),
  };
}
