/**
 * One money type for both marketplaces. Amounts are integers in the currency's minor unit:
 * KRW has none (1 = ₩1), CNY counts fen (100 = ¥1). 1688 orders speak yuan and order
 * preview/creation speak fen; both clients normalize into this.
 */
export type Currency = 'KRW' | 'CNY';

export interface Money {
  currency: Currency;
  minor: number;
}

export const MINOR_DIGITS: Record<Currency, number> = { KRW: 0, CNY: 2 };

export function money(currency: Currency, minor: number): Money {
  if (!Number.isSafeInteger(minor)) throw new Error(`money amount must be an integer in minor units: ${minor}`);
  return { currency, minor };
}

/** From a major-unit decimal (e.g. 12.5 yuan or "12.50") without float drift. */
export function fromMajor(currency: Currency, major: number | string): Money {
  const digits = MINOR_DIGITS[currency];
  const text = typeof major === 'number' ? major.toFixed(digits) : major.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a decimal amount: ${major}`);
  const frac = (m[3] ?? '').padEnd(digits, '0').slice(0, digits);
  const minor = Number(m[2] + frac) * (m[1] ? -1 : 1);
  return money(currency, minor);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`cannot add ${a.currency} and ${b.currency}`);
  return money(a.currency, a.minor + b.minor);
}
