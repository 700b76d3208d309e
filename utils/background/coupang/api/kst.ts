/**
 * Korea time (UTC+9, no DST) without relying on the machine's zone: every conversion adds the
 * fixed offset and reads UTC fields, so a seller's PC set to any zone gives the same strings.
 */

const KST_OFFSET_MS = 9 * 3_600_000;
const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm:ss+09:00` for an instant. */
export function toKstIso(epochMs: number): string {
  const d = new Date(epochMs + KST_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}` +
    `T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}+09:00`
  );
}

/** The KST calendar date `YYYY-MM-DD` of an instant. */
export function kstDate(epochMs: number): string {
  return toKstIso(epochMs).slice(0, 10);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight KST of a `YYYY-MM-DD` date, as epoch ms. */
export function kstDayStart(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - KST_OFFSET_MS;
}

export function isKstDate(value: string): boolean {
  return DATE_RE.test(value) && kstDate(kstDayStart(value)) === value;
}

/** Calendar arithmetic on `YYYY-MM-DD` (no time zone involved). */
export function addDays(date: string, days: number): string {
  return kstDate(kstDayStart(date) + days * 86_400_000);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((kstDayStart(b) - kstDayStart(a)) / 86_400_000);
}

const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses the date formats Coupang uses (§3.3, §5.4) into epoch ms:
 * v5/v6 ISO with an offset (any offset, or Z; up to 9 fraction digits), v4 offset-less
 * `yyyy-MM-ddTHH:mm:ss` and `yyyy-MM-dd HH:mm:ss` (KST implied), date-only (KST midnight), and
 * epoch milliseconds as a number or digit string (RG `paidAt`, return-centre `createdAt`).
 * Returns null for anything else, including empty strings.
 */
export function parseCoupangDateTime(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim();
  if (/^\d{12,14}$/.test(text)) return Number(text);
  const m = DATETIME_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(frac.padEnd(3, '0').slice(0, 3)),
  );
  if (Number.isNaN(wall)) return null;
  let offsetMs = KST_OFFSET_MS;
  if (zone === 'Z') offsetMs = 0;
  else if (zone) {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    offsetMs = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3_600_000 + Number(z[3]) * 60_000);
  }
  return wall - offsetMs;
}

/** Any Coupang date value as a KST ISO string, or undefined when absent or unparsable. */
export function coupangToKstIso(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const ms = parseCoupangDateTime(value);
  return ms === null ? undefined : toKstIso(ms);
}
