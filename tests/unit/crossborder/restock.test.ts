import { describe, expect, it } from 'vitest';
import { restockLine, salesLast30Days, suggestedQuantity } from '../../../utils/background/crossborder/restock/lines';
import { isOpen, restockStateOf } from '../../../utils/background/crossborder/restock/state';
import type { DomainOrder } from '../../../utils/domain/order';
import type { ProductLink } from '../../../utils/protocol/messages/crossborder';

const NOW = Date.parse('2026-12-04T12:00:00+09:00');
const DAY = 86_400_000;

const order = (itemId: string, quantity: number, daysAgo: number, patch: Partial<DomainOrder> = {}) =>
  ({
    key: `coupang:A1:${itemId}${daysAgo}`,
    marketplace: 'coupang',
    workState: 'toShip',
    orderedAt: new Date(NOW - daysAgo * DAY).toISOString(),
    lines: [{ lineId: '1', itemId, productName: '상품', quantity }],
    ...patch,
  }) as unknown as DomainOrder;

const link: ProductLink = {
  vendorItemId: '100',
  offerId: '700',
  specId: 'abc',
  unitsPerItem: 2,
  mode: 'stock',
  createdAt: 0,
  updatedAt: 0,
};

const inputs = {
  options: new Map([['100', { productName: '머그컵', itemName: '화이트', stock: 10 }]]),
  rg: new Map<string, { stock: number; sales30: number }>(),
  sales30: new Map([['100', 60]]),
  onOrder: new Map([['100', 5]]),
  names: new Map(),
  sourcingOffers: new Set(['700']),
  unitCostFen: () => 1234,
  coverDays: 30,
};

describe('salesLast30Days', () => {
  it('counts Coupang units of the last 30 days, cancelled orders and older orders left out', () => {
    const sales = salesLast30Days(
      [
        order('100', 2, 1),
        order('100', 3, 29),
        order('100', 7, 31),
        order('100', 4, 2, { workState: 'cancelled' }),
        order('200', 1, 3),
        order('100', 9, 1, { marketplace: 'alibaba' }),
      ],
      NOW,
    );
    expect(Object.fromEntries(sales)).toEqual({ '100': 5, '200': 1 });
  });
});

describe('suggestedQuantity', () => {
  it.each([
    // stock, sales30, onOrder, coverDays → units
    [10, 60, 0, 30, 50],
    [10, 60, 5, 30, 45],
    [10, 60, 0, 15, 20],
    [100, 60, 0, 30, 0],
    [10, 0, 0, 30, 0],
    [-3, 31, 0, 30, 31],
    [0, 1, 0, 10, 1],
  ])('stock %i, sold %i, on order %i, %i days → %i', (stock, sales, onOrder, days, want) => {
    expect(suggestedQuantity(stock, sales, onOrder, days)).toBe(want);
  });
});

describe('restockLine', () => {
  it('seller-shipped option: seller stock and the synced orders’ pace', () => {
    const l = restockLine(link, inputs);
    expect(l).toMatchObject({
      vendorItemId: '100',
      productName: '머그컵',
      optionName: '화이트',
      sellerStock: 10,
      sales30: 60,
      daysOfCover: 5,
      onOrder: 5,
      suggested: 45,
      unitCostFen: 1234,
      onSourcingList: true,
    });
    expect(l.rg).toBeUndefined();
  });

  it('Rocket Growth option: RG stock and Coupang’s 30-day count decide cover and suggestion', () => {
    const l = restockLine(link, { ...inputs, rg: new Map([['100', { stock: 30, sales30: 90 }]]), onOrder: new Map() });
    expect(l).toMatchObject({ sellerStock: 10, rg: { stock: 30, sales30: 90 }, daysOfCover: 10, suggested: 60 });
  });

  it('before the products list was read: no stock, no days of cover, names from synced orders', () => {
    const l = restockLine(link, {
      ...inputs,
      options: new Map(),
      names: new Map([['100', { productName: '주문 속 이름' }]]),
    });
    expect(l.sellerStock).toBeUndefined();
    expect(l.daysOfCover).toBeUndefined();
    expect(l.productName).toBe('주문 속 이름');
  });
});

describe('restockStateOf', () => {
  const p = {};
  it.each([
    [{ receivedAt: 1 }, { order: { marketStatus: 'waitbuyerreceive', workState: 'inTransit' } }, 'received'],
    [p, { order: { marketStatus: 'cancel', workState: 'cancelled' } }, 'closed'],
    [p, { order: { marketStatus: 'signinsuccess', workState: 'delivered' } }, 'signedFor'],
    [p, { order: { marketStatus: 'waitbuyerpay', workState: 'other' } }, 'toPay'],
    [p, { order: { marketStatus: 'waitsellersend', workState: 'new' } }, 'paid'],
    [p, { order: { marketStatus: 'waitbuyerreceive', workState: 'inTransit' } }, 'shipped'],
    [{ alibabaOrderId: '5' }, {}, 'toPay'],
    [p, { createState: 'succeeded' }, 'toPay'],
    [p, { createState: 'unknown' }, 'creating'],
    [p, { createState: 'queued' }, 'creating'],
    [p, { createState: 'failed' }, 'failed'],
    [p, {}, 'failed'],
  ] as const)('%o + %o → %s', (purchase, facts, want) => {
    expect(restockStateOf(purchase, facts as never)).toBe(want);
  });

  it('open purchases count as on order until received, closed or failed', () => {
    expect(isOpen('toPay')).toBe(true);
    expect(isOpen('signedFor')).toBe(true);
    expect(isOpen('received')).toBe(false);
    expect(isOpen('closed')).toBe(false);
  });
});
