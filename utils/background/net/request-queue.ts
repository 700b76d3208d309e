import { type BackoffOptions, backoffDelay } from './backoff';
import { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker';
import { defaultClassify, type ErrorDisposition, QueueUnavailableError, RequestTimeoutError } from './errors';
import { SlidingWindow, type WindowLimit } from './sliding-window';
import { globalTimers, type Timers } from './timers';
import { TokenBucket } from './token-bucket';

/**
 * One queue per marketplace account: every request to that account's API goes through it, so the
 * account's rate limit holds no matter how many features call at once. Marketplace-neutral: the
 * Coupang and 1688 clients both use it with their own limits and error traits.
 *
 * Behaviour in short:
 * - dispatch: highest priority first, FIFO within a priority; a token bucket (+ optional exact
 *   sliding windows, globally or per lane) gates every attempt, retries included;
 * - each attempt gets an AbortSignal that fires on its timeout or the caller's signal;
 * - failures classified retryable are retried with exponential backoff + jitter — reads always,
 *   writes only when the failure proves the request was not processed;
 * - a rate-limit failure blocks the whole queue until `blockedUntil` and nothing is sent before.
 *   Queued requests are rejected with `QueueUnavailableError` (not sent, safe to retry later) and
 *   new ones refused until it ends — except reads during a short block (ending within
 *   `waitOutBlockMs`): they stay queued, the read that met the 429 with them, and go out in order
 *   once it ends;
 * - consecutive breaker failures open a circuit breaker (same rejection), half-open probe later;
 * - identical in-flight reads with the same `dedupeKey` share one promise.
 */

export type Priority = 'interactive' | 'normal' | 'background';
const PRIORITY_RANK: Record<Priority, number> = { interactive: 0, normal: 1, background: 2 };

export type RequestKind = 'read' | 'write';

export interface RequestOptions {
  /** 'interactive' for actions the seller is waiting on, 'background' for sync. Default 'normal'. */
  priority?: Priority;
  /** Writes are never retried unless the error proves they were not processed. Default 'read'. */
  kind?: RequestKind;
  /** Reads with the same key while one is queued or in flight return the same promise. */
  dedupeKey?: string;
  /** Per-attempt timeout; overrides the queue default. */
  timeoutMs?: number;
  /** Cancels the request (queued: dropped; in flight: aborted). For a deduplicated read only the first caller's signal counts. */
  signal?: AbortSignal;
  /** A named lane with its own extra limits (e.g. Rocket Growth's 50 calls/min). */
  lane?: string;
  /** Total attempts including the first; overrides the queue default. */
  maxAttempts?: number;
}

export interface LaneOptions {
  ratePerSecond?: number;
  burst?: number;
  windows?: WindowLimit[];
}

export interface RetryOptions extends BackoffOptions {
  /** Total attempts including the first. */
  maxAttempts: number;
}

export interface RequestQueueOptions {
  /** Sustained requests per second (all lanes together). */
  ratePerSecond: number;
  /** Bucket capacity; any 1 s window sees at most `ratePerSecond + burst` sends. Default 1. */
  burst?: number;
  /** Extra exact limits for all requests, e.g. `{ limit: 50, windowMs: 60_000 }`. */
  windows?: WindowLimit[];
  lanes?: Record<string, LaneOptions>;
  /** Default 4. */
  maxConcurrent?: number;
  /** Default per-attempt timeout, ms. Default 15 000. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Block duration after a rate-limit failure that names none. Default 60 000 ms. */
  defaultBlockMs?: number;
  /**
   * Reads wait out a rate-limit block that ends within this many ms from now instead of failing:
   * one 429 with a `Retry-After` of a few seconds must not abort a refresh of hundreds of reads,
   * nor every other view's read. Queued reads stay queued, the read that met the 429 is queued
   * again (a 429 proves it was not processed; the attempt counts toward its `maxAttempts`), new
   * reads are queued rather than refused, and all go out in priority/FIFO order under the normal
   * limits once the block ends. A longer block fails fast as before, so the sync records "blocked
   * until" and the views say so instead of spinning for minutes.
   *
   * Writes never wait here: they fail with `QueueUnavailableError` / their 429 ("not sent"), and
   * the outbox, which marks an item `sending` with its time before calling, queues it again
   * durably for the block's end. Holding a write here would put seconds between that mark and the
   * real send, which the outbox's settle window (how long a sent write may still land) does not
   * allow for — and the outbox's retry survives a worker restart, this queue does not.
   * Default 15 000 ms; 0 waits only for a block that is already over.
   */
  waitOutBlockMs?: number;
  breaker?: Partial<CircuitBreakerOptions>;
  classify?: (error: unknown) => ErrorDisposition;
  timers?: Timers;
  random?: () => number;
}

export interface QueueLastError {
  at: number;
  code: string;
  message: string;
}

export interface QueueState {
  queued: number;
  inFlight: number;
  /** Epoch ms until which nothing is sent (null when not blocked). */
  blockedUntil: number | null;
  circuit: CircuitState;
  /** When an open circuit lets a probe through. */
  circuitRetryAt: number | null;
  lastError: QueueLastError | null;
}

export type Task<T> = (signal: AbortSignal, attempt: number) => Promise<T>;

interface Entry {
  seq: number;
  rank: number;
  kind: RequestKind;
  lane?: string;
  readyAt: number;
  attempts: number;
  maxAttempts: number;
  timeoutMs: number;
  task: Task<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  /** Set while an attempt runs: ends it immediately with the given error. */
  cancelAttempt?: (error: unknown) => void;
  lastError?: unknown;
}

interface Lane {
  bucket?: TokenBucket;
  windows: SlidingWindow[];
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown; aborted: boolean };

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export class RequestQueue {
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly classify: (error: unknown) => ErrorDisposition;
  private readonly bucket: TokenBucket;
  private readonly windows: SlidingWindow[];
  private readonly lanes = new Map<string, Lane>();
  private readonly breaker: CircuitBreaker;
  private readonly retry: RetryOptions;
  private readonly maxConcurrent: number;
  private readonly timeoutMs: number;
  private readonly defaultBlockMs: number;
  private readonly waitOutBlockMs: number;

  private pending: Entry[] = [];
  private inFlight = 0;
  private seq = 0;
  private blockedUntil: number | null = null;
  private lastError: QueueLastError | null = null;
  private closed = false;
  private pumping = false;
  private wakeTimer: unknown = null;
  private wakeAt = Number.POSITIVE_INFINITY;
  private blockTimer: unknown = null;
  private readonly dedupe = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<(state: QueueState) => void>();

  constructor(options: RequestQueueOptions) {
    this.timers = options.timers ?? globalTimers;
    this.random = options.random ?? Math.random;
    this.classify = options.classify ?? defaultClassify;
    const now = this.timers.now();
    this.bucket = new TokenBucket(options.ratePerSecond, options.burst ?? 1, now);
    this.windows = (options.windows ?? []).map((w) => new SlidingWindow(w));
    for (const [name, lane] of Object.entries(options.lanes ?? {})) {
      this.lanes.set(name, {
        bucket: lane.ratePerSecond ? new TokenBucket(lane.ratePerSecond, lane.burst ?? 1, now) : undefined,
        windows: (lane.windows ?? []).map((w) => new SlidingWindow(w)),
      });
    }
    this.breaker = new CircuitBreaker({
      failureThreshold: options.breaker?.failureThreshold ?? 5,
      cooldownMs: options.breaker?.cooldownMs ?? 30_000,
    });
    this.retry = {
      maxAttempts: options.retry?.maxAttempts ?? 3,
      baseMs: options.retry?.baseMs ?? 1_000,
      maxMs: options.retry?.maxMs ?? 30_000,
      jitter: options.retry?.jitter ?? 0.5,
    };
    this.maxConcurrent = options.maxConcurrent ?? 4;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.defaultBlockMs = options.defaultBlockMs ?? 60_000;
    this.waitOutBlockMs = options.waitOutBlockMs ?? 15_000;
  }

  /** Queues `task`; resolves with its value or rejects with its (final) error. */
  run<T>(task: Task<T>, options: RequestOptions = {}): Promise<T> {
    const kind = options.kind ?? 'read';
    const dedupeKey = kind === 'read' ? options.dedupeKey : undefined;
    if (dedupeKey !== undefined) {
      const existing = this.dedupe.get(dedupeKey);
      if (existing) return existing as Promise<T>;
    }
    if (options.lane !== undefined && !this.lanes.has(options.lane)) throw new Error(`unknown lane: ${options.lane}`);

    const promise = new Promise<T>((resolve, reject) => {
      const refusal = this.refusal(kind, this.timers.now());
      if (refusal) return reject(refusal);
      if (options.signal?.aborted) return reject(abortReason(options.signal));
      const entry: Entry = {
        seq: this.seq++,
        rank: PRIORITY_RANK[options.priority ?? 'normal'],
        kind,
        lane: options.lane,
        readyAt: 0,
        attempts: 0,
        maxAttempts: Math.max(1, options.maxAttempts ?? this.retry.maxAttempts),
        timeoutMs: options.timeoutMs ?? this.timeoutMs,
        task: task as Task<unknown>,
        resolve: resolve as (value: unknown) => void,
        reject,
        signal: options.signal,
      };
      if (options.signal) {
        entry.onAbort = () => this.abortEntry(entry);
        options.signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.pending.push(entry);
    });

    if (dedupeKey !== undefined) {
      this.dedupe.set(dedupeKey, promise);
      const forget = () => {
        if (this.dedupe.get(dedupeKey) === promise) this.dedupe.delete(dedupeKey);
      };
      promise.then(forget, forget);
    }
    this.emit();
    this.pump();
    return promise;
  }

  hasLane(name: string): boolean {
    return this.lanes.has(name);
  }

  getState(): QueueState {
    const now = this.timers.now();
    return {
      queued: this.pending.length,
      inFlight: this.inFlight,
      blockedUntil: this.blockedUntil !== null && this.blockedUntil > now ? this.blockedUntil : null,
      circuit: this.breaker.current,
      circuitRetryAt: this.breaker.retryAt(),
      lastError: this.lastError,
    };
  }

  /** Called with the new state after every change; returns an unsubscribe function. */
  subscribe(listener: (state: QueueState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rejects everything queued and refuses new work (in-flight attempts finish on their own). */
  close(): void {
    this.closed = true;
    this.rejectPending(() => new QueueUnavailableError('closed', null));
    this.clearWake();
    if (this.blockTimer !== null) this.timers.clearTimeout(this.blockTimer);
    this.blockTimer = null;
    this.emit();
  }

  private refusal(kind: RequestKind, now: number): QueueUnavailableError | null {
    if (this.closed) return new QueueUnavailableError('closed', null);
    if (this.blockedUntil !== null && now < this.blockedUntil && !this.waitsOutBlock(kind, now))
      return new QueueUnavailableError('blocked', this.blockedUntil);
    if (this.breaker.rejectsAt(now)) return new QueueUnavailableError('circuitOpen', this.breaker.retryAt());
    return null;
  }

  /** Whether a request of this kind waits for the current rate-limit block to end (see `waitOutBlockMs`). */
  private waitsOutBlock(kind: RequestKind, now: number): boolean {
    return kind === 'read' && (this.blockedUntil === null || this.blockedUntil - now <= this.waitOutBlockMs);
  }

  private globalWait(now: number): number {
    let wait = this.bucket.msUntilAvailable(now);
    for (const w of this.windows) wait = Math.max(wait, w.msUntilAvailable(now));
    return wait;
  }

  private laneWait(name: string | undefined, now: number): number {
    const lane = name === undefined ? undefined : this.lanes.get(name);
    if (!lane) return 0;
    let wait = lane.bucket?.msUntilAvailable(now) ?? 0;
    for (const w of lane.windows) wait = Math.max(wait, w.msUntilAvailable(now));
    return wait;
  }

  private consume(name: string | undefined, now: number): void {
    this.bucket.take(now);
    for (const w of this.windows) w.record(now);
    const lane = name === undefined ? undefined : this.lanes.get(name);
    if (!lane) return;
    lane.bucket?.take(now);
    for (const w of lane.windows) w.record(now);
  }

  /** Starts every entry that may start now and schedules a wake-up for the earliest one that may not. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      let wakeAt = Number.POSITIVE_INFINITY;
      while (this.pending.length > 0 && !this.closed) {
        const now = this.timers.now();
        if (this.blockedUntil !== null && now < this.blockedUntil) break; // the block timer pumps again
        if (this.inFlight >= this.maxConcurrent) break; // a completion pumps again
        if (!this.breaker.canStart(now, this.inFlight)) {
          const retryAt = this.breaker.retryAt();
          if (retryAt !== null && retryAt > now) wakeAt = Math.min(wakeAt, retryAt);
          break; // otherwise a probe is in flight and its completion pumps again
        }
        const wait = this.globalWait(now);
        if (wait > 0) {
          wakeAt = Math.min(wakeAt, now + wait);
          break;
        }
        let best: Entry | undefined;
        for (const entry of this.pending) {
          if (entry.readyAt > now) {
            wakeAt = Math.min(wakeAt, entry.readyAt);
            continue;
          }
          const laneWait = this.laneWait(entry.lane, now);
          if (laneWait > 0) {
            wakeAt = Math.min(wakeAt, now + laneWait);
            continue;
          }
          if (!best || entry.rank < best.rank || (entry.rank === best.rank && entry.seq < best.seq)) best = entry;
        }
        if (!best) break;
        this.pending.splice(this.pending.indexOf(best), 1);
        this.consume(best.lane, now);
        this.start(best);
      }
      this.scheduleWake(wakeAt);
    } finally {
      this.pumping = false;
    }
  }

  private scheduleWake(at: number): void {
    if (at === this.wakeAt) return;
    this.clearWake();
    if (!Number.isFinite(at) || this.pending.length === 0) return;
    this.wakeAt = at;
    this.wakeTimer = this.timers.setTimeout(
      () => {
        this.wakeTimer = null;
        this.wakeAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(0, at - this.timers.now()),
    );
  }

  private clearWake(): void {
    if (this.wakeTimer !== null) this.timers.clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    this.wakeAt = Number.POSITIVE_INFINITY;
  }

  private start(entry: Entry): void {
    this.inFlight += 1;
    entry.attempts += 1;
    this.breaker.onStart();
    const controller = new AbortController();
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      this.timers.clearTimeout(timer);
      entry.cancelAttempt = undefined;
      this.finish(entry, outcome);
    };
    // Settle on the timer even if the task ignores its signal: a hung task must not hold a slot.
    const timer = this.timers.setTimeout(() => {
      const error = new RequestTimeoutError(entry.timeoutMs);
      controller.abort(error);
      settle({ ok: false, error, aborted: false });
    }, entry.timeoutMs);
    entry.cancelAttempt = (error) => {
      controller.abort(error);
      settle({ ok: false, error, aborted: true });
    };
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(entry.task(controller.signal, entry.attempts));
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (value) => settle({ ok: true, value }),
      (error) => settle({ ok: false, error, aborted: false }),
    );
    this.emit();
  }

  private finish(entry: Entry, outcome: Outcome): void {
    this.inFlight -= 1;
    const now = this.timers.now();
    if (outcome.ok) {
      this.breaker.onSuccess();
      this.complete(entry, () => entry.resolve(outcome.value));
    } else if (outcome.aborted) {
      // The caller gave up; that says nothing about the service's health.
      this.complete(entry, () => entry.reject(outcome.error));
    } else {
      this.fail(entry, outcome.error, now);
    }
    this.emit();
    this.pump();
  }

  private fail(entry: Entry, error: unknown, now: number): void {
    const d = this.classify(error);
    this.lastError = { at: now, code: d.code, message: d.message };
    if (d.rateLimited) {
      this.block(d.blockedUntil ?? now + this.defaultBlockMs);
      const until = this.blockedUntil;
      // A 429 proves the read was not processed: it waits with the others, in its old place (same
      // seq), held back by the block itself.
      if (this.waitsOutBlock(entry.kind, now) && entry.attempts < entry.maxAttempts) {
        entry.lastError = error;
        entry.readyAt = 0;
        this.pending.push(entry);
      } else {
        this.complete(entry, () => entry.reject(error));
      }
      // What may not wait is dropped unsent: writes, and everything when the block is long (also
      // reads queued again after an earlier 429: the 429 proved they were not processed either).
      this.rejectPendingWhere(
        (e) => !this.waitsOutBlock(e.kind, now),
        () => new QueueUnavailableError('blocked', until),
      );
      return;
    }
    if (d.breakerFailure) this.breaker.onFailure(now);
    // A definite answer that is not a breaker failure (e.g. 400) proves the service and our
    // credentials work, so it closes the circuit like a success does.
    else this.breaker.onSuccess();

    const open = this.breaker.current === 'open';
    // During a block a retry is pointless unless it may wait for the block's end.
    const blocked = this.blockedUntil !== null && now < this.blockedUntil && !this.waitsOutBlock(entry.kind, now);
    const mayRetry = d.retryable && (entry.kind === 'read' || d.notProcessed);
    if (!open && !blocked && mayRetry && entry.attempts < entry.maxAttempts) {
      entry.lastError = error;
      entry.readyAt = now + backoffDelay(entry.attempts, this.retry, this.random);
      this.pending.push(entry);
      return;
    }
    this.complete(entry, () => entry.reject(error));
    if (open) {
      // Entries waiting to retry fail with their own last error; fresh ones were never sent.
      const retryAt = this.breaker.retryAt();
      this.rejectPending((e) => e.lastError ?? new QueueUnavailableError('circuitOpen', retryAt));
    }
  }

  private block(until: number): void {
    this.blockedUntil = Math.max(this.blockedUntil ?? 0, until);
    if (this.blockTimer !== null) this.timers.clearTimeout(this.blockTimer);
    // Tell subscribers when the block ends, so a "blocked until" banner disappears on time.
    this.blockTimer = this.timers.setTimeout(
      () => {
        this.blockTimer = null;
        this.emit();
        this.pump();
      },
      Math.max(0, this.blockedUntil - this.timers.now()),
    );
  }

  private abortEntry(entry: Entry): void {
    const reason = entry.signal ? abortReason(entry.signal) : new DOMException('Aborted', 'AbortError');
    if (entry.cancelAttempt) {
      entry.cancelAttempt(reason);
      return;
    }
    const index = this.pending.indexOf(entry);
    if (index < 0) return;
    this.pending.splice(index, 1);
    this.complete(entry, () => entry.reject(reason));
    this.emit();
    this.pump();
  }

  private rejectPending(errorFor: (entry: Entry) => unknown): void {
    this.rejectPendingWhere(() => true, errorFor);
  }

  private rejectPendingWhere(drop: (entry: Entry) => boolean, errorFor: (entry: Entry) => unknown): void {
    const dropped = this.pending.filter(drop);
    if (dropped.length === 0) return;
    this.pending = this.pending.filter((e) => !drop(e));
    for (const entry of dropped) this.complete(entry, () => entry.reject(errorFor(entry)));
  }

  private complete(entry: Entry, settle: () => void): void {
    if (entry.signal && entry.onAbort) entry.signal.removeEventListener('abort', entry.onAbort);
    settle();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const state = this.getState();
    for (const listener of this.listeners) {
      try {
        listener(state);
      } catch {
        // A faulty subscriber must not break the queue.
      }
    }
  }
}
