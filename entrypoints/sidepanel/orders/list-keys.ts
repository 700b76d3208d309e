import { extendTo, moveIndex, type Selection, selectRange, toggle } from '@/utils/ui/selection';

/**
 * The order list's keyboard and range clicks, applied one after another in the order they came.
 *
 * A seller clicks a tab and types at once: the tab's rows may not be in yet, and a range needs
 * rows that are still being fetched. Each action therefore waits for what it needs (the list's
 * first answer, the rows of its range) and the next one waits for it, so no key is lost and a
 * late fetch never undoes a later key (Shift+↓ twice must end with three rows, not two).
 */
export interface ListKeyTarget {
  /** Undefined until the list's first answer. */
  total(): number | undefined;
  /** Loads the rows [start, end]; resolves when they are in (or their fetch failed). */
  ensure(start: number, end: number): Promise<void>;
  keyAt(index: number): string | undefined;
  /** Rows one PageUp/PageDown moves. */
  pageRows(): number;
  selection(): Selection;
  setSelection(s: Selection): void;
  active(): number;
  setActive(index: number): void;
  scrollTo(index: number): void;
  open(key: string): void;
  selectAll(): void;
}

export interface ListKey {
  key: string;
  shift: boolean;
  /** Ctrl or ⌘. */
  mod: boolean;
}

/** A key, a Shift-click (range from the anchor) or a checkbox / Ctrl-click (one row). */
export type ListAction = ListKey | { rangeClick: number } | { toggleClick: number; rowKey: string };

/**
 * Whether the list takes this key (and the browser should not). Escape is taken only when it may
 * clear something (a selection, or actions still waiting that may make one); otherwise it is left
 * to the views around the list.
 */
export function takesKey(k: ListKey, escapeMayClear: boolean): boolean {
  switch (k.key) {
    case 'ArrowDown':
    case 'ArrowUp':
    case 'PageDown':
    case 'PageUp':
    case 'Home':
    case 'End':
    case ' ':
    case 'Enter':
      return true;
    case 'a':
    case 'A':
      return k.mod;
    case 'Escape':
      return escapeMayClear;
    default:
      return false;
  }
}

/**
 * Runs actions strictly in order. `target` is read afresh at every step: the list re-renders,
 * and a tab switch gives it another cache, while actions wait.
 */
export function listKeyRunner(target: () => ListKeyTarget) {
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;
  return {
    /** Whether actions are still queued or running. */
    get busy() {
      return waiting > 0;
    },
    run(action: ListAction): Promise<void> {
      waiting++;
      tail = tail
        .then(() => apply(target, action))
        .catch(() => undefined)
        .finally(() => {
          waiting--;
        });
      return tail;
    },
  };
}

async function apply(target: () => ListKeyTarget, action: ListAction): Promise<void> {
  // Keys typed before the list's first answer wait for it: window 0 holds the total.
  if (target().total() === undefined) await target().ensure(0, 0);
  if ('rangeClick' in action) return rangeTo(target, action.rangeClick, false);
  if ('toggleClick' in action) {
    const t = target();
    t.setSelection(toggle(t.selection(), action.toggleClick, action.rowKey));
    return;
  }
  const t = target();
  const count = t.total() ?? 0;
  const a = t.active();
  switch (action.key) {
    case 'ArrowDown':
      return moveTo(target, moveIndex(a, 1, count), action.shift);
    case 'ArrowUp':
      return moveTo(target, moveIndex(a, -1, count), action.shift);
    case 'PageDown':
      return moveTo(target, moveIndex(a, t.pageRows(), count), action.shift);
    case 'PageUp':
      return moveTo(target, moveIndex(a, -t.pageRows(), count), action.shift);
    case 'Home':
      return moveTo(target, count ? 0 : -1, action.shift);
    case 'End':
      return moveTo(target, count - 1, action.shift);
    case ' ': {
      if (a < 0) return;
      await t.ensure(a, a);
      const now = target();
      const key = now.keyAt(a);
      if (key) now.setSelection(toggle(now.selection(), a, key));
      return;
    }
    case 'Enter': {
      if (a < 0) return;
      await t.ensure(a, a);
      const key = target().keyAt(a);
      if (key) target().open(key);
      return;
    }
    case 'a':
    case 'A':
      if (action.mod) t.selectAll();
      return;
    case 'Escape':
      if (t.selection().keys.size) t.setSelection({ keys: new Set() });
      return;
  }
}

async function moveTo(target: () => ListKeyTarget, index: number, extend: boolean): Promise<void> {
  if (index < 0) return;
  const t = target();
  t.setActive(index);
  t.scrollTo(index);
  if (extend) await rangeTo(target, index, true);
}

/** Shift+arrow (`keyboard`) or Shift-click: the rows from the anchor to `index`, once loaded. */
async function rangeTo(target: () => ListKeyTarget, index: number, keyboard: boolean): Promise<void> {
  const anchor = target().selection().anchor ?? index;
  await target().ensure(Math.min(anchor, index), Math.max(anchor, index));
  const t = target();
  const cur = t.selection();
  t.setSelection(keyboard ? extendTo(cur, index, t.keyAt) : selectRange(cur, index, t.keyAt));
}
