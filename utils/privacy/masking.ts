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

/** 0502-1234-5678 → 0502-****-5678; 13812345678 → 138****5678. Keeps separators. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return STAR.repeat(phone.length);
  const keepHead = digits.length >= 11 ? 3 : 2;
  let seen = 0;
  const maskFrom = keepHead + (digits.length >= 12 ? 1 : 0);
  const maskTo = digits.length - 4;
  return phone.replace(/\d/g, (d) => {
    const i = seen++;
    return i >= maskFrom && i < maskTo ? STAR : d;
  });
}

/** Keeps the region (first two words), hides the rest: 서울특별시 강남구 테헤란로 123 → 서울특별시 강남구 ***. */
export function maskAddress(address: string): string {
  const words = address.trim().split(/\s+/);
  if (words.length <= 2) {
    const chars = [...address.trim()];
    return chars.length <= 6 ? STAR.repeat(3) : `${chars.slice(0, 6).join('')}${STAR.repeat(3)}`;
  }
  return `${words.slice(0, 2).join(' ')} ${STAR.repeat(3)}`;
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

export interface RecipientLike {
  name: string;
  phone: string;
  postcode: string;
  address: string;
  addressDetail: string;
  customsCode?: string;
  memo?: string;
}

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
