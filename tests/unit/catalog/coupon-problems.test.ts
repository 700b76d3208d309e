import { describe, expect, it } from 'vitest';
import { downloadBody, instantBody } from '../../../utils/background/coupang/coupons/mapping';
import {
  addMinutes,
  type CouponCreateInput,
  couponProblems,
  kstMinuteOf,
} from '../../../utils/protocol/messages/catalog';

const NOW = '2025-07-16 10:00';
const instant: CouponCreateInput = {
  kind: 'instant',
  contractId: '60',
  name: '여름 10% 즉시할인',
  discountType: 'RATE',
  discount: 10,
  maxDiscount: 5000,
  minimumPrice: 0,
  perDay: 1,
  startAt: '2025-07-16 12:00',
  endAt: '2025-08-15 23:59',
  userId: '',
};
const contract = { start: '2025-01-01 00:00', end: '2025-12-31 23:59' };

describe('coupon checks (coupang-api.md §4.7)', () => {
  it('accepts a valid instant coupon inside its contract', () => {
    expect(couponProblems(instant, NOW, contract)).toEqual([]);
  });

  it('refuses won amounts off 10-won units, rates over 100, a start in the past, an end before the start', () => {
    expect(couponProblems({ ...instant, discountType: 'PRICE', discount: 1_005 }, NOW)).toEqual(['discountUnit']);
    expect(couponProblems({ ...instant, discount: 101 }, NOW)).toEqual(['discountRate']);
    expect(couponProblems({ ...instant, maxDiscount: 5 }, NOW)).toEqual(['maxDiscount']);
    expect(couponProblems({ ...instant, startAt: '2025-07-16 09:59' }, NOW)).toEqual(['startPast']);
    expect(couponProblems({ ...instant, endAt: '2025-07-16 11:00' }, NOW)).toEqual(['period']);
    expect(couponProblems({ ...instant, endAt: '2026-01-02 00:00' }, NOW, contract)).toEqual(['budget']);
    expect(couponProblems({ ...instant, name: 'x'.repeat(46) }, NOW)).toEqual(['name']);
  });

  it('download coupons: start at least an hour ahead, 1–99 %, 1–9,999 a day, the Wing login', () => {
    const download: CouponCreateInput = { ...instant, kind: 'download', perDay: 100, userId: 'wing' };
    expect(couponProblems(download, NOW)).toEqual([]);
    expect(couponProblems({ ...download, startAt: '2025-07-16 10:30' }, NOW)).toEqual(['startPast']);
    expect(couponProblems({ ...download, discount: 100, perDay: 0, userId: '' }, NOW)).toEqual([
      'discountRate',
      'perDay',
      'userId',
    ]);
    // A fixed-amount download coupon has no cap of its own.
    expect(couponProblems({ ...download, discountType: 'PRICE', discount: 2000, maxDiscount: 0 }, NOW)).toEqual([]);
  });

  it('KST minutes are computed without the machine zone, across a date line', () => {
    expect(kstMinuteOf(Date.UTC(2025, 6, 16, 15, 30))).toBe('2025-07-17 00:30');
    expect(addMinutes('2025-12-31 23:30', 60)).toBe('2026-01-01 00:30');
  });

  it('bodies carry Coupang time strings (yyyy-MM-dd HH:mm:ss) and the policy Coupang wants', () => {
    expect(instantBody(instant)).toMatchObject({
      startAt: '2025-07-16 12:00:00',
      endAt: '2025-08-15 23:59:00',
      type: 'RATE',
    });
    const d = downloadBody({
      ...instant,
      kind: 'download',
      discountType: 'PRICE',
      discount: 2000,
      perDay: 50,
      userId: ' wing ',
    });
    expect(d).toMatchObject({ couponType: 'DOWNLOAD', userId: 'wing', startDate: '2025-07-16 12:00:00' });
    expect(d.policies).toEqual([
      expect.objectContaining({
        typeOfDiscount: 'PRICE',
        discount: 2000,
        maximumDiscountPrice: 2000,
        maximumPerDaily: 50,
      }),
    ]);
  });
});
