/**
 * Collapses bursts of "orders of account X changed" into at most one announcement per interval:
 * the first change is announced at once, later ones within the interval are gathered and
 * announced together when it ends. A sync storing page after page thus makes listeners (badge,
 * open views) recount a few times a second, not once per page.
 */
export class ChangeCoalescer {
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private quietSince = Number.NEGATIVE_INFINITY;

  constructor(
    private announce: (accountKey: string) => void,
    /** Read at every change: the interval may grow with what listeners recount. */
    private intervalMs: () => number,
    private now: () => number = () => Date.now(),
  ) {}

  changed(accountKey: string): void {
    this.pending.add(accountKey);
    if (this.timer) return;
    const wait = this.quietSince + this.intervalMs() - this.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Announces what is pending now (and drops it from the queue). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const keys = [...this.pending];
    this.pending.clear();
    if (keys.length) this.quietSince = this.now();
    for (const k of keys) this.announce(k);
  }

  /** Forgets pending announcements (everything was wiped; the wipe announces itself). */
  drop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
