/**
 * Multi-select over a long, windowed list (pure, immutable). Rows are identified by key, so a
 * selection survives refetches and scrolling; the anchor is an index, like a file manager's:
 * click or space toggles one row and moves the anchor, shift-click / shift+arrow selects the range
 * from the anchor. `keyAt` answers for loaded rows only: callers load a range before selecting it.
 */
export interface Selection {
  readonly keys: ReadonlySet<string>;
  readonly anchor?: number;
}

export const emptySelection: Selection = { keys: new Set() };

export function toggle(s: Selection, index: number, key: string): Selection {
  const keys = new Set(s.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { keys, anchor: index };
}

/**
 * Shift-click: every row from the anchor to `index` takes the anchor row's state (selected, unless
 * the anchor row was just deselected). Rows outside the range keep theirs. Without an anchor it
 * is a plain toggle. The anchor stays put, so further shift-clicks re-pivot around it.
 */
export function selectRange(s: Selection, index: number, keyAt: (i: number) => string | undefined): Selection {
  if (s.anchor === undefined) {
    const key = keyAt(index);
    return key === undefined ? s : toggle(s, index, key);
  }
  const anchorKey = keyAt(s.anchor);
  const select = anchorKey === undefined ? true : s.keys.has(anchorKey);
  const keys = new Set(s.keys);
  const [from, to] = s.anchor <= index ? [s.anchor, index] : [index, s.anchor];
  for (let i = from; i <= to; i++) {
    const key = keyAt(i);
    if (key === undefined) continue;
    if (select) keys.add(key);
    else keys.delete(key);
  }
  return { keys, anchor: s.anchor };
}

/** Keyboard shift+arrow: the selection becomes exactly anchor..index plus what was selected before the anchor was set. */
export function extendTo(s: Selection, index: number, keyAt: (i: number) => string | undefined): Selection {
  if (s.anchor === undefined) {
    const key = keyAt(index);
    if (key === undefined) return s;
    const keys = new Set(s.keys);
    keys.add(key);
    return { keys, anchor: index };
  }
  return selectRange(s, index, keyAt);
}

export function selectAll(keys: Iterable<string>): Selection {
  return { keys: new Set(keys) };
}

export function clearSelection(): Selection {
  return emptySelection;
}

/** Drops keys that are no longer wanted (e.g. after an action moved them out of the tab). */
export function without(s: Selection, drop: Iterable<string>): Selection {
  const keys = new Set(s.keys);
  for (const k of drop) keys.delete(k);
  return { keys, anchor: s.anchor };
}

/** Active-row movement for arrow keys, Home/End, PageUp/PageDown (clamped; -1 when empty). */
export function moveIndex(current: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta < 0 ? count - 1 : 0;
  return Math.max(0, Math.min(count - 1, current + delta));
}
