import { describe, expect, it } from 'vitest';
import { checkTrackingNumber, findCourier } from '../../../utils/background/coupang/api/couriers';

describe('courier lookup', () => {
  it('accepts codes case-insensitively', () => {
    expect(findCourier('cjgls')?.code).toBe('CJGLS');
    expect(findCourier(' EPOST ')?.code).toBe('EPOST');
  });

  it('HYUNDAI is Lotte, KGB is Logen — by code, Korean and English name', () => {
    expect(findCourier('HYUNDAI')?.nameKo).toBe('롯데택배');
    expect(findCourier('롯데택배')?.code).toBe('HYUNDAI');
    expect(findCourier('lotte')?.code).toBe('HYUNDAI');
    expect(findCourier('로젠택배')?.code).toBe('KGB');
    expect(findCourier('Logen')?.code).toBe('KGB');
  });

  it('matches names regardless of spaces', () => {
    expect(findCourier('CJ 대한통운')?.code).toBe('CJGLS');
    expect(findCourier('cj대한통운')?.code).toBe('CJGLS');
    expect(findCourier('우체국 택배')?.code).toBe('EPOST');
  });

  it('returns undefined for unknown couriers', () => {
    expect(findCourier('KOREX')).toBeUndefined();
    expect(findCourier('')).toBeUndefined();
  });
});

describe('tracking numbers', () => {
  it('applies the documented per-courier lengths', () => {
    const cj = findCourier('CJGLS');
    expect(checkTrackingNumber(cj, '1234567890')).toEqual({ ok: true, value: '1234567890' });
    expect(checkTrackingNumber(cj, '123456789012')).toEqual({ ok: true, value: '123456789012' });
    expect(checkTrackingNumber(cj, '12345678901')).toEqual({ ok: false, expected: 'digits:10|12' });
    expect(checkTrackingNumber(findCourier('EPOST'), '1234567890123').ok).toBe(true);
    expect(checkTrackingNumber(findCourier('KDEXP'), '12345678').ok).toBe(true);
    expect(checkTrackingNumber(findCourier('KDEXP'), '1234567').ok).toBe(false);
  });

  it('strips spaces and hyphens, rejects letters for digit-only couriers', () => {
    expect(checkTrackingNumber(findCourier('HANJIN'), '1234-5678-9012')).toEqual({ ok: true, value: '123456789012' });
    expect(checkTrackingNumber(findCourier('HANJIN'), '12345678901A').ok).toBe(false);
  });

  it('uses 8–20 letters/digits when the format is unknown', () => {
    expect(checkTrackingNumber(findCourier('DHL'), 'ee123456789kr')).toEqual({ ok: true, value: 'EE123456789KR' });
    expect(checkTrackingNumber(undefined, '1234567')).toEqual({ ok: false, expected: 'alnum:8-20' });
    expect(checkTrackingNumber(undefined, 'A'.repeat(21)).ok).toBe(false);
  });
});
