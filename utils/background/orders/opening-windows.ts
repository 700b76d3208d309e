import type { IDBPDatabase } from 'idb';
import { accountKeyOf } from '../../domain/keys';
import type { DomainOrder } from '../../domain/order';
import type { OrderRow, OrderTab } from '../../protocol/messages/orders';
import { MARKET_TABS } from '../../ui/order-state';
import { cacheId, cacheOpenMany } from '../store/cache';
import { DESCRIBING_RECORD } from '../store/cache-keys';
import { type CacheTtlSettings, cachedKind } from '../store/cached-kind';
import { type CrossdockDb, getDbIfExists } from '../store/db';
import type { OrderIndex } from './order-index';
import { type OrderQuery, type RowContext, toRow } from './order-query';
import { ORDER_KIND, type OrderStore } from './order-store';

/**
 * The list the side panel opens with (entrypoints/sidepanel/orders/prefetched-windows.ts,
 * OPENING_QUERY and WINDOW_SIZE; a unit test keeps the two equal): every tab of it is kept.
 */
export const OPENING_LIST = { market: 'coupang', sort: 'orderedAt', dir: 'desc', size: 50 } as const;

/** Not one account's: the opening list spans every connected one. */
const { accountKey: ACCOUNT, entityId: ENTITY } = DESCRIBING_RECORD;

/**
 * Which order records each tab of the opening list shows first, and the tab counts: ids and
 * numbers, no order data (the rows are read from the orders' own sealed records when served).
 */
export interface OpeningWindowsRecord {
  market: string;
  sort: string;
  dir: string;
  tabs: Array<{ tab: string; total: number; ids: string[] }>;
  counts: Array<{ tab: string; count: number }>;
  /**
   * Every order as the popup's summary counts it (state, role and ship-by; no personal data), so a
   * woken worker answers the popup without reading every order either.
   */
  digests: OrderDigest[];
  /** The first expiry among all orders then held: after it, the lists may have changed. */
  validUntil: number;
  /** The latest time an order record had been stored when this was kept, and how many then. */
  lastStoredAt: number;
  lastStoredRecords: number;
}

/** What the popup's summary and the badge count an order by. */
export type OrderDigest = Pick<DomainOrder, 'marketplace' | 'accountId' | 'role' | 'workState' | 'marketStatus'> & {
  shipBy?: string;
};

export const digestOf = (o: DomainOrder): OrderDigest => ({
  marketplace: o.marketplace,
  accountId: o.accountId,
  role: o.role,
  workState: o.workState,
  marketStatus: o.marketStatus,
  ...(o.shipBy ? { shipBy: o.shipBy } : {}),
});

/**
 * Every order as the badge and the popup's summary count it. A woken worker holds none yet: the
 * digests kept beside the opening lists answer while they still describe the cache, instead of
 * reading and decrypting every order first (~1.3 s at 10,000 orders, on every wake).
 */
export async function countedOrders(
  orders: Pick<OrderStore, 'all' | 'isLoaded'>,
  windows: Pick<OpeningWindows, 'digests'>,
): Promise<OrderDigest[]> {
  const kept = orders.isLoaded() ? undefined : await windows.digests();
  return kept ?? orders.all();
}

/** What a window served from the kept record needs from the order store. */
export interface OpeningWindowsSource {
  /** The live orders indexed, with the version they were indexed at and their first expiry. */
  keptIndex(): Promise<{ index: OrderIndex; version: number; validUntil: number }>;
  /** Bumped on every change to the held set; `writing`: order writes still on their way. */
  stamp(): { version: number; writing: number };
}

export interface ServedWindow {
  total: number;
  counts: Partial<Record<OrderTab, number>>;
  rows: OrderRow[];
  nextExpiryAt: number;
}

const kept = cachedKind<OpeningWindowsRecord>('order.openingWindows');

/**
 * The latest time an order record was stored, and how many were stored at that time (a page of
 * orders shares one): index keys only, whatever the cache holds.
 */
async function lastOrderWrite(db: IDBPDatabase<CrossdockDb>): Promise<{ at: number; records: number }> {
  const index = db.transaction('cache', 'readonly').store.index('kindStoredAt');
  const last = await index.openKeyCursor(
    IDBKeyRange.bound([ORDER_KIND, Number.NEGATIVE_INFINITY], [ORDER_KIND, Number.POSITIVE_INFINITY]),
    'prev',
  );
  if (!last) return { at: 0, records: 0 };
  const at = last.key[1] as number;
  return { at, records: await index.count(IDBKeyRange.only([ORDER_KIND, at])) };
}

/** How many order records are live now (counted from index keys; it reads them all, so not on a wake). */
async function liveOrderRecords(db: IDBPDatabase<CrossdockDb>, now: number): Promise<number> {
  return db.countFromIndex(
    'cache',
    'kindExpiresAt',
    IDBKeyRange.bound([ORDER_KIND, now], [ORDER_KIND, Number.POSITIVE_INFINITY], true),
  );
}

/**
 * The side panel's opening list, answered after a worker wake without reading every order.
 *
 * The worker holds the orders decrypted in memory, but a woken worker has to read them first: all
 * of them, because the list is sorted and counted over all. With 10,000 orders that read took
 * about 1.3 s (13 MB of sealed records from IndexedDB, then 10,000 decryptions), and a seller who
 * opens the panel after half a minute away always meets a woken worker. So, once the orders are
 * indexed, the worker keeps which records the opening list's tabs show first and the tab counts;
 * a woken worker reads and decrypts just those ~50 records.
 *
 * A kept record is used only while it still describes the cache: no order record stored after it
 * was kept, none deleted (a deletion deletes it too, in the same transaction: store/cache-keys.ts),
 * and no order past its expiry. Otherwise the full read answers. After serving from it,
 * the full read runs anyway and the views hear of a change if the kept lists were wrong after all.
 */
export class OpeningWindows {
  /**
   * What the last record this worker kept was made from. Keeping runs on every warm-up (each side
   * panel open, each settled sync), and rewriting an unchanged record cost the worker an encrypted
   * ~1.1 MB write at 10,000 orders, in the middle of the opening panel's first render.
   */
  private lastKept: { index: OrderIndex; version: number; at: number; records: number } | undefined;

  constructor(
    private readonly source: OpeningWindowsSource,
    private readonly now: () => number,
    private readonly ttl: () => Promise<CacheTtlSettings>,
  ) {}

  /** Keeps the opening lists of the orders as indexed now (nothing while orders are being written). */
  async keep(): Promise<boolean> {
    if (this.source.stamp().writing > 0) return false;
    const { index, version, validUntil } = await this.source.keptIndex();
    const db = await getDbIfExists();
    if (!db) return false;
    const last = await lastOrderWrite(db);
    // The same index, unchanged, over the same order records (none stored since): the kept record
    // already says this, and was checked against the live count when it was written. The store
    // builds a new index once an order reaches its time (keptIndex) and on a wipe or a sweep, so
    // those are counted again; a deletion deletes the record with it (store/cache-keys.ts).
    // Checked before counting: every side panel open keeps again, and counting the live order
    // records reads all their index keys (~90–200 ms of the browser's IndexedDB work at 10,000
    // orders, beside the panel's first render).
    const was = this.lastKept;
    if (was && was.index === index && was.version === version && was.at === last.at && was.records === last.records) {
      return true;
    }
    const live = await liveOrderRecords(db, this.now());
    // Read after an order write landed, with lists from before it, these would look current: the
    // write is either still marked as on its way or has bumped the version by now. And the lists
    // must hold every live order record (none written behind this store's back, none deleted or
    // expired).
    const after = this.source.stamp();
    if (after.writing > 0 || after.version !== version || live !== index.items.length) return false;
    const made = { index, version, at: last.at, records: last.records };
    const { market, sort, dir, size } = OPENING_LIST;
    const tabs = MARKET_TABS[market].map((tab) => {
      const rows = index.inTab(market, tab, sort, dir);
      return {
        tab,
        total: rows.length,
        ids: rows.slice(0, size).map((x) => cacheId(ORDER_KIND, accountKeyOf(x.order), x.order.shipmentId)),
      };
    });
    const counts = Object.entries(index.counts(market)).map(([tab, count]) => ({ tab, count: count ?? 0 }));
    const digests = index.items.map((x) => digestOf(x.order));
    const value: OpeningWindowsRecord = {
      market,
      sort,
      dir,
      tabs,
      counts,
      digests,
      validUntil,
      lastStoredAt: last.at,
      lastStoredRecords: last.records,
    };
    await kept.put(ACCOUNT, ENTITY, value, { now: this.now(), ttl: await this.ttl() });
    this.lastKept = made;
    return true;
  }

  /** The kept record, if it still describes the cache. */
  private async current(now: number): Promise<OpeningWindowsRecord | undefined> {
    const lists = await kept.get(ACCOUNT, ENTITY, now);
    if (!lists || now >= lists.validUntil) return undefined;
    // Deleting an order record deletes the kept lists with it (store/cache-keys.ts); a record stored
    // since is newer than they are, or one more of the same millisecond.
    const db = await getDbIfExists();
    if (!db) return undefined;
    const last = await lastOrderWrite(db);
    if (last.at !== lists.lastStoredAt || last.records !== lists.lastStoredRecords) return undefined;
    return lists;
  }

  /** Every order as the popup counts it, from the kept record, if it still describes the cache. */
  async digests(): Promise<OrderDigest[] | undefined> {
    return (await this.current(this.now()))?.digests;
  }

  /** The window `q` asks for, from the kept record, if it answers it and still describes the cache. */
  async serve(q: OrderQuery, ctx: RowContext): Promise<ServedWindow | undefined> {
    const { market, sort, dir } = OPENING_LIST;
    const filtered = Boolean(q.accountKeys?.length || q.from || q.to || q.search?.trim());
    if (filtered || q.offset !== 0 || q.market !== market || q.sort !== sort || q.dir !== dir) return undefined;
    const now = this.now();
    const lists = await this.current(now);
    if (!lists) return undefined;
    const tab = lists.tabs.find((t) => t.tab === q.tab);
    if (!tab || (q.limit > tab.ids.length && tab.total > tab.ids.length)) return undefined;
    const orders = await cacheOpenMany<DomainOrder>(tab.ids.slice(0, q.limit), now);
    if (orders.some((o) => o === undefined)) return undefined;
    return {
      total: tab.total,
      counts: Object.fromEntries(lists.counts.map((c) => [c.tab, c.count])) as Partial<Record<OrderTab, number>>,
      rows: (orders as DomainOrder[]).map((o) => toRow(o, ctx)),
      nextExpiryAt: lists.validUntil,
    };
  }
}
