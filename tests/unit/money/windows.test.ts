import { describe, expect, it } from 'vitest';
import { daysBetween } from '@/utils/background/coupang/api/kst';
import { clampRevenueRange, eachDay, revenueWindows } from '@/utils/background/coupang/settlement/windows';

describe('revenue windows', () => {
  it('clamps the range to yesterday (KST) and drops a range that starts today', () => {
    expect(clampRevenueRange({ from: '2026-10-01', to: '2026-12-04' }, '2026-12-04')).toEqual({
      from: '2026-10-01',
      to: '2026-12-03',
    });
    expect(clampRevenueRange({ from: '2026-12-04', to: '2026-12-04' }, '2026-12-04')).toBeNull();
    expect(clampRevenueRange({ from: '2026-11-01', to: '2026-11-10' }, '2026-12-04')).toEqual({
      from: '2026-11-01',
      to: '2026-11-10',
    });
  });

  it('stitches 90 days from ≤31-day windows that cover every day exactly once', () => {
    const range = { from: '2026-09-05', to: '2026-12-03' };
    const windows = revenueWindows(range);
    expect(windows.length).toBe(3);
    for (const w of windows) expect(daysBetween(w.from, w.to)).toBeLessThanOrEqual(30);
    const covered = windows.flatMap(eachDay);
    expect(covered).toEqual(eachDay(range));
    expect(covered.length).toBe(90);
  });

  it('crosses month and year ends on calendar days, not the machine zone', () => {
    const windows = revenueWindows({ from: '2025-12-15', to: '2026-03-01' });
    expect(windows[0]).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect(windows.at(-1)?.to).toBe('2026-03-01');
    expect(eachDay({ from: '2028-02-27', to: '2028-03-01' })).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
  });

  it('fetches only the days the cache lacks, in runs', () => {
    const cached = new Set(eachDay({ from: '2026-11-05', to: '2026-11-20' }));
    expect(revenueWindows({ from: '2026-11-01', to: '2026-11-30' }, cached)).toEqual([
      { from: '2026-11-01', to: '2026-11-04' },
      { from: '2026-11-21', to: '2026-11-30' },
    ]);
    expect(revenueWindows({ from: '2026-11-05', to: '2026-11-20' }, cached)).toEqual([]);
  });
});
