import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * Parses marketplace JSON without losing digits: an integer too large for a double (Coupang's
 * 18-digit shipmentBoxId, 1688 order ids) becomes its decimal string; every other number is a
 * plain number. `JSON.parse` would silently round such ids. After this parser, ids are strings.
 */
export function parseLosslessJson(text: string): unknown {
  return parse(text, null, (digits: string) => {
    if (isSafeNumber(digits)) return Number(digits);
    if (isInteger(digits)) return digits;
    return Number(digits);
  });
}

/** A decimal-digit string written as a bare JSON number (ids the API wants unquoted). */
export class RawJsonNumber {
  constructor(readonly digits: string) {
    if (!/^-?\d+$/.test(digits)) throw new Error(`not an integer: ${digits}`);
  }
}

/** JSON.stringify, except RawJsonNumber values are written as bare digits. */
export function stringifyWithRawNumbers(value: unknown): string {
  const text = stringify(value, (_key, v) => (v instanceof RawJsonNumber ? BigInt(v.digits) : v));
  if (text === undefined) throw new Error('value is not serializable');
  return text;
}
