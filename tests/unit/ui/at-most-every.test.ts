import { atMostEvery } from '@/utils/ui/at-most-every';

describe('a re-read at most once per interval', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once, a burst once more at the interval end, nothing lost', async () => {
    const runs: number[] = [];
    const start = Date.now();
    const r = atMostEvery(5_000, () => runs.push(Date.now() - start));
    r.call();
    expect(runs).toEqual([0]);
    // A sync's order changes, every 300 ms for 12 s.
    for (let t = 300; t <= 12_000; t += 300) {
      await vi.advanceTimersByTimeAsync(300);
      r.call();
    }
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toEqual([0, 5_000, 10_000, 15_000]);
  });

  it('a call after a quiet interval runs at once; cancel drops a due run', async () => {
    const runs: number[] = [];
    const r = atMostEvery(1_000, () => runs.push(Date.now()));
    r.call();
    await vi.advanceTimersByTimeAsync(2_000);
    r.call();
    expect(runs).toHaveLength(2);
    r.call();
    r.cancel();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runs).toHaveLength(2);
  });
});
