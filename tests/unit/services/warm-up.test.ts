import { WarmUp } from '@/utils/background/core/warm-up';

describe('warm-up of what an opening view reads first', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs each task once the calls pause (a sync’s pages do not each start a build)', async () => {
    const runs: string[] = [];
    const w = new WarmUp();
    w.register('orders', async () => runs.push('orders'));
    w.register('products', async () => runs.push('products'));
    for (let i = 0; i < 10; i++) {
      w.afterQuiet(1_500);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(runs).toEqual(['orders', 'products']);
  });

  it('an opening panel runs it soon, even while a sync keeps postponing its own run', async () => {
    const runs: number[] = [];
    const w = new WarmUp();
    w.register('products', async () => runs.push(Date.now()));
    const start = Date.now();
    w.afterQuiet(1_500);
    w.soon(50);
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(100);
      w.afterQuiet(1_500); // the sync's next page
    }
    expect(runs.map((t) => t - start)).toEqual([50]);
    // A second opening while one is pending does not queue another run.
    w.soon(50);
    w.soon(50);
    await vi.advanceTimersByTimeAsync(60);
    expect(runs).toHaveLength(2);
  });

  it('a failing task is reported and the others still run', async () => {
    const errors: string[] = [];
    const w = new WarmUp((name) => errors.push(name));
    const ran: string[] = [];
    w.register('orders', async () => {
      throw new Error('cache gone');
    });
    w.register('products', async () => ran.push('products'));
    await w.runNow();
    expect(errors).toEqual(['orders']);
    expect(ran).toEqual(['products']);
  });

  it('a call while a run is going joins it instead of starting a second', async () => {
    let builds = 0;
    let finish!: () => void;
    const w = new WarmUp();
    w.register('orders', () => {
      builds++;
      return new Promise<void>((r) => (finish = r));
    });
    const first = w.runNow();
    const second = w.runNow();
    finish();
    await Promise.all([first, second]);
    expect(builds).toBe(1);
    // Once it is over, a new call runs again.
    const third = w.runNow();
    finish();
    await third;
    expect(builds).toBe(2);
  });
});
