/**
 * Korea time (KST, UTC+9, no daylight saving) formatting and parsing, in the exact shapes the
 * Coupang API writes and reads. Every function takes and returns epoch milliseconds.
 */
export const KST_OFFSET_MS = 9 * 3600_000;
export const DAY_MS = 24 * 3600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock fields of an instant in KST (read from a shifted UTC date). */
function kst(ms: number) {
  const d = new Date(ms + KST_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    millis: d.getUTCMilliseconds(),
  };
}

/** v5/v6 style: `2025-01-15T14:17:13.973885+09:00` (microseconds; the last three digits come from `microSalt`). */
export function isoKstMicros(ms: number, microSalt = 0): string {
  const { date, time, millis } = kst(ms);
  return `${date}T${time}.${pad(millis, 3)}${pad(Math.abs(microSalt) % 1000, 3)}+09:00`;
}

/** v4 style: `2025-01-15T14:17:13`, KST implied, no offset. */
export function localKst(ms: number): string {
  const { date, time } = kst(ms);
  return `${date}T${time}`;
}

/** `2025-01-15 14:17:13`, used by coupons and confirm dates. */
export function spacedKst(ms: number): string {
  const { date, time } = kst(ms);
  return `${date} ${time}`;
}

/** `2025-01-15` (the KST calendar day). */
export function kstDate(ms: number): string {
  return kst(ms).date;
}

/** `yyyy/MM/dd`, the outbound place `createDate` shape. */
export function kstSlashDate(ms: number): string {
  return kstDate(ms).replaceAll('-', '/');
}

/** Start of the KST day containing `ms`. */
export function kstMidnight(ms: number): number {
  return Math.floor((ms + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcFromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  // Rejects 2025-02-30 and friends instead of silently rolling over.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

/** `yyyy-MM-dd` as KST midnight, or null when malformed. */
export function parseKstDate(text: string | undefined): number | null {
  const m = text ? DATE_RE.exec(text) : null;
  if (!m) return null;
  const utc = utcFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return utc === null ? null : utc - KST_OFFSET_MS;
}

/** `yyyyMMdd` (Rocket Growth) as KST midnight. */
export function parseCompactKstDate(text: string | undefined): number | null {
  if (!text || !/^\d{8}$/.test(text)) return null;
  return parseKstDate(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
}

function offsetMs(sign: string, hh: string, mm: string): number {
  return (sign === '-' ? -1 : 1) * (Number(hh) * 3600_000 + Number(mm) * 60_000);
}

/**
 * v5 ordersheet day parameter: `yyyy-MM-dd+09:00` (decoded from `%2B09:00`). The offset is
 * required; a `+` sent raw arrives as a space and does not parse, as on the real gateway.
 */
export function parseDateWithOffset(text: string | undefined): number | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})([+-])(\d{2}):(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const utc = utcFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return utc === null ? null : utc - offsetMs(m[4], m[5], m[6]);
}

/** v5 minute parameter: `yyyy-MM-ddTHH:mm+09:00`. */
export function parseMinuteWithOffset(text: string | undefined): number | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const utc = utcFromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  return utc === null ? null : utc - offsetMs(m[6], m[7], m[8]);
}

/** v4 / returns minute parameter: `yyyy-MM-ddTHH:mm` (KST) — also accepts seconds (`:ss`). */
export function parseKstMinute(text: string | undefined): number | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text) : null;
  if (!m) return null;
  const utc = utcFromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return utc === null ? null : utc - KST_OFFSET_MS;
}

/** `yyyy-MM-dd HH:mm:ss` (coupons) in KST. */
export function parseSpacedKst(text: string | undefined): number | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const utc = utcFromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return utc === null ? null : utc - KST_OFFSET_MS;
}

/** Whole days between two instants (window limits are counted in days). */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / DAY_MS;
}
