/**
 * Cache of fixed-size windows of a long server-side list (the virtualized order list asks the
 * background for `offset/limit` slices). Windows are fetched on demand, de-duplicated while in
 * flight, evicted least-recently-used beyond `maxWindows`, and marked stale on `invalidate()`:
 * stale rows stay on screen (no flicker) until their refetch lands. When a reply reports a
 * different total, the list has shifted, so every other window is stale too.
 */
export interface WindowReply<Row> {
  rows: Row[];
  total: number;
}

export interface WindowCacheOptions<Row, Reply extends WindowReply<Row>> {
  windowSize: number;
  maxWindows?: number;
  fetch: (offset: number, limit: number) => Promise<Reply>;
  /** Called after any change to cached rows or the total. */
  onUpdate?: () => void;
  /** Every reply, for list-wide data (counts, sync time…). */
  onReply?: (reply: Reply) => void;
  onError?: (error: unknown) => void;
}

interface Entry<Row> {
  rows: Row[];
  stale: boolean;
  used: number;
  /** The invalidation generation the rows were fetched in. */
  generation: number;
}

export class WindowCache<Row, Reply extends WindowReply<Row> = WindowReply<Row>> {
  readonly windowSize: number;
  private readonly maxWindows: number;
  private readonly windows = new Map<number, Entry<Row>>();
  private readonly inflight = new Map<number, { generation: number; promise: Promise<void> }>();
  private generation = 0;
  private useClock = 0;
  private disposed = false;
  total: number | undefined;
  /** Number of fetches made (tests and diagnostics). */
  fetches = 0;

  constructor(private readonly opts: WindowCacheOptions<Row, Reply>) {
    this.windowSize = opts.windowSize;
    this.maxWindows = Math.max(2, opts.maxWindows ?? 30);
  }

  rowAt(index: number): Row | undefined {
    const w = this.windows.get(Math.floor(index / this.windowSize));
    return w?.rows[index % this.windowSize];
  }

  isLoaded(index: number): boolean {
    return this.rowAt(index) !== undefined;
  }

  /** Fetches every missing or stale window that overlaps [start, end] (inclusive). */
  ensure(start: number, end: number): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const first = Math.max(0, start);
    // Past the known end only the first window is asked: its reply tells the new total (an empty
    // list that was invalidated must still be re-read, or it stays empty forever).
    const last = this.total === undefined ? end : Math.max(first, Math.min(end, this.total - 1));
    const jobs: Promise<void>[] = [];
    const fromW = Math.floor(first / this.windowSize);
    const toW = Math.floor(last / this.windowSize);
    for (let w = fromW; w <= toW; w++) {
      const entry = this.windows.get(w);
      if (entry) entry.used = ++this.useClock;
      if (entry && !entry.stale) continue;
      const running = this.inflight.get(w);
      if (running && running.generation === this.generation) {
        jobs.push(running.promise);
        continue;
      }
      jobs.push(this.load(w));
    }
    this.evict(fromW, toW);
    return Promise.all(jobs).then(() => undefined);
  }

  /**
   * Starts an empty cache with a first window (offset 0) already answered, e.g. fetched ahead of
   * need: its rows are there for the first render, with no fetch. Calls neither onReply nor
   * onUpdate (the caller has the reply, and may be rendering).
   */
  seed(reply: Reply): void {
    if (this.total !== undefined || this.windows.size) throw new Error('seed() is for a new cache');
    this.total = reply.total;
    this.windows.set(0, { rows: reply.rows, stale: false, used: ++this.useClock, generation: this.generation });
  }

  /** Marks everything stale; rows stay visible until refetched by the next `ensure`. */
  invalidate(): void {
    this.generation++;
    for (const w of this.windows.values()) w.stale = true;
  }

  /** Keys of loaded rows in [start, end] (inclusive). */
  keysInRange(start: number, end: number, keyOf: (row: Row) => string): string[] {
    const out: string[] = [];
    const last = this.total === undefined ? end : Math.min(end, this.total - 1);
    for (let i = Math.max(0, start); i <= last; i++) {
      const row = this.rowAt(i);
      if (row !== undefined) out.push(keyOf(row));
    }
    return out;
  }

  get windowCount(): number {
    return this.windows.size;
  }

  dispose(): void {
    this.disposed = true;
    this.windows.clear();
    this.inflight.clear();
  }

  private load(w: number): Promise<void> {
    const generation = this.generation;
    this.fetches++;
    const promise = this.opts.fetch(w * this.windowSize, this.windowSize).then(
      (reply) => {
        if (this.disposed) return;
        if (this.inflight.get(w)?.generation === generation) this.inflight.delete(w);
        const shifted = this.total !== undefined && reply.total !== this.total;
        this.total = reply.total;
        if (shifted) for (const [k, e] of this.windows) if (k !== w) e.stale = true;
        // A reply older than the last invalidate() is shown but refetched next time.
        const stale = generation !== this.generation;
        const entry = this.windows.get(w);
        // Never let a late, older reply overwrite newer rows.
        if (!entry || generation >= entry.generation) {
          this.windows.set(w, { rows: reply.rows, stale, used: ++this.useClock, generation });
        }
        // Drop windows entirely past the end.
        const lastWindow = Math.floor(Math.max(0, reply.total - 1) / this.windowSize);
        for (const k of [...this.windows.keys()]) if (k > lastWindow || reply.total === 0) this.windows.delete(k);
        if (reply.total === 0) this.windows.set(0, { rows: [], stale, used: ++this.useClock, generation });
        this.opts.onReply?.(reply);
        this.opts.onUpdate?.();
      },
      (error) => {
        if (this.inflight.get(w)?.generation === generation) this.inflight.delete(w);
        if (!this.disposed) this.opts.onError?.(error);
      },
    );
    this.inflight.set(w, { generation, promise });
    return promise;
  }

  private evict(keepFrom: number, keepTo: number): void {
    if (this.windows.size <= this.maxWindows) return;
    const candidates = [...this.windows.entries()]
      .filter(([w]) => w < keepFrom || w > keepTo)
      .sort((a, b) => a[1].used - b[1].used);
    while (this.windows.size > this.maxWindows && candidates.length) this.windows.delete(candidates.shift()![0]);
  }
}
