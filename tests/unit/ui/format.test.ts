import {
  addDays,
  deadlineState,
  formatCountdown,
  formatDateTime,
  formatMoney,
  formatShortDateTime,
  formatTimeHM,
  parseInstant,
  todayInZone,
} from '@/utils/ui/format';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Seoul', 'Asia/Kolkata', 'Pacific/Kiritimati'];

function inEachZone(fn: () => void) {
  const saved = process.env.TZ;
  try {
    for (const tz of ZONES) {
      process.env.TZ = tz;
      fn();
    }
  } finally {
    process.env.TZ = saved;
  }
}

describe('dates in the marketplace zone, whatever zone this machine is in', () => {
  it('shows Coupang times in KST and 1688 times in +08:00', () => {
    inEachZone(() => {
      expect(formatDateTime('2025-01-14T16:30:00Z', 'KST')).toBe('2025-01-15 01:30');
      expect(formatDateTime('2025-01-14T16:30:00Z', 'CST')).toBe('2025-01-15 00:30');
      expect(formatDateTime('2025-01-15T09:05:07+09:00', 'KST', true)).toBe('2025-01-15 09:05:07');
      expect(formatTimeHM(Date.UTC(2025, 0, 14, 23, 59), 'KST')).toBe('08:59');
      expect(todayInZone('KST', Date.UTC(2025, 11, 31, 15, 0))).toBe('2026-01-01');
      expect(todayInZone('CST', Date.UTC(2025, 11, 31, 15, 0))).toBe('2025-12-31');
    });
  });

  it('reads offset-less Coupang datetimes as KST wall clock, not machine time', () => {
    inEachZone(() => {
      expect(parseInstant('2025-01-15T10:00:00', 'KST')).toBe(Date.UTC(2025, 0, 15, 1, 0));
      expect(parseInstant('2025-01-15 10:00:00', 'KST')).toBe(Date.UTC(2025, 0, 15, 1, 0));
      expect(parseInstant('2025-01-15', 'CST')).toBe(Date.UTC(2025, 0, 14, 16, 0));
      expect(formatDateTime('2025-01-15T10:00:00', 'KST')).toBe('2025-01-15 10:00');
    });
  });

  it('drops the year in dense rows only when it is the current one', () => {
    const now = Date.UTC(2025, 5, 1);
    expect(formatShortDateTime('2025-01-15T10:00:00+09:00', 'KST', now)).toBe('01-15 10:00');
    expect(formatShortDateTime('2024-12-31T23:30:00+09:00', 'KST', now)).toBe('2024-12-31 23:30');
  });

  it('leaves unparseable values as they are', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime(undefined)).toBe('');
    expect(parseInstant('')).toBeUndefined();
  });

  it('does calendar arithmetic on yyyy-mm-dd', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('classifies shipping deadlines', () => {
    const now = Date.UTC(2025, 0, 15, 0, 0);
    expect(deadlineState('2025-01-15T08:00:00+09:00', 24, now)).toBe('overdue');
    expect(deadlineState('2025-01-15T20:00:00+09:00', 24, now)).toBe('dueSoon');
    expect(deadlineState('2025-01-17T20:00:00+09:00', 24, now)).toBe('ok');
    expect(deadlineState(undefined, 24, now)).toBeUndefined();
  });

  it('counts down in m:ss, never negative', () => {
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('money', () => {
  it('formats KRW without decimals and CNY with two in every UI language', () => {
    const krw = { currency: 'KRW', minor: 1234500 } as const;
    const cny = { currency: 'CNY', minor: 1234505 } as const;
    expect(formatMoney(krw, 'ko')).toMatch(/^₩1,234,500$/);
    expect(formatMoney(krw, 'en')).toMatch(/1,234,500$/);
    expect(formatMoney(krw, 'en')).not.toMatch(/\./);
    expect(formatMoney(cny, 'zh_CN')).toMatch(/¥12,345\.05$/);
    expect(formatMoney(cny, 'en')).toMatch(/12,345\.05$/);
    expect(formatMoney(cny, 'ko')).toMatch(/12,345\.05$/);
  });

  it('is exact for large and negative amounts', () => {
    expect(formatMoney({ currency: 'CNY', minor: 900719925474099 }, 'en')).toMatch(/9,007,199,254,740\.99$/);
    expect(formatMoney({ currency: 'CNY', minor: -5 }, 'en')).toMatch(/^-.*0\.05$/);
    expect(formatMoney({ currency: 'CNY', minor: 7 }, 'zh_CN')).toMatch(/0\.07$/);
    expect(formatMoney(undefined, 'en')).toBe('');
  });
});
