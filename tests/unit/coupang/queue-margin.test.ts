import { describe, expect, it, vi } from 'vitest';
import { createCoupangQueue } from '../../../utils/background/coupang/api/queue';
import { useFakeClock } from '../net/queue-fixtures';

useFakeClock();

/** The most send times that fall in any span of `ms`. */
function mostIn(at: number[], ms: number): number {
  let most = 0;
  for (const t of at) most = Math.max(most, at.filter((u) => u >= t && u < t + ms).length);
  return most;
}

describe("Coupang's queue leaves room below the gateway's 10 per second", () => {
  it('sends at most 7 in any second, and at most 9 in any 1.5 s (half a second of bunching on the way stays under 10)', async () => {
    const q = createCoupangQueue();
    const at: number[] = [];
    const reads = Array.from({ length: 40 }, () =>
      q.run(async () => {
        at.push(Date.now());
      }),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(reads);
    expect(at).toHaveLength(40);
    expect(mostIn(at, 1_000)).toBeLessThanOrEqual(7);
    expect(mostIn(at, 1_500)).toBeLessThanOrEqual(9);
  });
});
