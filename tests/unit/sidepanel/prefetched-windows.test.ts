import {
  OPENING_QUERY,
  PrefetchedWindows,
  type QueryReply,
  signatureOf,
} from '@/entrypoints/sidepanel/orders/prefetched-windows';

const reply = (over: Partial<QueryReply> = {}): QueryReply =>
  ({ rows: [], total: 0, counts: {}, dueSoonHours: 24, ...over }) as QueryReply;

describe('order windows fetched ahead (side panel)', () => {
  it('gives a window once, with its answer once it has come', async () => {
    const store = new PrefetchedWindows(() => 1_000);
    const sig = signatureOf(OPENING_QUERY);
    store.put(sig, Promise.resolve(reply({ total: 3 })));
    await Promise.resolve();
    const taken = store.take(sig);
    expect(taken?.settled?.total).toBe(3);
    expect(store.take(sig)).toBeUndefined();
  });

  it('gives a window still on its way as a promise', async () => {
    const store = new PrefetchedWindows();
    let answer!: (r: QueryReply) => void;
    store.put('q', new Promise((r) => (answer = r)));
    const taken = store.take('q');
    expect(taken?.settled).toBeUndefined();
    answer(reply({ total: 5 }));
    await expect(taken?.reply).resolves.toMatchObject({ total: 5 });
  });

  it('drops a window whose answer reports an order expired since', async () => {
    let now = 1_000;
    const store = new PrefetchedWindows(() => now);
    store.put('q', Promise.resolve(reply({ nextExpiryAt: 2_000 })));
    await Promise.resolve();
    now = 2_000;
    expect(store.take('q')).toBeUndefined();
  });

  it('forgets a failed prefetch (the list asks itself)', async () => {
    const store = new PrefetchedWindows();
    store.put('q', Promise.reject(new Error('worker gone')));
    await new Promise((r) => setTimeout(r, 0));
    expect(store.has('q')).toBe(false);
  });

  it('keeps only the shown query’s tabs, and clear() drops everything', () => {
    const store = new PrefetchedWindows();
    for (const s of ['a', 'b', 'c']) store.put(s, new Promise(() => undefined));
    store.keepOnly(new Set(['b']));
    expect(['a', 'b', 'c'].map((s) => store.has(s))).toEqual([false, true, false]);
    store.clear();
    expect(store.has('b')).toBe(false);
  });

  it('one signature per list: empty filters and spaces around a search do not make another', () => {
    expect(signatureOf({ ...OPENING_QUERY, search: '  ', accountKeys: [] })).toBe(signatureOf(OPENING_QUERY));
    expect(signatureOf({ ...OPENING_QUERY, search: ' 김 ' })).toBe(signatureOf({ ...OPENING_QUERY, search: '김' }));
    expect(signatureOf({ ...OPENING_QUERY, tab: 'all' })).not.toBe(signatureOf(OPENING_QUERY));
  });
});
