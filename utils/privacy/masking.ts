import type { Recipient } from '../domain/order';
import { formatKoreanPhone } from './phone';

/**
 * The one masking module every view uses (compliance C9): personal data is masked by default and
 * shown only after a deliberate, per-order, time-limited reveal. Masks keep enough to recognize a
 * value (first character of a name, last digits of a phone) and nothing more.
 */
const STAR = '*';

/** 김철수 → 김*수, 王小明 → 王*明, Kim → K**, 이영 → 이*. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return STAR;
  if (chars.length === 2) return `${chars[0]}${STAR}`;
  if (/^[\p{Script=Hangul}\p{Script=Han}]+$/u.test(name.trim())) {
    return `${chars[0]}${STAR.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  }
  return `${chars[0]}${STAR.repeat(Math.min(chars.length - 1, 6))}`;
}

/**
 * 0502-1234-5678 → 0502-****-5678; 010-1234-5678 → 010-****-5678; 13812345678 → 138****5678;
 * +86 138 1234 5678 → +86 138 **** 5678. Keeps the country code, the prefix (area code, mobile or
 * safe-number prefix) and the last four digits; keeps separators. A number with the Korean country
 * code is first written the Korean way (+8250212345678 → 0502-****-5678): only the country code
 * says a bare number is Korean (Beijing's 010-12345678 looks like a Korean mobile), so bare digits
 * are formatted where the marketplace is known (the Coupang mapping), not here.
 */
export function maskPhone(raw: string): string {
  const phone = /^\s*(\+|00)\s*82/.test(raw) ? formatKoreanPhone(raw) : raw;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return STAR.repeat(phone.length);
  const cc = countryCodeLength(phone, digits);
  const national = digits.slice(cc);
  const groups = phone
    .replace(/^\s*(?:\+|00)/, '')
    .replace(cc ? new RegExp(`^(\\D*\\d){${cc - (/^\s*00/.test(phone) ? 2 : 0)}}`) : /^/, '')
    .split(/\D+/)
    .filter(Boolean);
  let prefix = 3;
  const firstGroup = groups[0] ?? '';
  if (groups.length >= 2 && firstGroup.length <= 4 && firstGroup.length < national.length - 4)
    prefix = firstGroup.length;
  else if (national.startsWith('02')) prefix = 2;
  else if (/^050\d/.test(national) && national.length >= 12) prefix = 4;
  let head = cc + prefix;
  // Always hide at least three digits (a short local number keeps only its last four).
  if (digits.length - 4 - head < 3) head = Math.max(0, digits.length - 7);
  let seen = 0;
  return phone.replace(/\d/g, (d) => {
    const i = seen++;
    return i >= head && i < digits.length - 4 ? STAR : d;
  });
}

/** Digits of a leading country code (`+82`, `+86`, `+852`, `+1`, `0082`…); 0 when there is none. */
function countryCodeLength(phone: string, digits: string): number {
  const m = /^\s*(\+|00)/.exec(phone);
  if (!m) return 0;
  const rest = m[1] === '00' ? digits.slice(2) : digits;
  const len = /^(85[23]|886)/.test(rest) ? 3 : rest.startsWith('1') ? 1 : 2;
  return (m[1] === '00' ? 2 : 0) + len;
}

/**
 * Keeps the region, hides the rest: 서울특별시 강남구 테헤란로 123 → 서울특별시 강남구 ***;
 * 浙江省杭州市余杭区文一西路969号 → 浙江省杭州市***. Never keeps a word or character run with a
 * digit in it (house numbers, "123 Main Street").
 */
export function maskAddress(address: string): string {
  const trimmed = address.trim();
  if (!trimmed) return '';
  const words = trimmed.split(/\s+/);
  const kept: string[] = [];
  for (const w of words.slice(0, 2)) {
    if (/\d/.test(w)) break;
    kept.push(w);
  }
  if (words.length > 1 && kept.length > 0)
    return `${kept.slice(0, Math.min(kept.length, words.length - 1)).join(' ')} ${STAR.repeat(3)}`;
  const chars = [...trimmed];
  const prefix: string[] = [];
  for (const c of chars.slice(0, Math.min(6, chars.length - 3))) {
    if (/[\d\s]/.test(c)) break;
    prefix.push(c);
  }
  return prefix.length >= 2 ? `${prefix.join('')}${STAR.repeat(3)}` : STAR.repeat(3);
}

export function maskPostcode(postcode: string): string {
  const t = postcode.trim();
  return t.length <= 2 ? STAR.repeat(t.length) : `${t.slice(0, 2)}${STAR.repeat(t.length - 2)}`;
}

/** P123456789012 → P*********012 */
export function maskCustomsCode(code: string): string {
  const t = code.trim();
  if (t.length <= 4) return STAR.repeat(t.length);
  return `${t[0]}${STAR.repeat(t.length - 4)}${t.slice(-3)}`;
}

/** Free text written by a buyer (delivery memo, inquiry): hidden entirely until revealed. */
export function maskFreeText(text: string | undefined): string | undefined {
  if (!text) return text;
  return `${STAR.repeat(Math.min([...text].length, 8))}`;
}

/** Anything shaped like the domain recipient (the wire view too). */
export type RecipientLike = Recipient;

export function maskRecipient<T extends RecipientLike>(r: T): T {
  return {
    ...r,
    name: maskName(r.name),
    phone: maskPhone(r.phone),
    postcode: maskPostcode(r.postcode),
    address: maskAddress(r.address),
    addressDetail: r.addressDetail ? STAR.repeat(3) : '',
    customsCode: r.customsCode ? maskCustomsCode(r.customsCode) : r.customsCode,
    memo: maskFreeText(r.memo),
  };
}
