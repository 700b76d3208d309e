import { unwrap } from 'idb';
import type { OrderStore } from '../orders/order-store';
import { cacheId, cachePutMany } from './cache';
import { type CacheRecord, getDb } from './db';

const CACHE_KIND = 'bench.cacheWrite';
const RAW_KIND = 'bench.rawPut';
const ACCOUNT = 'bench:0';

/**
 * `npm run bench` only (installed on sandbox builds, see app.ts): the cache write of the orders
 * held now (sealed, encrypted, one transaction, as a synced page is written) against plain
 * IndexedDB puts of the same orders as unencrypted records in one transaction, in the same worker and the same run. Alternates the
 * two a few times and keeps the best of each; every record it writes is deleted again.
 */
export async function measureCacheWrite(
  orders: OrderStore,
  rounds = 3,
): Promise<{ count: number; cacheMs: number; rawMs: number }> {
  const held = await orders.all();
  const now = Date.now();
  const db = await getDb();
  let cacheMs = Number.POSITIVE_INFINITY;
  let rawMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await cachePutMany(
      held.map((o) => ({
        opts: { kind: CACHE_KIND, accountKey: ACCOUNT, entityId: o.shipmentId, ttlMs: 60_000, pii: true, now },
        data: o,
      })),
    );
    cacheMs = Math.min(cacheMs, performance.now() - t0);

    const t1 = performance.now();
    const raw: CacheRecord[] = held.map((o) => ({
      id: cacheId(RAW_KIND, ACCOUNT, o.shipmentId),
      kind: RAW_KIND,
      accountKey: ACCOUNT,
      entityId: o.shipmentId,
      storedAt: now,
      expiresAt: now + 60_000,
      data: o,
    }));
    const tx = db.transaction('cache', 'readwrite');
    const store = unwrap(tx.objectStore('cache'));
    for (const rec of raw) store.put(rec);
    await tx.done;
    rawMs = Math.min(rawMs, performance.now() - t1);
  }
  const tx = db.transaction('cache', 'readwrite');
  const mine = [CACHE_KIND, RAW_KIND].flatMap((kind) => held.map((o) => cacheId(kind, ACCOUNT, o.shipmentId)));
  await Promise.all([...mine.map((id) => tx.store.delete(id)), tx.done]);
  return { count: held.length, cacheMs, rawMs };
}

/** Makes the measurements reachable from the bench (Playwright evaluates in the worker). */
export function installBenchHooks(orders: OrderStore): void {
  (globalThis as { crossdockBench?: unknown }).crossdockBench = {
    cacheWrite: (rounds?: number) => measureCacheWrite(orders, rounds),
  };
}
