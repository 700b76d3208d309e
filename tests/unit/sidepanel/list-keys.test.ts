import { type ListKey, type ListKeyTarget, listKeyRunner, takesKey } from '@/entrypoints/sidepanel/orders/list-keys';
import { emptySelection, type Selection } from '@/utils/ui/selection';

/**
 * A list whose rows arrive only when the test lets them: `answer()` lets every fetch asked so far
 * land, as the worker's replies would, in the order given.
 */
function slowList(total: number) {
  let known: number | undefined;
  const loaded = new Set<number>();
  const waiting: { start: number; end: number; done: () => void }[] = [];
  const state = {
    selection: emptySelection as Selection,
    active: -1,
    opened: [] as string[],
    scrolled: [] as number[],
  };
  const target: ListKeyTarget = {
    total: () => known,
    ensure: (start, end) => {
      let missing = known === undefined;
      for (let i = start; i <= end; i++) if (!loaded.has(i)) missing = true;
      if (!missing) return Promise.resolve();
      return new Promise((done) => waiting.push({ start, end, done }));
    },
    keyAt: (i) => (loaded.has(i) ? `k${i}` : undefined),
    pageRows: () => 10,
    selection: () => state.selection,
    setSelection: (s) => {
      state.selection = s;
    },
    active: () => state.active,
    setActive: (i) => {
      state.active = i;
    },
    scrollTo: (i) => state.scrolled.push(i),
    open: (key) => state.opened.push(key),
    selectAll: () => {
      state.selection = { keys: new Set(Array.from(loaded, (i) => `k${i}`)) };
    },
  };
  const land = (w: { start: number; end: number; done: () => void }) => {
    known = total;
    // Like a window fetch: the first 50 rows, or the window holding the range.
    const from = Math.floor(w.start / 50) * 50;
    for (let i = from; i < Math.min(total, Math.max(from + 50, w.end + 1)); i++) loaded.add(i);
    w.done();
  };
  return {
    target,
    state,
    waiting,
    /**
     * Lets the fetches land until the runner is idle: those asked so far first, in the order
     * asked (`reverse`: last asked first), then any the next steps ask.
     */
    async answer(runner: { busy: boolean }, reverse = false) {
      const turn = () => new Promise((r) => setTimeout(r, 0));
      await turn();
      while (runner.busy) {
        const all = waiting.splice(0);
        for (const w of reverse ? all.reverse() : all) land(w);
        await turn();
      }
    },
    loadFirst() {
      land({ start: 0, end: 0, done: () => undefined });
    },
  };
}

const key = (k: string, shift = false, mod = false): ListKey => ({ key: k, shift, mod });
const keysOf = (s: Selection) => [...s.keys].sort();

describe('order list keys', () => {
  it('keys typed before the list has its rows wait for them, and apply in order', async () => {
    const list = slowList(120);
    const runner = listKeyRunner(() => list.target);
    void runner.run(key('ArrowDown'));
    void runner.run(key(' '));
    void runner.run(key('ArrowDown', true));
    const last = runner.run(key('ArrowDown', true));
    expect(runner.busy).toBe(true);
    expect(list.state.active).toBe(-1);
    await list.answer(runner);
    await last;
    expect(keysOf(list.state.selection)).toEqual(['k0', 'k1', 'k2']);
    expect(list.state.active).toBe(2);
    expect(runner.busy).toBe(false);
  });

  it('a key after a range whose rows are still coming applies after it', async () => {
    const list = slowList(120);
    list.loadFirst();
    list.state.active = 48;
    const runner = listKeyRunner(() => list.target);
    await runner.run(key(' '));
    // Row 50 is in the next window, not fetched yet: Escape must clear the range, not precede it.
    void runner.run(key('ArrowDown', true));
    void runner.run(key('ArrowDown', true));
    const last = runner.run(key('Escape'));
    await list.answer(runner, true);
    await last;
    expect(keysOf(list.state.selection)).toEqual([]);
    expect(list.state.active).toBe(50);
    const more = runner.run(key('ArrowDown', true));
    await list.answer(runner);
    await more;
    expect(keysOf(list.state.selection)).toEqual(['k51']);
  });

  it('Space and Enter on a row not loaded yet wait for it', async () => {
    const list = slowList(300);
    list.loadFirst();
    list.state.active = 120;
    const runner = listKeyRunner(() => list.target);
    void runner.run(key(' '));
    const enter = runner.run(key('Enter'));
    expect(list.state.selection.keys.size).toBe(0);
    await list.answer(runner);
    await enter;
    expect(keysOf(list.state.selection)).toEqual(['k120']);
    expect(list.state.opened).toEqual(['k120']);
  });

  it('moves, pages and jumps, clamped to the list', async () => {
    const list = slowList(30);
    list.loadFirst();
    const runner = listKeyRunner(() => list.target);
    await runner.run(key('End'));
    expect(list.state.active).toBe(29);
    await runner.run(key('ArrowDown'));
    expect(list.state.active).toBe(29);
    await runner.run(key('PageUp'));
    expect(list.state.active).toBe(19);
    await runner.run(key('Home'));
    expect(list.state.active).toBe(0);
    await runner.run(key('ArrowUp'));
    expect(list.state.active).toBe(0);
    expect(list.state.scrolled).toEqual([29, 29, 19, 0, 0]);
  });

  it('clicks: a checkbox toggles one row, Shift-click takes the range from the anchor', async () => {
    const list = slowList(30);
    list.loadFirst();
    const runner = listKeyRunner(() => list.target);
    await runner.run({ toggleClick: 3, rowKey: 'k3' });
    await runner.run({ rangeClick: 6 });
    expect(keysOf(list.state.selection)).toEqual(['k3', 'k4', 'k5', 'k6']);
    await runner.run({ toggleClick: 3, rowKey: 'k3' });
    expect(keysOf(list.state.selection)).toEqual(['k4', 'k5', 'k6']);
  });

  it('Ctrl+A selects all; Escape clears, and is left to the page when nothing is selected', async () => {
    const list = slowList(30);
    list.loadFirst();
    const runner = listKeyRunner(() => list.target);
    expect(takesKey(key('a'), false)).toBe(false);
    expect(takesKey(key('a', false, true), false)).toBe(true);
    await runner.run(key('a', false, true));
    expect(list.state.selection.keys.size).toBe(30);
    expect(takesKey(key('Escape'), true)).toBe(true);
    await runner.run(key('Escape'));
    expect(list.state.selection.keys.size).toBe(0);
    expect(takesKey(key('Escape'), false)).toBe(false);
    expect(takesKey(key('Tab'), true)).toBe(false);
  });

  it('a failed step does not stop the keys after it', async () => {
    const list = slowList(30);
    list.loadFirst();
    let fail = true;
    const runner = listKeyRunner(() => ({
      ...list.target,
      scrollTo: () => {
        if (fail) {
          fail = false;
          throw new Error('gone');
        }
      },
    }));
    void runner.run(key('ArrowDown'));
    await runner.run(key('ArrowDown'));
    expect(list.state.active).toBe(1);
  });
});
