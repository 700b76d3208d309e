import { emptySelection, extendTo, moveIndex, selectAll, selectRange, toggle, without } from '@/utils/ui/selection';

const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
const keyAt = (i: number) => keys[i];
const sorted = (s: { keys: ReadonlySet<string> }) =>
  [...s.keys].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

describe('selection model', () => {
  it('toggles one row and moves the anchor', () => {
    let s = toggle(emptySelection, 3, 'k3');
    expect(sorted(s)).toEqual(['k3']);
    expect(s.anchor).toBe(3);
    s = toggle(s, 3, 'k3');
    expect(sorted(s)).toEqual([]);
  });

  it('shift-click selects the range from the anchor, downwards and upwards', () => {
    let s = toggle(emptySelection, 5, 'k5');
    s = selectRange(s, 8, keyAt);
    expect(sorted(s)).toEqual(['k5', 'k6', 'k7', 'k8']);
    s = selectRange(s, 2, keyAt);
    expect(sorted(s)).toEqual(['k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8']);
    expect(s.anchor).toBe(5);
  });

  it('keeps rows selected outside the range', () => {
    let s = toggle(emptySelection, 0, 'k0');
    s = toggle(s, 10, 'k10');
    s = selectRange(s, 12, keyAt);
    expect(sorted(s)).toEqual(['k0', 'k10', 'k11', 'k12']);
  });

  it('a range from a deselected anchor deselects', () => {
    let s = selectAll(keys.slice(0, 10));
    s = toggle(s, 4, 'k4');
    s = selectRange(s, 7, keyAt);
    expect(sorted(s)).toEqual(['k0', 'k1', 'k2', 'k3', 'k8', 'k9']);
  });

  it('without an anchor a shift-click is a toggle; unloaded rows are skipped', () => {
    const s = selectRange(emptySelection, 4, keyAt);
    expect(sorted(s)).toEqual(['k4']);
    const partial = (i: number) => (i % 2 ? undefined : keys[i]);
    const r = selectRange(toggle(emptySelection, 0, 'k0'), 5, partial);
    expect(sorted(r)).toEqual(['k0', 'k2', 'k4']);
  });

  it('shift+arrow extends from the anchor', () => {
    let s = extendTo(emptySelection, 3, keyAt);
    expect(s.anchor).toBe(3);
    s = extendTo(s, 4, keyAt);
    s = extendTo(s, 5, keyAt);
    expect(sorted(s)).toEqual(['k3', 'k4', 'k5']);
  });

  it('drops keys after an action', () => {
    expect(sorted(without(selectAll(['k1', 'k2', 'k3']), ['k2']))).toEqual(['k1', 'k3']);
  });

  it('moves the active row within bounds', () => {
    expect(moveIndex(-1, 1, 10)).toBe(0);
    expect(moveIndex(-1, -1, 10)).toBe(9);
    expect(moveIndex(9, 1, 10)).toBe(9);
    expect(moveIndex(3, -10, 10)).toBe(0);
    expect(moveIndex(0, 1, 0)).toBe(-1);
  });

  it('never mutates the previous selection', () => {
    const a = toggle(emptySelection, 1, 'k1');
    const b = selectRange(a, 3, keyAt);
    expect(sorted(a)).toEqual(['k1']);
    expect(sorted(b)).toEqual(['k1', 'k2', 'k3']);
    expect(emptySelection.keys.size).toBe(0);
  });
});
