import { fromMajor, type Money, money } from '../../../domain/money';

/**
 * The two money units 1688 speaks (docs/1688-api.md §3.4): trade models carry yuan decimals
 * (`totalAmount`, `price`, `shippingFee`), order preview/creation carry integer fen. Both become
 * `Money` CNY in fen. Yuan goes through `fromMajor`, which rounds to two decimals from the text
 * form, so a double such as 0.30000000000000004 becomes exactly 30 fen, never 30.000000000000004.
 */
export function yuan(value: number | string): Money {
  return fromMajor('CNY', value);
}

export function fen(value: number | string): Money {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (!Number.isSafeInteger(n)) throw new Error('fen amount is not an integer');
  return money('CNY', n);
}

export const ZERO_CNY: Money = money('CNY', 0);
