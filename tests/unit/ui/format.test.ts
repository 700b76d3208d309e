import {
  addDays,
  deadlineState,
  formatCount,
  formatCountdown,
  formatDateTime,
  formatMoney,
  formatRelative,
  formatShortDateTime,
  formatTimeHM,
  formatWon,
  localeTag,
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

// formatMoney and formatRelative write what Intl writes without starting it (see format.ts):
// every case below is compared with Intl itself, whose output Chromium shares with Node.
const LOCALES = ['ko', 'en', 'zh_CN'] as const;

/** Amounts of every length, around every grouping boundary, both signs. */
function amounts(): number[] {
  const out = [0, 1, 5, 9, 10, 99, 100, 101];
  for (let p = 3; p <= 15; p++) {
    const b = 10 ** p;
    out.push(b - 1, b, b + 1, b * 7 + 5, Math.floor(b * 1.234567));
  }
  out.push(Number.MAX_SAFE_INTEGER);
  return [...out, ...out.filter((n) => n > 0).map((n) => -n)];
}

describe('money and relative times as Intl writes them', () => {
  it('formats every amount in both currencies and all three languages exactly as Intl', () => {
    for (const locale of LOCALES) {
      const krw = new Intl.NumberFormat(localeTag(locale), { style: 'currency', currency: 'KRW' });
      const cny = new Intl.NumberFormat(localeTag(locale), { style: 'currency', currency: 'CNY' });
      for (const minor of amounts()) {
        expect(formatMoney({ currency: 'KRW', minor }, locale)).toBe(krw.format(minor));
        // CNY in fen: Intl is exact up to 2^53 / 100 yuan, the integer path beyond (the test above).
        if (Math.abs(minor) < 2 ** 53 / 100)
          expect(formatMoney({ currency: 'CNY', minor }, locale)).toBe(cny.format(minor / 100));
      }
    }
  });

  it('never starts Intl (its first formatter costs a first render 20–50 ms)', () => {
    const saved = { NumberFormat: Intl.NumberFormat, RelativeTimeFormat: Intl.RelativeTimeFormat };
    const refuse = () => {
      throw new Error('Intl used');
    };
    Object.assign(Intl, { NumberFormat: refuse, RelativeTimeFormat: refuse });
    try {
      for (const locale of LOCALES) {
        expect(formatMoney({ currency: 'CNY', minor: -123456 }, locale)).toMatch(/1,234\.56$/);
        expect(formatRelative(Date.now() - 3 * 86_400_000, locale)).not.toBe('');
        expect(formatWon(-1234567.5, locale)).toMatch(/1,234,568$/);
        expect(formatCount(-1234567)).toBe('-1,234,567');
      }
    } finally {
      Object.assign(Intl, saved);
    }
  });

  it('groups whole numbers as toLocaleString does, and writes won from a number of won as Intl', () => {
    for (const locale of LOCALES) {
      const wonFormat = new Intl.NumberFormat(localeTag(locale), {
        style: 'currency',
        currency: 'KRW',
        maximumFractionDigits: 0,
      });
      for (const n of amounts()) {
        expect(formatCount(n)).toBe(n.toLocaleString(localeTag(locale)));
        expect(formatWon(n, locale)).toBe(wonFormat.format(n));
      }
      // Halves round away from zero, as Intl's do.
      for (const n of [0.5, 1.5, 2.5, 1234.5, 999.49, 999.5, -0.5, -2.5, -1234.5, -999.5])
        expect(formatWon(n, locale)).toBe(wonFormat.format(n));
    }
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatWon(-0, 'ko')).toBe('₩0');
  });

  it('writes no minus sign for a zero', () => {
    expect(formatMoney({ currency: 'KRW', minor: -0 }, 'ko')).toBe('₩0');
  });

  it('says every minute, hour and day before and after now as Intl does, named days included', () => {
    const now = Date.UTC(2026, 11, 6, 3, 0);
    for (const locale of LOCALES) {
      const rtf = new Intl.RelativeTimeFormat(localeTag(locale), { numeric: 'auto' });
      const steps = [
        { unit: 'minute', ms: 60_000, values: [1, 2, 3, 11, 21, 44] },
        { unit: 'hour', ms: 3_600_000, values: [1, 2, 3, 11, 21] },
        { unit: 'day', ms: 86_400_000, values: [1, 2, 3, 7, 31, 365, 1234, 20001] },
      ] as const;
      for (const { unit, ms, values } of steps)
        for (const n of values)
          for (const signed of [n, -n])
            expect(formatRelative(now + signed * ms, locale, now)).toBe(rtf.format(signed, unit));
      expect(formatRelative(now + 10_000, locale, now)).toBe(rtf.format(0, 'second'));
    }
    expect(formatRelative(Date.UTC(2026, 11, 6, 2, 59, 30), 'ko', now)).toBe('방금');
  });
});
