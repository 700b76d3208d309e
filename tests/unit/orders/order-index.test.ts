import { queryOrders } from '@/utils/background/orders/order-query';
import { OrderStore } from '@/utils/background/orders/order-store';
import { order } from '../coupang/sync-harness';
import { freshStorage } from '../services/alibaba/harness';

const ctx = { labels: new Map<string, string>(), pending: new Map() };
const base = { market: 'coupang' as const, tab: 'all' as const, offset: 0, limit: 1000 };
const STATUSES = ['ACCEPT', 'INSTRUCT', 'DELIVERING', 'FINAL_DELIVERY'];

function orders(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const o = order(
      `1${String(i).padStart(17, '0')}`,
      STATUSES[i % 4],
      `2026-11-${String(1 + (i % 19)).padStart(2, '0')}`,
    );
    return {
      ...o,
      total: { currency: 'KRW' as const, minor: (i * 7919) % 100_000 },
      ...(i % 3 ? { shipBy: `2026-12-0${1 + (i % 5)}T00:00:00+09:00` } : {}),
    };
  });
}

describe('order index for list windows', () => {
  beforeEach(freshStorage);

  it('keeps one index while the orders stay the same, and rebuilds it when they change or one expires', async () => {
    let now = Date.parse('2026-11-20T00:00:00Z');
    const store = new OrderStore(() => now);
    await store.upsertMany('coupang:A1', orders(20), 60_000);
    const first = await store.index();
    expect(await store.index()).toBe(first);
    await store.upsertMany('coupang:A1', orders(1), 120_000);
    const second = await store.index();
    expect(second).not.toBe(first);
    expect(second.items).toHaveLength(20);
    now += 60_000; // all but the re-stored order expire
    const third = await store.index();
    expect(third).not.toBe(second);
    expect(third.items.map((x) => x.order.shipmentId)).toEqual([orders(1)[0].shipmentId]);
  });

  it('a disconnected account’s orders leave the kept index at once', async () => {
    const store = new OrderStore(() => Date.parse('2026-11-20T00:00:00Z'));
    await store.upsertMany('coupang:A1', orders(5), 60_000);
    expect((await store.index()).items).toHaveLength(5);
    store.forgetAccount('coupang:A1');
    expect((await store.index()).items).toHaveLength(0);
  });

  it('answers every sort, direction, tab and filter like a full sort of all orders', () => {
    const all = orders(300);
    for (const sort of ['orderedAt', 'shipBy', 'total'] as const)
      for (const dir of ['asc', 'desc'] as const)
        for (const tab of ['all', 'new', 'inTransit'] as const)
          for (const search of [undefined, '0000000000000001', '텀블러']) {
            const q = { ...base, sort, dir, tab, search, offset: 10, limit: 25 };
            const got = queryOrders(all, q, ctx);
            const keyOf = (o: (typeof all)[number]) =>
              sort === 'total'
                ? o.total.minor
                : sort === 'shipBy'
                  ? o.shipBy
                    ? Date.parse(o.shipBy)
                    : Number.MAX_SAFE_INTEGER
                  : Date.parse(o.orderedAt);
            const sign = dir === 'asc' ? 1 : -1;
            const expected = all
              .filter((o) => !search || o.shipmentId.includes(search) || o.lines[0].productName.includes(search))
              .filter((o) => o.marketplace === 'coupang' && (tab === 'all' || o.workState === tab))
              .sort((a, b) => (keyOf(a) !== keyOf(b) ? (keyOf(a) < keyOf(b) ? -sign : sign) : a.key < b.key ? -1 : 1));
            expect(got.total).toBe(expected.length);
            expect(got.rows.map((r) => r.key)).toEqual(expected.slice(10, 35).map((o) => o.key));
          }
  });
});
