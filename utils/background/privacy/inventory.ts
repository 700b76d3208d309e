import { browser } from 'wxt/browser';
import type { InventoryItem } from '../../protocol/messages/privacy';
import { allOfKind, cacheKindsIn } from '../store/cache-keys';
import { type Db, databaseExists, getDb } from '../store/db';
import { STORED_ITEMS, type StoredItem, type StoredItemId } from '../store/registry';

/**
 * "What is stored" (compliance C6): every declared item with how many entries exist, the oldest
 * and the next to expire. Read-only — in particular it never creates the database.
 */
type Ages = { oldest?: number; nextExpiry?: number };

/**
 * The smallest finite number, by a loop: `Math.min(...xs)` passes every value as an argument,
 * and a cache of ~125,000 records (a large seller's orders, products and revenue lines) exceeds
 * what one call may take ("Maximum call stack size exceeded").
 */
export function min(xs: Iterable<number | undefined>): number | undefined {
  let least: number | undefined;
  for (const x of xs) if (typeof x === 'number' && Number.isFinite(x) && (least === undefined || x < least)) least = x;
  return least;
}

/** Where a stored value says how old it is (items without a timestamp report a count only). */
const AGE_PROBES: Partial<Record<StoredItemId, (v: unknown) => number | undefined>> = {
  consent: (v) => (v as { acceptedAt?: number })?.acceptedAt,
  errorLog: (v) => min(((v as { entries?: Array<{ at: number }> })?.entries ?? []).map((e) => e.at)),
  securityLog: (v) => min(((v as { recent?: Array<{ at: number }> })?.recent ?? []).map((e) => e.at)),
};

export interface Inventory {
  now: number;
  items: InventoryItem[];
  cacheKinds: Array<{ kind: string; count: number; oldest: number; nextExpiry: number; encrypted: number }>;
  databaseExists: boolean;
  alarms: number;
}

export async function buildInventory(now = Date.now()): Promise<Inventory> {
  const areas = {
    local: await browser.storage.local.get(null),
    session: await browser.storage.session.get(null),
  };
  const exists = await databaseExists();
  const idb = exists ? await idbFacts(now) : undefined;
  const items: InventoryItem[] = [];
  for (const [id, d] of Object.entries(STORED_ITEMS) as Array<[StoredItemId, StoredItem]>) {
    let count = 0;
    let ages: Ages = {};
    if (d.area === 'idb') {
      const f = idb?.[d.key];
      count = f?.count ?? 0;
      ages = { oldest: f?.oldest, nextExpiry: f?.nextExpiry };
    } else {
      const values = matching(areas[d.area], d);
      count = values.length;
      const probe = AGE_PROBES[id];
      ages.oldest = probe ? min(values.map(probe)) : undefined;
    }
    if (ages.nextExpiry === undefined && ages.oldest !== undefined && d.ttlMs !== null)
      ages.nextExpiry = ages.oldest + d.ttlMs;
    items.push({
      id,
      label: d.label,
      area: d.area,
      pii: d.pii,
      secret: d.secret,
      ttlMs: d.ttlMs,
      clearedOn: [...d.clearedOn],
      count,
      ...ages,
    });
  }
  return {
    now,
    items,
    cacheKinds: idb?.cacheKinds ?? [],
    databaseExists: exists,
    alarms: (await browser.alarms.getAll()).length,
  };
}

function matching(all: Record<string, unknown>, d: StoredItem): unknown[] {
  if (d.scope === 'global') return Object.hasOwn(all, d.key) ? [all[d.key]] : [];
  return Object.entries(all)
    .filter(([k]) => k.startsWith(`${d.key}:`))
    .map(([, v]) => v);
}

type StoreFacts = { count: number; oldest?: number; nextExpiry?: number };

async function idbFacts(now: number) {
  const db = await getDb();
  const kinds = await cacheKindsIn(db.transaction('cache').store.index('kind'));
  const cacheKinds = (await Promise.all(kinds.map((kind) => cacheKindFacts(db, kind, now)))).filter((k) => k.count > 0);
  const outbox = await db.getAll('outbox');
  const checkpoints = await db.getAll('checkpoints');
  const facts: Record<string, StoreFacts> = {
    cache: {
      count: cacheKinds.reduce((n, k) => n + k.count, 0),
      oldest: min(cacheKinds.map((k) => k.oldest)),
      nextExpiry: min(cacheKinds.map((k) => k.nextExpiry)),
    },
    outbox: { count: outbox.length, oldest: min(outbox.map((r) => r.createdAt)) },
    checkpoints: { count: checkpoints.length, oldest: min(checkpoints.map((r) => r.updatedAt)) },
    keys: { count: await db.count('keys') },
  };
  return Object.assign(facts, { cacheKinds });
}

/**
 * One kind's count, oldest record and next expiry, from the cache's compound indexes (see db.ts):
 * no record's value is read. A record past its time that the sweep has not deleted yet is still
 * stored, so it is counted; the next expiry is the next one still ahead (else the earliest past).
 */
async function cacheKindFacts(db: Db, kind: string, now: number): Promise<Inventory['cacheKinds'][number]> {
  const store = db.transaction('cache').store;
  const anyOfKind = allOfKind(kind);
  const ahead = IDBKeyRange.bound([kind, now], [kind, []], true);
  const [count, encrypted, next, earliest, oldest] = await Promise.all([
    store.index('kindExpiresAt').count(anyOfKind),
    store.index('kindKeyId').count(anyOfKind),
    store.index('kindExpiresAt').openKeyCursor(ahead),
    store.index('kindExpiresAt').openKeyCursor(anyOfKind),
    store.index('kindStoredAt').openKeyCursor(anyOfKind),
  ]);
  return {
    kind,
    count,
    oldest: oldest?.key[1] ?? now,
    nextExpiry: (next ?? earliest)?.key[1] ?? now,
    encrypted,
  };
}
