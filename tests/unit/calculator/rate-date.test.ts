import { isRateDate } from '@/utils/calculator/rate-date';

describe('rate date (issue 12, bug 10)', () => {
  const today = '2026-12-04';
  it('takes a real day up to today', () => {
    expect(isRateDate('2026-12-04', today)).toBe(true);
    expect(isRateDate('2026-02-28', today)).toBe(true);
    expect(isRateDate('2024-02-29', today)).toBe(true);
  });
  it('refuses six-digit years, future days, days that do not exist and other shapes', () => {
    expect(isRateDate('51203-02-02', today)).toBe(false);
    expect(isRateDate('2026-12-05', today)).toBe(false);
    expect(isRateDate('2026-02-30', today)).toBe(false);
    expect(isRateDate('1999-12-31', today)).toBe(false);
    expect(isRateDate('02/02/2026', today)).toBe(false);
    expect(isRateDate('', today)).toBe(false);
  });
});
