/**
 * Korean business days (영업일) for deadlines Coupang counts in them: Monday to Friday, not a
 * public holiday. Public holidays (공휴일, with their substitute days 대체공휴일) are listed per
 * year below; a year not listed counts weekends only (the list needs a line per new year — the
 * unit test fails when the current year is missing, so nobody forgets).
 *
 * Dates are KST calendar days; nothing here reads the machine's zone.
 */
const KR_PUBLIC_HOLIDAYS: Record<number, readonly string[]> = {
  2025: [
    '01-01',
    '01-28',
    '01-29',
    '01-30',
    '03-01',
    '03-03',
    '05-05',
    '05-06',
    '06-03',
    '06-06',
    '08-15',
    '10-03',
    '10-05',
    '10-06',
    '10-07',
    '10-08',
    '10-09',
    '12-25',
  ],
  2026: [
    '01-01',
    '02-16',
    '02-17',
    '02-18',
    '03-01',
    '03-02',
    '05-05',
    '05-24',
    '05-25',
    '06-03',
    '06-06',
    '08-15',
    '08-17',
    '09-24',
    '09-25',
    '09-26',
    '10-03',
    '10-05',
    '10-09',
    '12-25',
  ],
  2027: [
    '01-01',
    '02-06',
    '02-07',
    '02-08',
    '02-09',
    '03-01',
    '05-05',
    '05-13',
    '06-06',
    '08-15',
    '08-16',
    '09-14',
    '09-15',
    '09-16',
    '10-03',
    '10-04',
    '10-09',
    '10-11',
    '12-25',
    '12-27',
  ],
};

/** Years whose public holidays are listed (the rest count weekends only). */
export const HOLIDAY_YEARS = Object.keys(KR_PUBLIC_HOLIDAYS).map(Number);

const DAY_MS = 86_400_000;
const KST_OFFSET_MS = 9 * 3_600_000;

/** `YYYY-MM-DD` of a UTC-midnight epoch (the arithmetic below works on whole UTC days). */
const ymd = (utcDay: number) => new Date(utcDay).toISOString().slice(0, 10);

/** Whether a KST calendar day (`YYYY-MM-DD`) is a business day. */
export function isBusinessDay(day: string): boolean {
  const at = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(at)) return false;
  const weekday = new Date(at).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(day.slice(0, 4));
  return !KR_PUBLIC_HOLIDAYS[year]?.includes(day.slice(5));
}

/**
 * The KST calendar day that is `days` business days after the KST day the instant falls on
 * (the start day itself never counts, whether or not it is a business day).
 */
export function addBusinessDays(fromMs: number, days: number): string {
  let day = Math.floor((fromMs + KST_OFFSET_MS) / DAY_MS) * DAY_MS;
  let left = days;
  while (left > 0) {
    day += DAY_MS;
    if (isBusinessDay(ymd(day))) left--;
  }
  return ymd(day);
}
