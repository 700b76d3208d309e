/**
 * 1688 dates. The gateway writes `yyyyMMddHHmmssSSS+0800` (offsets other than +0800 appear in
 * samples too) and some fields `yyyy-MM-dd HH:mm:ss` in China time. Everything here is computed
 * from UTC arithmetic, never from the machine's time zone, so a seller in Seoul and a CI box in UTC
 * get the same instants.
 */
const CHINA_OFFSET_MIN = 8 * 60;
const AOP_DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-])(\d{2})(\d{2})$/;
const CHINA_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

function utcMillis(parts: readonly string[]): number | undefined {
  const [y, mo, d, h, mi, s, ms] = parts.map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC silently rolls over (month 13 → next year); reject instead of inventing a date.
  const back = new Date(t);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return t;
}

/** `yyyyMMddHHmmss[SSS]±HHMM` → epoch ms; undefined when the text is not such a date. */
export function parseAopDate(text: string): number | undefined {
  const m = AOP_DATE.exec(text.trim());
  if (!m) return undefined;
  const local = utcMillis([m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, m[7] ?? '0']);
  if (local === undefined) return undefined;
  const offsetMin = (Number(m[9]) * 60 + Number(m[10])) * (m[8] === '-' ? -1 : 1);
  return local - offsetMin * 60_000;
}

/** `yyyy-MM-dd HH:mm:ss` in China time (trace `acceptTime`, `gmtPayExpireTime`) → epoch ms. */
export function parseChinaDateTime(text: string): number | undefined {
  const m = CHINA_DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const local = utcMillis([m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, '0']);
  return local === undefined ? undefined : local - CHINA_OFFSET_MIN * 60_000;
}

/** Either 1688 date shape → epoch ms. */
export function parseAnyAopDate(text: string): number | undefined {
  return parseAopDate(text) ?? parseChinaDateTime(text);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The China wall clock of an instant, as UTC fields of a shifted Date. */
function chinaWallClock(epochMs: number): Date {
  return new Date(epochMs + CHINA_OFFSET_MIN * 60_000);
}

/** Epoch ms → `yyyyMMddHHmmssSSS+0800`, the format 1688 expects for Date parameters (§2.4). */
export function formatAopDate(epochMs: number): string {
  const w = chinaWallClock(epochMs);
  return (
    `${w.getUTCFullYear()}${pad(w.getUTCMonth() + 1)}${pad(w.getUTCDate())}` +
    `${pad(w.getUTCHours())}${pad(w.getUTCMinutes())}${pad(w.getUTCSeconds())}${pad(w.getUTCMilliseconds(), 3)}+0800`
  );
}

/** Epoch ms → ISO-8601 with `+08:00`, the offset the domain model uses for 1688. */
export function toChinaIso(epochMs: number): string {
  const w = chinaWallClock(epochMs);
  return (
    `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}` +
    `T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}+08:00`
  );
}
