/**
 * When a woken worker does its wake-time housekeeping (outbox resume, alarms check, badge recount,
 * interrupted syncs): after the first reply has gone out, so none of it competes with the message
 * that woke the worker (issue 13). A wake without a message (an alarm, a notification click), or a
 * first message whose handler takes long (a sync walk), opens the gate after `idleMs` instead:
 * the housekeeping is postponed, never skipped.
 */
export interface WakeGate {
  /** Resolves once, at the first reply (on the next task) or after `idleMs`, whichever is first. */
  readonly opened: Promise<void>;
  /** The first reply was sent; later calls do nothing. */
  replied(): void;
}

export function createWakeGate(idleMs: number): WakeGate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const fallback = setTimeout(() => open(), idleMs);
  return {
    opened,
    replied() {
      clearTimeout(fallback);
      // The next task: sendResponse has posted the reply before any housekeeping starts.
      setTimeout(() => open(), 0);
    },
  };
}
