import { unwrap } from 'idb';
import { cacheId, deleteKeys, sealedUnderOtherKeys, storedTooLong } from './cache-keys';
import { type CacheRecord, getDb, getDbIfExists } from './db';
import { storageItem } from './storage';

/**
 * Short-lived cache of API data (agreement: no database built from API data). Every record has an
 * expiry; reads never return an expired record. PII-bearing records are AES-GCM encrypted with a
 * key kept only in storage.session (memory): after a browser restart the key is gone, the old
 * records cannot be read, and they are dropped.
 */
interface SessionKey {
  id: string;
  raw: number[];
}
const cacheKeyItem = storageItem<SessionKey>('cacheKey');

let keyPromise: Promise<{ id: string; key: CryptoKey }> | undefined;

async function sessionKey(): Promise<{ id: string; key: CryptoKey }> {
  keyPromise ??= (async () => {
    let stored = await cacheKeyItem.get();
    if (!stored) {
      const raw = crypto.getRandomValues(new Uint8Array(32));
      stored = { id: crypto.randomUUID(), raw: [...raw] };
      await cacheKeyItem.set(stored);
    }
    const key = await crypto.subtle.importKey('raw', new Uint8Array(stored.raw), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    return { id: stored.id, key };
  })().catch((e) => {
    keyPromise = undefined;
    throw e;
  });
  return keyPromise;
}

/** Forget the in-memory key handle (after a wipe or when session storage was cleared). */
export function resetCacheKey(): void {
  keyPromise = undefined;
}

export interface PutOptions {
  kind: string;
  accountKey: string;
  entityId: string;
  ttlMs: number;
  pii: boolean;
  index?: CacheRecord['index'];
  now?: number;
}

export { cacheId };

/** One encoder for every record (a sync seals 50 a page, 10,000 a full sync). */
const encoder = new TextEncoder();

async function seal(
  opts: PutOptions,
  data: unknown,
  now: number,
  key?: { id: string; key: CryptoKey },
): Promise<CacheRecord> {
  const rec: CacheRecord = {
    id: cacheId(opts.kind, opts.accountKey, opts.entityId),
    kind: opts.kind,
    accountKey: opts.accountKey,
    entityId: opts.entityId,
    storedAt: now,
    expiresAt: now + opts.ttlMs,
    index: opts.index,
    data,
  };
  if (!opts.pii) return rec;
  const k = key ?? (await sessionKey());
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k.key, encoder.encode(JSON.stringify(data)));
  rec.keyId = k.id;
  rec.iv = iv;
  rec.data = new Uint8Array(ct);
  return rec;
}

async function open<T>(rec: CacheRecord, key?: { id: string; key: CryptoKey }): Promise<T | undefined> {
  if (!rec.keyId) return rec.data as T;
  const k = key ?? (await sessionKey());
  if (rec.keyId !== k.id || !rec.iv) return undefined; // sealed under a key from an earlier browser session
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(rec.iv) },
      k.key,
      new Uint8Array(rec.data as Uint8Array),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    return undefined;
  }
}

export async function cachePut(opts: PutOptions, data: unknown): Promise<void> {
  const rec = await seal(opts, data, opts.now ?? Date.now());
  await (await getDb()).put('cache', rec);
}

/** Writes many records of one kind in one transaction (a synced page of orders). */
export async function cachePutMany(items: Array<{ opts: PutOptions; data: unknown }>): Promise<void> {
  if (!items.length) return;
  const key = items.some((i) => i.opts.pii) ? await sessionKey() : undefined;
  const records = await Promise.all(items.map((i) => seal(i.opts, i.data, i.opts.now ?? Date.now(), key)));
  // Plain IndexedDB requests, one promise for the transaction: idb would wrap each put in its own
  // promise and listeners, per-record work a page of orders does not need (a failed put aborts
  // the transaction, and `done` rejects).
  const tx = (await getDb()).transaction('cache', 'readwrite');
  const store = unwrap(tx.objectStore('cache'));
  for (const r of records) store.put(r);
  await tx.done;
}

export async function cacheGet<T>(
  kind: string,
  accountKey: string,
  entityId: string,
  now = Date.now(),
): Promise<T | undefined> {
  const db = await getDb();
  const rec = await db.get('cache', cacheId(kind, accountKey, entityId));
  if (!rec) return undefined;
  if (rec.expiresAt <= now) {
    await cacheDelete(kind, accountKey, entityId);
    return undefined;
  }
  const value = await open<T>(rec);
  if (value === undefined) await cacheDelete(kind, accountKey, entityId);
  return value;
}

export interface CachedEntry<T> {
  entityId: string;
  accountKey: string;
  storedAt: number;
  expiresAt: number;
  value: T;
}

/** Every live record of a kind (optionally one account); expired or unreadable ones are dropped. */
export async function cacheList<T>(kind: string, accountKey?: string, now = Date.now()): Promise<CachedEntry<T>[]> {
  const db = await getDbIfExists();
  if (!db) return [];
  const recs = await db.getAllFromIndex('cache', 'kind', kind);
  const key = recs.some((r) => r.keyId) ? await sessionKey() : undefined;
  const out: CachedEntry<T>[] = [];
  const drop: string[] = [];
  for (const r of recs) {
    if (accountKey && r.accountKey !== accountKey) continue;
    if (r.expiresAt <= now) {
      drop.push(r.id);
      continue;
    }
    const value = await open<T>(r, key);
    if (value === undefined) drop.push(r.id);
    else
      out.push({ entityId: r.entityId, accountKey: r.accountKey, storedAt: r.storedAt, expiresAt: r.expiresAt, value });
  }
  if (drop.length) {
    const tx = db.transaction('cache', 'readwrite');
    await Promise.all([deleteKeys(tx.store, drop), tx.done]);
  }
  return out;
}

/**
 * The live values of these records, in order, read in one transaction (`undefined` for a record
 * that is gone, expired or unreadable; nothing is deleted here: the sweep does that).
 */
export async function cacheOpenMany<T>(ids: string[], now = Date.now()): Promise<Array<T | undefined>> {
  const db = await getDbIfExists();
  if (!db) return ids.map(() => undefined);
  const tx = db.transaction('cache', 'readonly');
  const recs = await Promise.all(ids.map((id) => tx.store.get(id)));
  const key = recs.some((r) => r?.keyId) ? await sessionKey() : undefined;
  return Promise.all(recs.map((r) => (r && r.expiresAt > now ? open<T>(r, key) : undefined)));
}

export async function cacheDelete(kind: string, accountKey: string, entityId: string): Promise<void> {
  const tx = (await getDb()).transaction('cache', 'readwrite');
  await deleteKeys(tx.store, [cacheId(kind, accountKey, entityId)]);
  await tx.done;
}

/**
 * The alarm's sweep (and every worker start's): deletes expired records, and PII records sealed
 * under a lost session key — by index keys alone (store/cache-keys.ts).
 */
export async function cacheSweep(now = Date.now()): Promise<{ expired: number; unreadable: number }> {
  const db = await getDb();
  const current = await currentKeyId();
  const tx = db.transaction('cache', 'readwrite');
  const [expired, sealedElsewhere] = await Promise.all([
    tx.store.index('expiresAt').getAllKeys(IDBKeyRange.upperBound(now)),
    sealedUnderOtherKeys(tx.store.index('keyIdStoredAt'), current),
  ]);
  const gone = new Set(expired);
  const unreadable = sealedElsewhere.filter((k) => !gone.has(k));
  await deleteKeys(tx.store, [...expired, ...unreadable]);
  await tx.done;
  return { expired: expired.length, unreadable: unreadable.length };
}

/**
 * Deletes records stored longer than the seller's current limits allow (PII records: minutes,
 * others: hours): a shorter setting applies to what is already cached, not only to what comes.
 */
export async function cacheDropOverAge(now: number, limits: { sealedMs: number; otherMs: number }): Promise<number> {
  const db = await getDb();
  const current = await currentKeyId();
  const tx = db.transaction('cache', 'readwrite');
  const over = await storedTooLong(tx.store, current, {
    sealedBefore: now - limits.sealedMs,
    otherBefore: now - limits.otherMs,
  });
  await deleteKeys(tx.store, over);
  await tx.done;
  return over.length;
}

/**
 * The id of the session key stored now. Session storage may have been emptied under a running
 * worker: never keep sealing with a key that is no longer stored, or new records would be dropped
 * as unreadable by the next sweep.
 */
async function currentKeyId(): Promise<string | undefined> {
  const current = (await cacheKeyItem.get())?.id;
  const held = keyPromise && (await keyPromise.catch(() => undefined));
  if (held && held.id !== current) resetCacheKey();
  return current;
}
