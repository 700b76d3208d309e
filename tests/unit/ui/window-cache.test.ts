import { WindowCache } from '@/utils/ui/window-cache';

interface Row {
  key: string;
  v: number;
}

function server(total: number) {
  const state = { total, version: 0, calls: [] as Array<[number, number]> };
  const fetch = async (offset: number, limit: number) => {
    state.calls.push([offset, limit]);
    const rows: Row[] = [];
    for (let i = offset; i < Math.min(state.total, offset + limit); i++) rows.push({ key: `o${i}`, v: state.version });
    return { rows, total: state.total };
  };
  return { state, fetch };
}

describe('window cache of the virtual list', () => {
  it('fetches only the windows a range needs, once', async () => {
    const s = server(10_000);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    await cache.ensure(0, 30);
    expect(s.state.calls).toEqual([[0, 100]]);
    expect(cache.total).toBe(10_000);
    await cache.ensure(50, 250);
    expect(s.state.calls).toEqual([
      [0, 100],
      [100, 100],
      [200, 100],
    ]);
    expect(cache.rowAt(250)?.key).toBe('o250');
    expect(cache.rowAt(300)).toBeUndefined();
  });

  it('de-duplicates windows in flight', async () => {
    const s = server(1000);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    await Promise.all([cache.ensure(0, 10), cache.ensure(5, 50), cache.ensure(90, 99)]);
    expect(s.state.calls).toHaveLength(1);
  });

  it('keeps stale rows visible after invalidate and refetches them on the next ensure', async () => {
    const s = server(500);
    let updates = 0;
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch, onUpdate: () => updates++ });
    await cache.ensure(0, 150);
    s.state.version = 1;
    cache.invalidate();
    expect(cache.rowAt(10)?.v).toBe(0);
    await cache.ensure(0, 50);
    expect(cache.rowAt(10)?.v).toBe(1);
    expect(cache.rowAt(110)?.v).toBe(0); // not visible: refetched only when it is
    await cache.ensure(100, 120);
    expect(cache.rowAt(110)?.v).toBe(1);
    expect(updates).toBe(4);
  });

  it('marks other windows stale when the total changes (the list shifted)', async () => {
    const s = server(300);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    await cache.ensure(0, 299);
    expect(s.state.calls).toHaveLength(3);
    s.state.total = 250;
    cache.invalidate();
    await cache.ensure(0, 10);
    expect(cache.total).toBe(250);
    await cache.ensure(0, 299);
    expect(s.state.calls).toHaveLength(6);
    expect(cache.rowAt(249)?.key).toBe('o249');
    expect(cache.rowAt(260)).toBeUndefined();
  });

  it('never lets a late reply from before an invalidate overwrite newer rows', async () => {
    const resolvers: Array<(r: { rows: Row[]; total: number }) => void> = [];
    const cache = new WindowCache<Row>({
      windowSize: 10,
      fetch: () => new Promise((resolve) => resolvers.push(resolve)),
    });
    const first = cache.ensure(0, 5);
    cache.invalidate();
    const second = cache.ensure(0, 5);
    expect(resolvers).toHaveLength(2);
    resolvers[1]({ rows: [{ key: 'new', v: 2 }], total: 1 });
    await second;
    resolvers[0]({ rows: [{ key: 'old', v: 1 }], total: 1 });
    await first;
    expect(cache.rowAt(0)?.key).toBe('new');
  });

  it('evicts least-recently-used windows beyond the limit but never the ones in use', async () => {
    const s = server(10_000);
    const cache = new WindowCache<Row>({ windowSize: 100, maxWindows: 5, fetch: s.fetch });
    for (let w = 0; w < 10; w++) await cache.ensure(w * 100, w * 100 + 10);
    expect(cache.windowCount).toBeLessThanOrEqual(6);
    expect(cache.rowAt(905)?.key).toBe('o905');
    expect(cache.rowAt(5)).toBeUndefined();
  });

  it('handles an empty list and reports errors', async () => {
    const s = server(0);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    await cache.ensure(0, 99);
    expect(cache.total).toBe(0);
    expect(cache.keysInRange(0, 10, (r) => r.key)).toEqual([]);
    const errors: unknown[] = [];
    const failing = new WindowCache<Row>({
      windowSize: 10,
      fetch: () => Promise.reject(new Error('down')),
      onError: (e) => errors.push(e),
    });
    await failing.ensure(0, 5);
    expect(errors).toHaveLength(1);
  });

  it('re-reads an empty list after invalidate (orders arrived with the first sync)', async () => {
    const s = server(0);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    await cache.ensure(0, 20);
    await cache.ensure(0, 20);
    expect(s.state.calls).toHaveLength(1);
    s.state.total = 300;
    cache.invalidate();
    await cache.ensure(0, 20);
    expect(cache.total).toBe(300);
    expect(cache.rowAt(5)?.key).toBe('o5');
  });

  it('lists loaded keys in a range', async () => {
    const s = server(1000);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    await cache.ensure(0, 99);
    expect(cache.keysInRange(97, 103, (r) => r.key)).toEqual(['o97', 'o98', 'o99']);
  });

  it('starts from a seeded first window without fetching it, and fetches the rest as usual', async () => {
    const s = server(1000);
    const cache = new WindowCache<Row>({ windowSize: 100, fetch: s.fetch });
    cache.seed({ rows: [{ key: 'ahead', v: 7 }], total: 1000 });
    expect(cache.total).toBe(1000);
    expect(cache.rowAt(0)).toEqual({ key: 'ahead', v: 7 });
    await cache.ensure(0, 150);
    expect(s.state.calls).toEqual([[100, 100]]);
    // Seeded rows are ordinary rows: an invalidation refetches them.
    cache.invalidate();
    await cache.ensure(0, 10);
    expect(cache.rowAt(0)?.key).toBe('o0');
    expect(() => cache.seed({ rows: [], total: 0 })).toThrow();
  });
});
