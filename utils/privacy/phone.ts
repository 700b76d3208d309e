/**
 * Korean telephone numbers written the way a Korean seller reads them: 010-1234-5678,
 * 0505-3269-0325, 02-123-4567, 031-123-4567, 1588-1234. Coupang's API gives the safe number in
 * E.164 (`+8250532690325`) or bare digits; Wing and every courier label write it hyphenated with
 * a leading 0, so the panel, the helpers and the reveal do too.
 *
 * Anything that is not a Korean number (a Chinese mobile from 1688, a short or odd string) comes
 * back unchanged: a wrong guess would be worse than the raw value.
 */

/** Safe (virtual) numbers 0502–0508: four-digit prefix. */
const SAFE_PREFIX = /^050[2-8]/;
/** Nationwide service numbers (대표번호): 1588-1234, 1600-1234, 1899-1234. */
const SERVICE = /^1[5-9]\d{6}$/;

/** The national digits (leading 0) of a Korean number, or undefined when it is not one. */
export function koreanDigits(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!/^[\d\s()+.-]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');
  if (/^\s*(\+|00)/.test(trimmed)) {
    const rest = trimmed.startsWith('+') ? digits : digits.slice(2);
    if (!rest.startsWith('82')) return undefined;
    digits = rest.slice(2);
    // +82 (0)10-…: some systems keep the trunk 0 after the country code.
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  if (SERVICE.test(digits)) return digits;
  if (!digits.startsWith('0') || digits.length < 9 || digits.length > 12) return undefined;
  return digits;
}

/** Splits national digits into Korean groups: area/prefix – exchange – last four. */
function group(d: string): string | undefined {
  if (SERVICE.test(d)) return `${d.slice(0, 4)}-${d.slice(4)}`;
  const prefixLength = d.startsWith('02') ? 2 : SAFE_PREFIX.test(d) ? 4 : 3;
  const middle = d.length - prefixLength - 4;
  if (middle < 3 || middle > 4) return undefined;
  return `${d.slice(0, prefixLength)}-${d.slice(prefixLength, prefixLength + middle)}-${d.slice(-4)}`;
}

/** `+8250532690325` → `0505-3269-0325`; `01012345678` → `010-1234-5678`; others unchanged. */
export function formatKoreanPhone(raw: string): string {
  const digits = koreanDigits(raw);
  if (!digits) return raw;
  return group(digits) ?? raw;
}
