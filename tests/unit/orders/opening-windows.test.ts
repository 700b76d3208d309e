import { OPENING_QUERY, WINDOW_SIZE } from '@/entrypoints/sidepanel/orders/prefetched-windows';
import { orderHandlers } from '@/utils/background/handlers/orders';
import { popupHandlers } from '@/utils/background/handlers/popup';
import { OPENING_LIST, OpeningWindows, type OpeningWindowsRecord } from '@/utils/background/orders/opening-windows';
import { type OrderQuery, queryOrders } from '@/utils/background/orders/order-query';
import { ORDER_KIND, OrderStore } from '@/utils/background/orders/order-store';
import { cacheDelete, cacheDropOverAge, cacheGet, cacheList, cachePut } from '@/utils/background/store/cache';
import { DESCRIBING_RECORD } from '@/utils/background/store/cache-keys';
import { wipe } from '@/utils/background/store/wipe';
import { MARKET_TABS } from '@/utils/ui/order-state';
import { ACCOUNT, order } from '../coupang/sync-harness';
import { freshStorage, makeCore } from '../services/alibaba/harness';

/** Where the kept lists live: the record describing all orders (registry `describesAll`). */
const KEPT = DESCRIBING_RECORD;

const ctx = { labels: new Map<string, string>(), pending: new Map() };
const TTL = { piiTtlMinutes: 60, referenceTtlHours: 24 };
const STATUSES = ['ACCEPT', 'INSTRUCT', 'DELIVERING', 'FINAL_DELIVERY', 'DEPARTURE'];
const opening = { market: 'coupang', sort: 'orderedAt', dir: 'desc', offset: 0, limit: WINDOW_SIZE } as const;

function orders(n: number, from = 0) {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return order(
      `1${String(i).padStart(17, '0')}`,
      STATUSES[i % STATUSES.length],
      `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
  });
}

describe('opening windows: the side panel’s opening list after a worker wake', () => {
  let now: number;
  const clock = () => now;
  /** A worker: its own order store (nothing read yet) over the one database. */
  const worker = () => {
    const store = new OrderStore(clock);
    return { store, windows: new OpeningWindows(store, clock, async () => TTL) };
  };

  beforeEach(async () => {
    await freshStorage();
    // The store's first read drops records past their time by the real clock: start from it.
    now = Date.now();
  });

  it('keeps the list the side panel opens with', () => {
    expect(OPENING_QUERY).toEqual({
      market: OPENING_LIST.market,
      tab: 'new',
      sort: OPENING_LIST.sort,
      dir: OPENING_LIST.dir,
    });
    expect(WINDOW_SIZE).toBe(OPENING_LIST.size);
  });

  it('a woken worker answers every tab of the opening list as the full read does, without reading every order', async () => {
    const before = worker();
    await before.store.upsertMany(ACCOUNT, orders(450), 3_600_000);
    expect(await before.windows.keep()).toBe(true);

    const woken = worker();
    for (const tab of MARKET_TABS.coupang) {
      const served = await woken.windows.serve({ ...opening, tab }, ctx);
      expect(served, tab).toBeDefined();
      expect(woken.store.isLoaded()).toBe(false);
      const full = queryOrders(await before.store.index(), { ...opening, tab }, ctx);
      expect(served?.rows, tab).toEqual(full.rows);
      expect(served?.total, tab).toBe(full.total);
      expect(served?.counts, tab).toEqual(full.counts);
    }
    // A smaller window of the same list, too.
    const ten = await woken.windows.serve({ ...opening, tab: 'all', limit: 10 }, ctx);
    expect(ten?.rows.map((r) => r.key)).toEqual(
      queryOrders(await before.store.index(), { ...opening, tab: 'all', limit: 10 }, ctx).rows.map((r) => r.key),
    );
  });

  it('answers nothing but the opening list: no filter, no later window, no other order or market', async () => {
    const before = worker();
    await before.store.upsertMany(ACCOUNT, orders(150), 3_600_000);
    await before.windows.keep();
    const { windows } = worker();
    for (const q of [
      { ...opening, tab: 'all', search: '1000' },
      { ...opening, tab: 'all', accountKeys: [ACCOUNT] },
      { ...opening, tab: 'all', from: '2026-11-02' },
      { ...opening, tab: 'all', offset: 100 },
      { ...opening, tab: 'all', limit: 200 },
      { ...opening, tab: 'all', sort: 'shipBy' },
      { ...opening, tab: 'all', dir: 'asc' },
      { ...opening, market: 'alibaba', tab: 'all' },
    ] as OrderQuery[])
      expect(await windows.serve(q, ctx), JSON.stringify(q)).toBeUndefined();
    expect(await windows.serve({ ...opening, tab: 'all' }, ctx)).toBeDefined();
  });

  it('is not used once the cache changed: an order stored or deleted since, or one past its time', async () => {
    const before = worker();
    await before.store.upsertMany(ACCOUNT, orders(120), 3_600_000);
    await before.windows.keep();

    // Another order stored since (a sync page) → the full read answers.
    now += 1_000;
    await worker().store.upsertMany(ACCOUNT, orders(1, 500), 3_600_000);
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeUndefined();
    // A worker that does not hold that order keeps no lists (they would look current).
    expect(await before.windows.keep()).toBe(false);
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeUndefined();
    // Kept from a full read, they are.
    await worker().windows.keep();
    expect((await worker().windows.serve({ ...opening, tab: 'all' }, ctx))?.total).toBe(121);

    // One deleted (the sweep, a disconnected account).
    await cacheDelete(ORDER_KIND, ACCOUNT, orders(1, 500)[0].shipmentId);
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeUndefined();
    await worker().windows.keep();
    expect((await worker().windows.serve({ ...opening, tab: 'all' }, ctx))?.total).toBe(120);

    // Records stored longer than a shortened limit allows (the seller lowered it).
    await cacheDropOverAge(now + 10_000, { sealedMs: 5_000, otherMs: 3_600_000 });
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeUndefined();
    const kept = await cacheGet('order.openingWindows', KEPT.accountKey, KEPT.entityId, now);
    expect(kept).toBeUndefined();
  });

  it('goes with a disconnected account’s orders', async () => {
    await worker().store.upsertMany(ACCOUNT, orders(30), 3_600_000);
    await worker().windows.keep();
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeDefined();
    await wipe('disconnect', ACCOUNT);
    expect(await cacheGet('order.openingWindows', KEPT.accountKey, KEPT.entityId, now)).toBeUndefined();
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeUndefined();
  });

  it('goes with the sealed records when the browser restarted (their key is gone)', async () => {
    await worker().store.upsertMany(ACCOUNT, orders(30), 3_600_000);
    await worker().windows.keep();
    await wipe('browserRestart');
    expect(await cacheGet('order.openingWindows', KEPT.accountKey, KEPT.entityId, now)).toBeUndefined();
  });

  it('is not used once the first order’s time ends', async () => {
    await worker().store.upsertMany(ACCOUNT, orders(30), 3_600_000);
    await worker().windows.keep();
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeDefined();
    now += 3_600_000;
    expect(await worker().windows.serve({ ...opening, tab: 'all' }, ctx)).toBeUndefined();
  });

  it('writes the record again only when what it was made from changed', async () => {
    const { store, windows } = worker();
    await store.upsertMany(ACCOUNT, orders(60), 3_600_000);
    const storedAt = async () =>
      (await cacheList<OpeningWindowsRecord>('order.openingWindows', undefined, now))[0]?.storedAt;
    expect(await windows.keep()).toBe(true);
    const first = await storedAt();
    expect(first).toBe(now);
    // Each side panel open keeps again: unchanged, the record is not written again.
    now += 1_000;
    expect(await windows.keep()).toBe(true);
    expect(await storedAt()).toBe(first);
    // A sync page changed the orders: written again, and it answers with the new order.
    now += 1_000;
    await store.upsertMany(ACCOUNT, orders(1, 500), 3_600_000);
    expect(await windows.keep()).toBe(true);
    expect(await storedAt()).toBe(now);
    expect((await worker().windows.serve({ ...opening, tab: 'all' }, ctx))?.total).toBe(61);
  });

  it('keeping again with nothing changed does not count every order record', async () => {
    const { store, windows } = worker();
    await store.upsertMany(ACCOUNT, orders(60), 3_600_000);
    // Which indexes keep() counts over: the live-record count reads every order's index key (at
    // 10,000 orders, ~90–200 ms of IndexedDB work beside each opening side panel's first render).
    const counted: string[] = [];
    const count = IDBIndex.prototype.count;
    const spy = vi.spyOn(IDBIndex.prototype, 'count').mockImplementation(function (this: IDBIndex, query) {
      counted.push(this.name);
      return count.call(this, query);
    });
    try {
      expect(await windows.keep()).toBe(true);
      expect(counted).toContain('kindExpiresAt');
      counted.length = 0;
      now += 1_000;
      expect(await windows.keep()).toBe(true);
      expect(counted).not.toContain('kindExpiresAt');
      // Changed orders are counted again before they are kept.
      await store.upsertMany(ACCOUNT, orders(1, 500), 3_600_000);
      expect(await windows.keep()).toBe(true);
      expect(counted).toContain('kindExpiresAt');
    } finally {
      spy.mockRestore();
    }
    expect((await worker().windows.serve({ ...opening, tab: 'all' }, ctx))?.total).toBe(61);
  });

  it('keeps nothing while an order write is on its way', async () => {
    const { store, windows } = worker();
    await store.upsertMany(ACCOUNT, orders(50), 3_600_000);
    const writing = store.upsertMany(ACCOUNT, orders(50, 50), 3_600_000);
    expect(await windows.keep()).toBe(false);
    await writing;
    expect(await windows.keep()).toBe(true);
    const served = await worker().windows.serve({ ...opening, tab: 'all' }, ctx);
    expect(served?.total).toBe(100);
  });

  it('keeps nothing when a write landed between indexing and reading the cache’s counts', async () => {
    const { store, windows } = worker();
    await store.upsertMany(ACCOUNT, orders(50), 3_600_000);
    await store.index();
    // The write starts after keep() has checked for writes on their way and read the index.
    const keeping = windows.keep();
    const writing = store.upsertMany(ACCOUNT, orders(50, 50), 3_600_000);
    expect(await keeping).toBe(false);
    await writing;
  });

  describe('orders.query on a woken worker', () => {
    const connected = async (core: ReturnType<typeof makeCore>) =>
      core.accounts.upsert({
        accountKey: ACCOUNT,
        marketplace: 'coupang',
        accountId: 'A1',
        label: 'Demo',
        mode: 'apiKey',
        maskedKey: 'x',
        connectedAt: 1,
        status: 'ok',
      });
    const query = (core: ReturnType<typeof makeCore>, tab: 'new' | 'all') =>
      orderHandlers(core)['orders.query']({ ...opening, tab }, { kind: 'extension-page' } as never) as Promise<{
        rows: Array<{ key: string }>;
        total: number;
      }>;

    it('answers the opening list from the kept lists, then reads every order and stays quiet when they agree', async () => {
      const before = makeCore(fetch, clock);
      await connected(before);
      await before.orders.upsertMany(ACCOUNT, orders(200), 3_600_000);
      await before.openingWindows.keep();

      const woken = makeCore(fetch, clock);
      let announced = 0;
      woken.orders.onChange(() => announced++);
      const reply = await query(woken, 'all');
      expect(reply.total).toBe(200);
      expect(woken.orders.isLoaded()).toBe(false);
      await vi.waitFor(() => expect(woken.orders.isLoaded()).toBe(true));
      await new Promise((r) => setTimeout(r, 50));
      expect(announced).toBe(0);
      expect(reply.rows.map((r) => r.key)).toEqual((await query(woken, 'all')).rows.map((r) => r.key));
    });

    it('tells the views to ask again when the full read lists the window otherwise', async () => {
      const before = makeCore(fetch, clock);
      await connected(before);
      await before.orders.upsertMany(ACCOUNT, orders(200), 3_600_000);
      await before.openingWindows.keep();
      // Lists that look current but are wrong (as if an order had changed tab behind their back).
      const kept = (await cacheGet<OpeningWindowsRecord>('order.openingWindows', KEPT.accountKey, KEPT.entityId, now))!;
      const all = kept.tabs.find((t) => t.tab === 'all')!;
      all.ids = [...all.ids].reverse();
      await cachePut({ kind: 'order.openingWindows', ...KEPT, pii: true, ttlMs: 3_600_000, now }, kept);

      const woken = makeCore(fetch, clock);
      let announced = 0;
      woken.orders.onChange(() => announced++);
      await query(woken, 'all');
      await vi.waitFor(() => expect(announced).toBe(1));
      // …and what it asks then is the full read's answer.
      const full = queryOrders(await before.orders.index(), { ...opening, tab: 'all' }, ctx);
      expect((await query(woken, 'all')).rows.map((r) => r.key)).toEqual(full.rows.map((r) => r.key));
    });

    it('answers the popup’s summary from the kept digests, with the counts of the full read', async () => {
      const before = makeCore(fetch, clock);
      await connected(before);
      // Ship-by times around now: some overdue, some due today, some later.
      const soon = orders(240).map((o, i) => ({
        ...o,
        shipBy: new Date(now + (i % 3) * 6 * 3_600_000 - 3_600_000).toISOString().replace('Z', '+00:00'),
      }));
      await before.orders.upsertMany(ACCOUNT, soon, 3_600_000);
      await before.openingWindows.keep();
      const summary = (core: ReturnType<typeof makeCore>) =>
        popupHandlers(core)['popup.summary']({}, { kind: 'extension-page' } as never);
      const full = await summary(before);

      const woken = makeCore(fetch, clock);
      const kept = await summary(woken);
      expect(woken.orders.isLoaded()).toBe(false);
      expect(kept.accounts).toEqual(full.accounts);
      expect(kept.badge).toEqual(full.badge);
      expect(full.accounts[0].overdue + full.accounts[0].dueToday).toBeGreaterThan(0);

      // Once an order record is stored behind them, the summary reads every order again.
      await woken.orders.upsertMany(ACCOUNT, orders(1, 900), 3_600_000);
      const third = makeCore(fetch, clock);
      await summary(third);
      expect(third.orders.isLoaded()).toBe(true);
    });
  });
});
