import { afterEach, describe, expect, it } from 'vitest';
import { addDays, kstDate, parseCoupangDateTime, toKstIso } from '../../../utils/background/coupang/api/kst';
import { splitDateRange } from '../../../utils/background/coupang/api/windows';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('KST conversion', () => {
  it('is independent of the machine time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Seoul']) {
      process.env.TZ = tz;
      expect(toKstIso(Date.UTC(2025, 0, 14, 15, 30, 0))).toBe('2025-01-15T00:30:00+09:00');
      expect(parseCoupangDateTime('2025-07-15T10:20:30')).toBe(Date.UTC(2025, 6, 15, 1, 20, 30));
      expect(kstDate(Date.UTC(2025, 11, 31, 15, 0, 0))).toBe('2026-01-01');
    }
  });

  it('parses every documented format', () => {
    const at = Date.UTC(2025, 6, 15, 1, 20, 30);
    expect(parseCoupangDateTime('2025-07-15T10:20:30.123456+09:00')).toBe(at + 123);
    expect(parseCoupangDateTime('2025-07-15T01:20:30Z')).toBe(at);
    expect(parseCoupangDateTime('2025-07-14T18:20:30-07:00')).toBe(at);
    expect(parseCoupangDateTime('2025-07-15 10:20:30')).toBe(at);
    expect(parseCoupangDateTime('2025-07-15')).toBe(Date.UTC(2025, 6, 14, 15));
    expect(parseCoupangDateTime('1752542430000')).toBe(1752542430000);
    expect(parseCoupangDateTime(1752542430000)).toBe(1752542430000);
    expect(parseCoupangDateTime('')).toBeNull();
    expect(parseCoupangDateTime('2025/07/15')).toBeNull();
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('date windows', () => {
  it('splits into inclusive windows of at most N days', () => {
    expect(splitDateRange({ from: '2025-01-01', to: '2025-03-05' }, 31)).toEqual([
      { from: '2025-01-01', to: '2025-01-31' },
      { from: '2025-02-01', to: '2025-03-03' },
      { from: '2025-03-04', to: '2025-03-05' },
    ]);
    expect(splitDateRange({ from: '2025-07-16', to: '2025-07-16' }, 7)).toEqual([
      { from: '2025-07-16', to: '2025-07-16' },
    ]);
    expect(splitDateRange({ from: '2025-07-01', to: '2025-07-14' }, 7)).toHaveLength(2);
  });

  it('rejects reversed or malformed ranges', () => {
    expect(() => splitDateRange({ from: '2025-07-02', to: '2025-07-01' }, 31)).toThrow();
    expect(() => splitDateRange({ from: '2025-02-30', to: '2025-03-01' }, 31)).toThrow();
  });
});
