/**
 * 1688 speaks China time: Date parameters and most date fields are `yyyyMMddHHmmssSSS+0800`,
 * a few (`acceptTime` of trace steps, `gmtPayExpireTime`) are `yyyy-MM-dd HH:mm:ss`.
 * The sandbox keeps instants as epoch milliseconds and formats them at the edge.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function chinaParts(ms: number) {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    y: d.getUTCFullYear(),
    mo: pad(d.getUTCMonth() + 1),
    d: pad(d.getUTCDate()),
    h: pad(d.getUTCHours()),
    mi: pad(d.getUTCMinutes()),
    s: pad(d.getUTCSeconds()),
    ms: pad(d.getUTCMilliseconds(), 3),
  };
}

/** `20180721172608000+0800` */
export function formatAliDate(ms: number): string {
  const p = chinaParts(ms);
  return `${p.y}${p.mo}${p.d}${p.h}${p.mi}${p.s}${p.ms}+0800`;
}

/** `2018-07-21 17:26:08` in China time (trace `acceptTime`). */
export function formatAliDateTime(ms: number): string {
  const p = chinaParts(ms);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`;
}

/**
 * Parses a Date parameter as the gateway accepts it: `yyyyMMddHHmmssSSS` and a `±HHMM` offset
 * (samples show +0800 but also -0700/-0800). Returns undefined for anything else.
 */
export function parseAliDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})([+-])(\d{2})(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms, sign, oh, om] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
  // Date.UTC rolls invalid dates over (month 13, day 32, hour 25); the gateway rejects them.
  const check = new Date(utc);
  if (
    check.getUTCMonth() + 1 !== Number(mo) ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    check.getUTCMinutes() !== Number(mi) ||
    check.getUTCSeconds() !== Number(s)
  ) {
    return undefined;
  }
  const offsetMs = (Number(oh) * 60 + Number(om)) * 60_000 * (sign === '-' ? -1 : 1);
  return utc - offsetMs;
}
