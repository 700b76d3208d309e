import { addDays, daysBetween, isKstDate } from './kst';

/** An inclusive range of KST calendar dates. */
export interface DateWindow {
  from: string;
  to: string;
}

/**
 * Splits an inclusive KST date range into consecutive windows of at most `maxDays` calendar days
 * (ordersheets and returns: 31; exchanges and CS: 7). Deterministic, so a checkpoint's
 * `windowIndex` means the same window when the same range is walked again after a restart.
 */
export function splitDateRange(range: DateWindow, maxDays: number): DateWindow[] {
  if (!isKstDate(range.from) || !isKstDate(range.to)) throw new Error('range bounds must be YYYY-MM-DD dates');
  if (!(maxDays >= 1)) throw new Error('maxDays must be at least 1');
  if (daysBetween(range.from, range.to) < 0) throw new Error('range ends before it starts');
  const windows: DateWindow[] = [];
  let from = range.from;
  while (daysBetween(from, range.to) >= 0) {
    const end = addDays(from, maxDays - 1);
    const to = daysBetween(end, range.to) >= 0 ? end : range.to;
    windows.push({ from, to });
    from = addDays(to, 1);
  }
  return windows;
}
