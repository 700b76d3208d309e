/**
 * The clock and timer functions the queue uses. Injected so tests (and a future 1688 client) can
 * drive time; the defaults look the globals up on every call so vitest fake timers, which patch
 * the globals after import, still take effect.
 */
export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const globalTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
