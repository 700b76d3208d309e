import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';

/** The one IndexedDB database. Its object stores are declared in registry.ts (area 'idb'). */
export const DB_NAME = 'crossdock';
const DB_VERSION = 2;

export interface CacheRecord {
  /** `${kind}:${accountKey}:${entityId}` */
  id: string;
  kind: string;
  accountKey: string;
  entityId: string;
  storedAt: number;
  expiresAt: number;
  /** When set, `data` is AES-GCM ciphertext under the session cache key with this id. */
  keyId?: string;
  iv?: Uint8Array;
  data: unknown;
  /** Small unencrypted fields views sort and filter on (never PII). */
  index?: Record<string, string | number | boolean | undefined>;
}

export interface OutboxRecord {
  id: string;
  accountKey: string;
  action: string;
  /** The target entity (e.g. shipmentBoxId) so one action per entity is never queued twice. */
  targetId: string;
  payload: unknown;
  state: 'queued' | 'sending' | 'succeeded' | 'failed' | 'unknown';
  attempts: number;
  createdAt: number;
  updatedAt: number;
  result?: OutboxResult;
  /** When the item was last marked `sending`: the settle window of a reconciliation counts from it. */
  sentAt?: number;
  batchId?: string;
}

/**
 * How an outbox item ended, in one vocabulary for every marketplace:
 * - `applied`: the marketplace applied it (its answer, or a reconciliation that found it);
 * - `rejected`: the marketplace refused it; `code`/`message` are the marketplace's own;
 * - `refused`: Crossdock did not send it (not eligible, expired preview…); `code` is ours;
 * - `unknown`: the answer did not prove the outcome; while the item is `sending` it is being
 *   reconciled, in the final `unknown` state reconciliation gave up.
 */
export type OutboxOutcome = 'applied' | 'rejected' | 'refused' | 'unknown';
export interface OutboxResult {
  outcome: OutboxOutcome;
  code?: string;
  message?: string;
  retryable?: boolean;
}

export interface CheckpointRecord {
  id: string;
  accountKey: string;
  job: string;
  state: unknown;
  updatedAt: number;
}

export interface CrossdockDb extends DBSchema {
  cache: {
    key: string;
    value: CacheRecord;
    indexes: {
      accountKey: string;
      expiresAt: number;
      kind: string;
      kindExpiresAt: [string, number];
      kindStoredAt: [string, number];
      kindKeyId: [string, string];
      storedAt: number;
      keyIdStoredAt: [string, number];
    };
  };
  outbox: { key: string; value: OutboxRecord; indexes: { accountKey: string; state: string; targetId: string } };
  checkpoints: { key: string; value: CheckpointRecord; indexes: { accountKey: string } };
  keys: { key: string; value: { id: string; key: CryptoKey } };
}

export type Db = IDBPDatabase<CrossdockDb>;

let dbPromise: Promise<Db> | undefined;

export function getDb(): Promise<Db> {
  dbPromise ??= openDB<CrossdockDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Versioned from day one: each step moves the schema one version forward.
      if (oldVersion < 1) {
        const cache = db.createObjectStore('cache', { keyPath: 'id' });
        cache.createIndex('accountKey', 'accountKey');
        cache.createIndex('expiresAt', 'expiresAt');
        cache.createIndex('kind', 'kind');
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('accountKey', 'accountKey');
        outbox.createIndex('state', 'state');
        outbox.createIndex('targetId', 'targetId');
        db.createObjectStore('checkpoints', { keyPath: 'id' }).createIndex('accountKey', 'accountKey');
        db.createObjectStore('keys', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        // The sweep and "What is stored" answer from index keys alone (store/cache-keys.ts):
        // reading every record's value took ~1 s with 10,000 orders and held the worker ~200 ms
        // while it decoded them, in front of an opening side panel. A record without `keyId`
        // (not sealed) is simply absent from the two indexes that name it.
        const cache = tx.objectStore('cache');
        cache.createIndex('kindExpiresAt', ['kind', 'expiresAt']);
        cache.createIndex('kindStoredAt', ['kind', 'storedAt']);
        cache.createIndex('kindKeyId', ['kind', 'keyId']);
        cache.createIndex('storedAt', 'storedAt');
        cache.createIndex('keyIdStoredAt', ['keyId', 'storedAt']);
      }
    },
    blocking() {
      // Another context wants to delete or upgrade the database: let it.
      void closeDb();
    },
  });
  return dbPromise;
}

/**
 * The database for read-only paths: undefined when it does not exist, so merely looking (an order
 * list, the outbox, the cache) never re-creates it after "delete all".
 */
export async function getDbIfExists(): Promise<Db | undefined> {
  if (dbPromise) return dbPromise;
  return (await databaseExists()) ? getDb() : undefined;
}

/** Whether the database exists, without opening it (opening creates it). */
export async function databaseExists(): Promise<boolean> {
  const dbs = await indexedDB.databases();
  return dbs.some((d) => d.name === DB_NAME);
}

export async function closeDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = undefined;
  if (p) (await p.catch(() => undefined))?.close();
}

export async function deleteDatabase(): Promise<void> {
  await closeDb();
  await deleteDB(DB_NAME);
}
