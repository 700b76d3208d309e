/**
 * Work an open view is about to ask for, done ahead while the worker is otherwise idle: the
 * sorted order index, each Coupang account's product list built from the cache. A side panel that
 * opens, and an order set that stopped changing (a sync finished), schedule it; the view's own
 * request then finds it built (or joins the build already running) instead of starting it.
 * Tasks are the services' own idempotent getters, so running one twice costs nothing.
 */
export class WarmUp {
  private tasks: Array<{ name: string; run: () => Promise<unknown> }> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly onError: (name: string, error: unknown) => void = () => undefined) {}

  /** A feature's warm-up: builds what its views read first. */
  register(name: string, run: () => Promise<unknown>): void {
    this.tasks.push({ name, run });
  }

  /**
   * Runs every task once `delayMs` passed with no newer call (a sync changes orders page after
   * page: only the pause after it counts). The short default lets the messages that asked for
   * the panel be answered first.
   */
  schedule(delayMs = 50): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runNow();
    }, delayMs);
  }

  /** Runs every task, one after another (a failure is logged, the others still run). */
  runNow(): Promise<void> {
    this.running ??= (async () => {
      for (const task of this.tasks) {
        try {
          await task.run();
        } catch (e) {
          this.onError(task.name, e);
        }
      }
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
