import { describe, expect, it } from 'vitest';
import { sameDayOthers } from '../../../utils/background/crossborder/profit/same-day';
import type { DomainOrder } from '../../../utils/domain/order';

function order(key: string, orderedAt: string, recipient: Partial<DomainOrder['recipient']>): DomainOrder {
  return {
    key,
    marketplace: 'coupang',
    accountId: 'A1',
    role: 'seller',
    orderId: key,
    shipmentId: key,
    marketStatus: 'ACCEPT',
    workState: 'new',
    orderedAt,
    lines: [],
    total: { currency: 'KRW', minor: 0 },
    recipient: {
      name: '김철수',
      phone: '',
      postcode: '06236',
      address: '서울 강남구',
      addressDetail: '1층',
      ...recipient,
    },
    shipping: {},
    timeline: [],
  };
}

describe('sameDayOthers', () => {
  it('adds up one customer’s other orders of the same KST day, by customs code or else by name and address', () => {
    const orders = [
      order('1', '2026-12-04T09:00:00+09:00', { customsCode: 'P123456789012' }),
      // Same code, another name: the same person for customs.
      order('2', '2026-12-04T23:30:00+09:00', { customsCode: 'P123456789012', name: '김철' }),
      // 00:30 KST on the 5th is the 4th in UTC: another KST day.
      order('3', '2026-12-05T00:30:00+09:00', { customsCode: 'P123456789012' }),
      // No valid code: matched by name and address.
      order('4', '2026-12-04T10:00:00+09:00', { customsCode: 'P1' }),
      order('5', '2026-12-04T11:00:00+09:00', {}),
    ];
    const values = new Map([
      ['1', 8_000],
      ['2', 9_000],
      ['3', 20_000],
      ['4', 1_000],
      ['5', 2_000],
    ]);
    const others = sameDayOthers(orders, values);
    expect(others.get('1')).toBe(9_000);
    expect(others.get('2')).toBe(8_000);
    expect(others.get('3')).toBe(0);
    expect(others.get('4')).toBe(2_000);
    expect(others.get('5')).toBe(1_000);
  });

  it('leaves out orders whose value is not known', () => {
    const orders = [order('1', '2026-12-04T09:00:00+09:00', {}), order('2', '2026-12-04T10:00:00+09:00', {})];
    expect(sameDayOthers(orders, new Map([['1', 5_000]])).get('1')).toBe(0);
  });
});
