import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildInventory } from '@/utils/background/privacy/inventory';
import { closeDb, DB_NAME, deleteDatabase } from '@/utils/background/store/db';
import { recordValueReads } from '../support/idb-reads';

const NOW = 1_780_000_000_000;
const MIN = 60_000;

/** A cache record as the store keeps it; `sealed` ones carry the key id their data is under. */
function record(kind: string, n: number, storedAt: number, expiresAt: number, sealed: boolean) {
  return {
    id: `${kind}:coupang:A1:${n}`,
    kind,
    accountKey: 'coupang:A1',
    entityId: String(n),
    storedAt,
    expiresAt,
    data: sealed ? new Uint8Array([1, 2, 3]) : { name: 'x' },
    ...(sealed ? { keyId: 'k1', iv: new Uint8Array(12) } : {}),
  };
}

const RECORDS = [
  record('order', 1, NOW - 30 * MIN, NOW + 30 * MIN, true),
  record('order', 2, NOW - 50 * MIN, NOW - 5 * MIN, true), // past its time, not yet swept
  record('order', 3, NOW - 10 * MIN, NOW + 50 * MIN, true),
  record('courier', 1, NOW - 90 * MIN, NOW + 900 * MIN, false),
  record('courier', 2, NOW - 20 * MIN, NOW + 600 * MIN, false),
];

/** The database as version 1 built it (before the inventory's indexes), holding RECORDS. */
async function versionOneDatabase(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => {
      const cache = r.result.createObjectStore('cache', { keyPath: 'id' });
      cache.createIndex('accountKey', 'accountKey');
      cache.createIndex('expiresAt', 'expiresAt');
      cache.createIndex('kind', 'kind');
      const outbox = r.result.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('accountKey', 'accountKey');
      outbox.createIndex('state', 'state');
      outbox.createIndex('targetId', 'targetId');
      r.result.createObjectStore('checkpoints', { keyPath: 'id' }).createIndex('accountKey', 'accountKey');
      r.result.createObjectStore('keys', { keyPath: 'id' });
      for (const rec of RECORDS) r.transaction!.objectStore('cache').put(rec);
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  db.close();
}

describe('"What is stored" from the cache indexes', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts each kind, its sealed records, its oldest and next expiry — on a database built before the indexes', async () => {
    await versionOneDatabase();
    await closeDb();
    const inv = await buildInventory(NOW);
    const kinds = Object.fromEntries(inv.cacheKinds.map((k) => [k.kind, k]));
    expect(kinds.order).toEqual({
      kind: 'order',
      count: 3,
      encrypted: 3,
      oldest: NOW - 50 * MIN,
      nextExpiry: NOW + 30 * MIN,
    });
    expect(kinds.courier).toEqual({
      kind: 'courier',
      count: 2,
      encrypted: 0,
      oldest: NOW - 90 * MIN,
      nextExpiry: NOW + 600 * MIN,
    });
    const cache = inv.items.find((i) => i.id === 'cache')!;
    expect(cache.count).toBe(5);
    expect(cache.oldest).toBe(NOW - 90 * MIN);
    expect(cache.nextExpiry).toBe(NOW + 30 * MIN);
  });

  it('reads no cached record, only index keys', async () => {
    await versionOneDatabase();
    await closeDb();
    const reads = recordValueReads();
    const inv = await buildInventory(NOW);
    expect(inv.cacheKinds.map((k) => k.count).sort()).toEqual([2, 3]);
    expect(reads.filter((r) => r.startsWith('cache.'))).toEqual([]);
  });
});
