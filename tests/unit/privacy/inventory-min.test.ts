import { min } from '@/utils/background/privacy/inventory';

describe('the oldest / next-expiry of what is stored', () => {
  it('takes the smallest finite time, skipping missing ones', () => {
    expect(min([5, undefined, 3, Number.NaN, 9])).toBe(3);
    expect(min([])).toBeUndefined();
    expect(min([undefined])).toBeUndefined();
  });

  it('copes with a cache far larger than one call may take as arguments', () => {
    // Math.min(...xs) throws a RangeError at this size.
    const times = Array.from({ length: 300_000 }, (_, i) => 1_700_000_000_000 + ((i * 7919) % 300_000));
    expect(min(times)).toBe(1_700_000_000_000);
  });
});
