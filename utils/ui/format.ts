import { type Currency, MINOR_DIGITS, type Money } from '@/utils/domain/money';
import type { Locale } from '@/utils/i18n';

/**
 * Display formatting for extension pages. Marketplace times are shown in the marketplace's own
 * zone (Coupang KST +09:00, 1688 China +08:00), whatever zone this computer is set to: a seller
 * in Seoul and one on a laptop still set to UTC see the same deadline. Neither zone has daylight
 * saving, so a fixed offset is exact and needs no time-zone database.
 */
export type MarketZone = 'KST' | 'CST';

const OFFSET_MINUTES: Record<MarketZone, number> = { KST: 9 * 60, CST: 8 * 60 };
const OFFSET_SUFFIX: Record<MarketZone, string> = { KST: '+09:00', CST: '+08:00' };

export function zoneOf(marketplace: string | undefined): MarketZone {
  return marketplace === 'alibaba' ? 'CST' : 'KST';
}

export function localeTag(locale: Locale): string {
  return locale === 'ko' ? 'ko-KR' : locale === 'zh_CN' ? 'zh-CN' : 'en-US';
}

/**
 * Epoch ms of an ISO-8601 date-time. A value without an offset is the marketplace's wall clock
 * (Coupang documents offset-less datetimes as KST), so it gets the zone's offset, not this
 * computer's.
 */
export function parseInstant(value: string | number | undefined, zone: MarketZone = 'KST'): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  let text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text = `${text}T00:00:00`;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text))
    text = `${text.replace(' ', 'T')}${OFFSET_SUFFIX[zone]}`;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsIn(epochMs: number, zone: MarketZone): Parts {
  const d = new Date(epochMs + OFFSET_MINUTES[zone] * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** `2025-01-15 10:02` in the zone (numbers only: the same in every language). */
export function formatDateTime(value: string | number | undefined, zone: MarketZone = 'KST', seconds = false): string {
  const ms = parseInstant(value, zone);
  if (ms === undefined) return typeof value === 'string' ? value : '';
  const p = partsIn(ms, zone);
  return `${p.year}-${p2(p.month)}-${p2(p.day)} ${p2(p.hour)}:${p2(p.minute)}${seconds ? `:${p2(p.second)}` : ''}`;
}

/** `01-15 10:02` — dense rows; the year is added when it is not the current one. */
export function formatShortDateTime(
  value: string | number | undefined,
  zone: MarketZone = 'KST',
  now = Date.now(),
): string {
  const ms = parseInstant(value, zone);
  if (ms === undefined) return typeof value === 'string' ? value : '';
  const p = partsIn(ms, zone);
  const year = partsIn(now, zone).year === p.year ? '' : `${p.year}-`;
  return `${year}${p2(p.month)}-${p2(p.day)} ${p2(p.hour)}:${p2(p.minute)}`;
}

/** `10:02` in the zone. */
export function formatTimeHM(value: string | number | undefined, zone: MarketZone = 'KST'): string {
  const ms = parseInstant(value, zone);
  if (ms === undefined) return '';
  const p = partsIn(ms, zone);
  return `${p2(p.hour)}:${p2(p.minute)}`;
}

/** `yyyy-mm-dd` of an instant in the zone. */
export function dateInZone(epochMs: number, zone: MarketZone = 'KST'): string {
  const p = partsIn(epochMs, zone);
  return `${p.year}-${p2(p.month)}-${p2(p.day)}`;
}

export function todayInZone(zone: MarketZone = 'KST', now = Date.now()): string {
  return dateInZone(now, zone);
}

/** Calendar arithmetic on `yyyy-mm-dd` (no zone involved). */
export function addDays(ymd: string, days: number): string {
  const [y = 0, m = 1, d = 1] = ymd.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
}

/*
 * Money, counts and relative times are written out here, not with Intl, for the two currencies and
 * three languages Crossdock shows. A page's first Intl formatter starts ICU: 20–50 ms on the reference
 * machine, spent inside the side panel's first render after every browser start (its rows show
 * prices, its toolbar the last sync). The text equals Intl's character for character: the tests
 * (tests/unit/ui/format.test.ts) compare every case with Intl, whose output Chromium and Node share.
 */

/** Intl's currency signs: `₩` everywhere; the yuan is `¥` in Chinese and `CN¥` otherwise. */
const CURRENCY_SIGN: Record<Currency, Record<Locale, string>> = {
  KRW: { ko: '₩', en: '₩', zh_CN: '₩' },
  CNY: { ko: 'CN¥', en: 'CN¥', zh_CN: '¥' },
};

/** `1234567` → `1,234,567` (all three languages group by thousands with a comma). */
function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A whole number with its thousands grouped, `12,345`: what `toLocaleString()` writes in all three
 * languages (no Intl, see above). Anything but an integer goes to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return `${n < 0 ? '-' : ''}${grouped(Math.abs(n))}`;
}

/** Money as Intl writes it: KRW without decimals, CNY with two. Exact for any safe integer amount. */
export function formatMoney(m: Money | undefined, locale: Locale): string {
  if (!m) return '';
  const digits = MINOR_DIGITS[m.currency];
  // Integer arithmetic on the minor units, so large amounts never meet float rounding.
  const scale = 10 ** digits;
  const abs = Math.abs(m.minor);
  const whole = grouped(Math.floor(abs / scale));
  const fraction = digits === 0 ? '' : `.${String(abs % scale).padStart(digits, '0')}`;
  return `${m.minor < 0 ? '-' : ''}${CURRENCY_SIGN[m.currency][locale]}${whole}${fraction}`;
}

/** Whole won from a number of won, as Intl writes it: halves round away from zero; -0 is `₩0`. */
export function formatWon(won: number, locale: Locale): string {
  return formatMoney({ currency: 'KRW', minor: Math.sign(won) * Math.round(Math.abs(won)) }, locale);
}

type RelativeUnit = 'minute' | 'hour' | 'day';

/** "n units ago" / "in n units" in each language (n ≥ 1; en picks singular or plural). */
const RELATIVE: Record<Locale, (n: number, unit: RelativeUnit, past: boolean) => string> = {
  ko: (n, unit, past) => `${grouped(n)}${{ minute: '분', hour: '시간', day: '일' }[unit]} ${past ? '전' : '후'}`,
  en: (n, unit, past) => {
    const words = `${grouped(n)} ${unit}${n === 1 ? '' : 's'}`;
    return past ? `${words} ago` : `in ${words}`;
  },
  zh_CN: (n, unit, past) => `${grouped(n)}${{ minute: '分钟', hour: '小时', day: '天' }[unit]}${past ? '前' : '后'}`,
};

/** The days Intl names (`numeric: 'auto'`): the day before yesterday … the day after tomorrow. */
const NAMED_DAYS: Record<Locale, Partial<Record<number, string>>> = {
  ko: { [-2]: '그저께', [-1]: '어제', 1: '내일', 2: '모레' },
  en: { [-1]: 'yesterday', 1: 'tomorrow' },
  zh_CN: { [-2]: '前天', [-1]: '昨天', 1: '明天', 2: '后天' },
};

// Intl says "지금" / "现在" / "now" for this moment, which after a verb reads as a command ("지금
// 동기화" = "Sync now"): something that happened moments ago is "방금" / "刚刚" / "just now".
const JUST_NOW: Record<Locale, string> = { ko: '방금', en: 'just now', zh_CN: '刚刚' };
const NOW: Record<Locale, string> = { ko: '지금', en: 'now', zh_CN: '现在' };

function relative(n: number, unit: RelativeUnit, locale: Locale): string {
  if (unit === 'day') {
    const named = NAMED_DAYS[locale][n];
    if (named) return named;
  }
  return RELATIVE[locale](Math.abs(n), unit, n < 0);
}

/** "3 minutes ago", "in 2 hours" in the UI language. */
export function formatRelative(epochMs: number, locale: Locale, now = Date.now()): string {
  const diff = epochMs - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return diff <= 0 ? JUST_NOW[locale] : NOW[locale];
  if (abs < 45 * 60_000) return relative(Math.round(diff / 60_000), 'minute', locale);
  if (abs < 22 * 3_600_000) return relative(Math.round(diff / 3_600_000), 'hour', locale);
  return relative(Math.round(diff / 86_400_000), 'day', locale);
}

/** `1:05` for a countdown (never negative). */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${p2(s % 60)}`;
}

export type DeadlineState = 'overdue' | 'dueSoon' | 'ok';

/** Where a shipping deadline stands: overdue (red), due within `dueSoonHours` (highlighted), or fine. */
export function deadlineState(
  shipBy: string | undefined,
  dueSoonHours: number,
  now = Date.now(),
  zone: MarketZone = 'KST',
): DeadlineState | undefined {
  const at = parseInstant(shipBy, zone);
  if (at === undefined) return undefined;
  if (at < now) return 'overdue';
  if (at - now <= dueSoonHours * 3_600_000) return 'dueSoon';
  return 'ok';
}
