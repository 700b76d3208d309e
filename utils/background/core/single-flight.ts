/**
 * One run per key at a time: a caller that asks while a run for its key is going gets that run's
 * promise instead of starting another (a view opened twice, a reload during a long walk).
 */
export class SingleFlight<T> {
  private running = new Map<string, Promise<T>>();

  run(key: string, start: () => Promise<T>): Promise<T> {
    const going = this.running.get(key);
    if (going) return going;
    const run = start().finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }
}
