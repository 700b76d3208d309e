/**
 * The exchange rate's date: the day the seller read the rate, so a real calendar day between
 * 2000-01-01 and today (Korea's date). A date field lets a year run to six digits (02/02/51203);
 * such a date is not a rate date, and the field's min/max keep the picker within these bounds too.
 */
export const RATE_DATE_MIN = '2000-01-01';

export function isRateDate(text: string, today: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(y, mo - 1, d));
  const exists = real.getUTCFullYear() === y && real.getUTCMonth() === mo - 1 && real.getUTCDate() === d;
  return exists && text >= RATE_DATE_MIN && text <= today;
}
