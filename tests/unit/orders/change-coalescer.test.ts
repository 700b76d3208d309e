import { ChangeCoalescer } from '@/utils/background/orders/change-coalescer';

describe('order change coalescing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces the first change at once and a burst after it once, at the end of the interval', () => {
    const heard: string[] = [];
    const c = new ChangeCoalescer(
      (k) => heard.push(k),
      () => 300,
    );
    c.changed('coupang:A1');
    expect(heard).toEqual(['coupang:A1']);
    for (let i = 0; i < 40; i++) c.changed(i % 2 ? 'coupang:A1' : 'alibaba:m1'); // a sync's pages
    expect(heard).toEqual(['coupang:A1']);
    vi.advanceTimersByTime(299);
    expect(heard).toEqual(['coupang:A1']);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual(['coupang:A1', 'alibaba:m1', 'coupang:A1']);
    vi.advanceTimersByTime(10_000);
    expect(heard).toHaveLength(3);
    c.changed('coupang:A1'); // quiet long enough: at once again
    expect(heard).toHaveLength(4);
  });

  it('drops what is pending after a wipe', () => {
    const heard: string[] = [];
    const c = new ChangeCoalescer(
      (k) => heard.push(k),
      () => 300,
    );
    c.changed('a');
    c.changed('b');
    c.drop();
    vi.advanceTimersByTime(1_000);
    expect(heard).toEqual(['a']);
  });

  it('waits longer when the interval grows (more orders to recount)', () => {
    const heard: string[] = [];
    let interval = 300;
    const c = new ChangeCoalescer(
      (k) => heard.push(k),
      () => interval,
    );
    c.changed('a');
    interval = 1_000;
    c.changed('a');
    vi.advanceTimersByTime(999);
    expect(heard).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(heard).toHaveLength(2);
  });
});
