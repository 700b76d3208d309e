import { addDays, daysBetween } from '../api/kst';
import { type DateWindow, splitDateRange } from '../api/windows';
import { MAX_REVENUE_DAYS } from './endpoints';

/**
 * Revenue history answers ≤31-day windows ending yesterday (KST) at the latest. A seller's range
 * of any length is clamped to yesterday, and only the days not already cached are fetched,
 * grouped into runs of consecutive days and each run split into ≤31-day windows.
 */

/** The range that can be asked for: `to` moved back to yesterday; null when nothing is left. */
export function clampRevenueRange(range: DateWindow, today: string): DateWindow | null {
  const yesterday = addDays(today, -1);
  const to = daysBetween(range.to, yesterday) < 0 ? yesterday : range.to;
  return daysBetween(range.from, to) < 0 ? null : { from: range.from, to };
}

export function eachDay(range: DateWindow): string[] {
  const out: string[] = [];
  for (let d = range.from; daysBetween(d, range.to) >= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Windows covering the days of `range` that `cached` lacks, oldest first. */
export function revenueWindows(range: DateWindow, cached: ReadonlySet<string> = new Set()): DateWindow[] {
  const runs: DateWindow[] = [];
  let run: DateWindow | null = null;
  for (const day of eachDay(range)) {
    if (cached.has(day)) {
      run = null;
      continue;
    }
    if (run) run.to = day;
    else {
      run = { from: day, to: day };
      runs.push(run);
    }
  }
  return runs.flatMap((r) => splitDateRange(r, MAX_REVENUE_DAYS));
}
