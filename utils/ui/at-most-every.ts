/**
 * Calls `run` at most once per `ms`: the first call runs at once, a call inside the interval runs
 * once at its end (so the last of a burst is never lost), further calls meanwhile are dropped.
 * For views that re-read on events which can come in bursts (orders during a sync).
 */
export function atMostEvery(ms: number, run: () => void): { call: () => void; cancel: () => void } {
  let last = Number.NEGATIVE_INFINITY;
  let due: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    due = undefined;
    last = Date.now();
    run();
  };
  return {
    call() {
      if (due !== undefined) return;
      const wait = last + ms - Date.now();
      if (wait <= 0) fire();
      else due = setTimeout(fire, wait);
    },
    cancel() {
      clearTimeout(due);
      due = undefined;
    },
  };
}
