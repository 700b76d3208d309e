/**
 * Work an open view is about to ask for, done ahead while the worker is otherwise idle: the
 * sorted order index, each Coupang account's product list built from the cache. A side panel that
 * opens, and an order set that stopped changing (a sync finished), schedule it; the view's own
 * request then finds it built (or joins the build already running) instead of starting it.
 * Tasks are the services' own idempotent getters, so running one twice costs nothing.
 */
export class WarmUp {
  private tasks: Array<{ name: string; run: () => Promise<unknown> }> = [];
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private soonTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly onError: (name: string, error: unknown) => void = () => undefined) {}

  /** A feature's warm-up: builds what its views read first. */
  register(name: string, run: () => Promise<unknown>): void {
    this.tasks.push({ name, run });
  }

  /**
   * Runs every task once `delayMs` passed with no newer call of this kind (a sync changes orders
   * page after page: only the pause after it counts).
   */
  afterQuiet(delayMs: number): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      void this.runNow();
    }, delayMs);
  }

  /**
   * Runs every task shortly (a side panel opening). Not postponed by `afterQuiet`: a panel opened
   * while a sync is still writing pages would otherwise wait for the sync's end, and its first
   * click on the products area would build the list itself. The short delay lets the messages
   * that asked for the panel be answered first.
   */
  soon(delayMs = 50): void {
    if (this.soonTimer !== undefined) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
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
