import { queryOrders } from '@/utils/background/orders/order-query';
import type { DomainOrder } from '@/utils/domain/order';

function order(i: number, patch: Partial<DomainOrder> = {}): DomainOrder {
  const shipmentId = `6425389710064${String(i).padStart(5, '0')}`;
  return {
    key: `coupang:A1:${shipmentId}`,
    marketplace: 'coupang',
    accountId: 'A1',
    role: 'seller',
    orderId: `2000000${i}`,
    shipmentId,
    marketStatus: 'ACCEPT',
    workState: 'new',
    orderedAt: `2026-11-${String(10 + (i % 10)).padStart(2, '0')}T10:00:00+09:00`,
    lines: [
      {
        lineId: '1',
        productName: i % 2 ? '무선 이어폰' : '텀블러',
        quantity: 1,
        unitPrice: { currency: 'KRW', minor: 1000 * i },
      },
    ],
    total: { currency: 'KRW', minor: 1000 * i },
    recipient: {
      name: '김철수',
      phone: '0502-1234-5678',
      postcode: '06236',
      address: '서울 강남구 테헤란로 1',
      addressDetail: '101호',
    },
    shipping: {},
    timeline: [],
    ...patch,
  };
}

const ctx = { labels: new Map([['coupang:A1', 'Main shop']]), pending: new Map() };
const base = {
  market: 'coupang' as const,
  tab: 'all' as const,
  sort: 'orderedAt' as const,
  dir: 'desc' as const,
  offset: 0,
  limit: 100,
};

describe('order query', () => {
  const orders = [
    ...Array.from({ length: 10 }, (_, i) => order(i)),
    order(20, { workState: 'toShip', marketStatus: 'INSTRUCT' }),
    order(21, { workState: 'cancelRequested' }),
  ];

  it('counts per tab and filters by tab', () => {
    const r = queryOrders(orders, { ...base, tab: 'toShip' }, ctx);
    expect(r.counts).toMatchObject({ all: 12, new: 10, toShip: 1, cancelRequested: 1, inTransit: 0 });
    expect(r.rows.map((x) => x.orderId)).toEqual(['200000020']);
  });

  it('searches ids, product names and the full recipient name, but rows carry masked names', () => {
    expect(queryOrders(orders, { ...base, search: '이어폰' }, ctx).total).toBe(6);
    expect(queryOrders(orders, { ...base, search: '200000021' }, ctx).total).toBe(1);
    const byName = queryOrders(orders, { ...base, search: '철수' }, ctx);
    expect(byName.total).toBe(12);
    expect(byName.rows[0].recipientName).toBe('김*수');
    expect(JSON.stringify(byName.rows)).not.toContain('김철수');
    expect(JSON.stringify(byName.rows)).not.toContain('0502');
  });

  it('filters by KST calendar date and sorts by total', () => {
    const r = queryOrders(orders, { ...base, from: '2026-11-12', to: '2026-11-13', sort: 'total', dir: 'asc' }, ctx);
    expect(r.rows.map((x) => x.total.minor)).toEqual([2000, 3000]);
  });

  it('pages with offset and limit over a stable order', () => {
    const all = queryOrders(orders, base, ctx).rows.map((r) => r.key);
    const p1 = queryOrders(orders, { ...base, limit: 5 }, ctx).rows.map((r) => r.key);
    const p2 = queryOrders(orders, { ...base, offset: 5, limit: 5 }, ctx).rows.map((r) => r.key);
    expect([...p1, ...p2]).toEqual(all.slice(0, 10));
  });
});

describe('each marketplace has its own tabs', () => {
  const ali = (i: number, marketStatus: string, workState: DomainOrder['workState']) =>
    order(i, { key: `alibaba:m1:${3000 + i}`, marketplace: 'alibaba', accountId: 'm1', marketStatus, workState });
  const orders = [
    order(1),
    order(2, { marketStatus: 'DEPARTURE', workState: 'awaitingPickup' }),
    order(3, { marketStatus: 'DELIVERING', workState: 'inTransit' }),
    ali(4, 'waitsellersend', 'new'),
    ali(5, 'waitbuyerreceive', 'inTransit'),
    ali(6, 'success', 'delivered'),
    ali(7, 'waitsellersend', 'cancelRequested'),
    ali(8, 'cancel', 'cancelled'),
  ];

  it('배송지시 (DEPARTURE) is its own Coupang tab, apart from 배송중', () => {
    const r = queryOrders(orders, { ...base, tab: 'awaitingPickup' }, ctx);
    expect(r.rows.map((x) => x.orderId)).toEqual(['20000002']);
    expect(r.counts).toEqual({
      all: 3,
      new: 1,
      toShip: 0,
      awaitingPickup: 1,
      inTransit: 1,
      delivered: 0,
      cancelRequested: 0,
    });
  });

  it('1688 orders are counted and listed under 1688 stages, never in a Coupang tab', () => {
    const r = queryOrders(orders, { ...base, market: 'alibaba', tab: 'awaitingDispatch' }, ctx);
    expect(r.rows.map((x) => x.orderId)).toEqual(['20000004']);
    expect(r.counts).toEqual({
      all: 5,
      awaitingPayment: 0,
      awaitingDispatch: 1,
      shipped: 1,
      received: 0,
      completed: 1,
      closed: 1,
      refunding: 1,
    });
    const coupangNew = queryOrders(orders, { ...base, tab: 'new' }, ctx);
    expect(coupangNew.rows.every((x) => x.marketplace === 'coupang')).toBe(true);
    // Filtered queries count the same way.
    const searched = queryOrders(orders, { ...base, market: 'alibaba', tab: 'refunding', search: '2000000' }, ctx);
    expect(searched.rows.map((x) => x.orderId)).toEqual(['20000007']);
    expect(searched.counts.new).toBeUndefined();
  });
});
