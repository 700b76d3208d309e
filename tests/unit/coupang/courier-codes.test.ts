import { describe, expect, it } from 'vitest';
import { invoiceProblem, isKnownCourier } from '../../../sandbox/coupang/orders/couriers';
import {
  COURIERS,
  checkTrackingNumber,
  courierByCode,
  courierName,
  findCourier,
} from '../../../utils/background/coupang/api/couriers';
import { COUPANG_COURIER_CODES } from '../../../utils/domain/coupang-couriers';

/** The full courier table (issue 15): one list, the extension and the sandbox agree on it. */
describe('Coupang courier codes', () => {
  const active = COUPANG_COURIER_CODES.filter((c) => !c.defunct);
  const defunct = COUPANG_COURIER_CODES.filter((c) => c.defunct);

  it('is the whole article: ~190 live codes, each once, each with a Korean name', () => {
    expect(active.length).toBeGreaterThanOrEqual(185);
    expect(new Set(COUPANG_COURIER_CODES.map((c) => c.code)).size).toBe(COUPANG_COURIER_CODES.length);
    for (const c of COUPANG_COURIER_CODES) {
      expect(c.code).toMatch(/^[A-Z0-9_]+$/);
      expect(c.nameKo.trim()).not.toBe('');
    }
  });

  it('the extension offers every live code and no struck-through one', () => {
    expect(COURIERS.map((c) => c.code)).toEqual(active.map((c) => c.code));
    for (const c of defunct) expect(courierByCode(c.code)).toBeUndefined();
    expect(courierName('KOREX')).toBe('대한통운[합병]');
  });

  it('keeps the documented formats and legacy names of the common couriers', () => {
    expect(courierByCode('HYUNDAI')?.nameKo).toBe('롯데택배');
    expect(courierByCode('KGB')?.nameKo).toBe('로젠택배');
    expect(checkTrackingNumber(courierByCode('EPOST'), '123456789012').ok).toBe(false);
    expect(findCourier('두발히어로(4시간당일택배)')?.code).toBe('CHAINLOGIS');
    expect(findCourier('현대글로비스')?.code).toBe('GLOVIS');
  });

  it('a courier without a published format gets the generic rule', () => {
    expect(checkTrackingNumber(courierByCode('GLOVIS'), '12345678')).toEqual({ ok: true, value: '12345678' });
    expect(checkTrackingNumber(courierByCode('GLOVIS'), '1234567')).toEqual({ ok: false, expected: 'alnum:8-20' });
  });

  it('the sandbox accepts exactly the live codes', () => {
    for (const c of active) expect(isKnownCourier(c.code)).toBe(true);
    for (const c of defunct) expect(isKnownCourier(c.code)).toBe(false);
    expect(invoiceProblem('GLOVIS', 'AB12345678')).toBeNull();
    expect(invoiceProblem('KOREX', '1234567890')).toMatch(/invalid delivery company code/);
    expect(invoiceProblem('CJGLS', '12345')).toMatch(/형식/);
  });
});
