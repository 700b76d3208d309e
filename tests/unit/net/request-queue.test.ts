import { describe, expect, it, vi } from 'vitest';
import { QueueUnavailableError, RequestTimeoutError } from '../../../utils/background/net/errors';
import { failure, queue, useFakeClock } from './queue-fixtures';

const serverError = () => failure({ retryable: true, breakerFailure: true, code: 'server' });
const badRequest = () => failure({ retryable: false, breakerFailure: false, code: 'badRequest' });

/** A task that records when each attempt started and resolves after `ms`. */
function recorder(ms = 50) {
  const starts: number[] = [];
  const task = () => {
    starts.push(Date.now());
    return new Promise<string>((resolve) => setTimeout(() => resolve('ok'), ms));
  };
  return { starts, task };
}

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let i = 0; i < times.length; i++) {
    let n = 0;
    for (let j = i; j < times.length && times[j]! < times[i]! + windowMs; j++) n++;
    max = Math.max(max, n);
  }
  return max;
}

useFakeClock();

describe('rate limiting', () => {
  it('never sends more than rate + burst in any one-second window, and still reaches the rate', async () => {
    const q = queue({ ratePerSecond: 8, burst: 1, maxConcurrent: 4 });
    const { starts, task } = recorder(300);
    const t0 = Date.now();
    const all = Promise.all(Array.from({ length: 80 }, () => q.run(task)));
    await vi.advanceTimersByTimeAsync(20_000);
    await all;
    expect(starts).toHaveLength(80);
    expect(maxInWindow(starts, 1000)).toBeLessThanOrEqual(9);
    // 80 sends at 8/s after the first token: the last one starts at ~9.9 s, not much later.
    const last = starts[starts.length - 1]! - t0;
    expect(last).toBeGreaterThanOrEqual(9_800);
    expect(last).toBeLessThanOrEqual(10_100);
  });

  it('holds a per-minute window exactly (Rocket Growth 50/min) in its lane without slowing other lanes', async () => {
    const q = queue({ ratePerSecond: 8, lanes: { rg: { windows: [{ limit: 50, windowMs: 60_000 }] } } });
    const rg = recorder(10);
    const other = recorder(10);
    const rgRuns = Array.from({ length: 60 }, () => q.run(rg.task, { lane: 'rg' }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rg.starts).toHaveLength(50);
    const otherRun = q.run(other.task);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(other.starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(rgRuns);
    await otherRun;
    expect(rg.starts).toHaveLength(60);
    expect(maxInWindow(rg.starts, 60_000)).toBe(50);
    // The 51st waits until the first send leaves the window.
    expect(rg.starts[50]! - rg.starts[0]!).toBeGreaterThanOrEqual(60_000);
  });

  it('rejects an unknown lane', () => {
    expect(() => queue().run(async () => 1, { lane: 'nope' })).toThrow(/unknown lane/);
  });
});

describe('priority', () => {
  it('starts interactive work before queued background work, FIFO within a priority', async () => {
    const q = queue({ ratePerSecond: 100, maxConcurrent: 1 });
    const order: string[] = [];
    const task = (name: string) => () => {
      order.push(name);
      return new Promise((r) => setTimeout(r, 100));
    };
    const runs = [
      q.run(task('bg1'), { priority: 'background' }),
      q.run(task('bg2'), { priority: 'background' }),
      q.run(task('n1')),
      q.run(task('bg3'), { priority: 'background' }),
      q.run(task('write1'), { priority: 'interactive', kind: 'write' }),
      q.run(task('write2'), { priority: 'interactive', kind: 'write' }),
    ];
    await vi.advanceTimersByTimeAsync(2_000);
    await Promise.all(runs);
    expect(order).toEqual(['bg1', 'write1', 'write2', 'n1', 'bg2', 'bg3']);
  });
});

describe('retry and backoff', () => {
  it('retries retryable read failures with exponential backoff', async () => {
    const q = queue({ retry: { maxAttempts: 4, baseMs: 1_000, maxMs: 30_000, jitter: 0.5 }, random: () => 0 });
    const starts: number[] = [];
    const t0 = Date.now();
    const p = q.run(async () => {
      starts.push(Date.now() - t0);
      if (starts.length < 4) throw serverError();
      return 'done';
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(p).resolves.toBe('done');
    // random() = 0 → no jitter reduction: 1 s, 2 s, 4 s.
    expect(starts).toEqual([0, 1_000, 3_000, 7_000]);
  });

  it('applies jitter by shortening the delay, and caps it at maxMs', async () => {
    const q = queue({ retry: { maxAttempts: 4, baseMs: 1_000, maxMs: 1_500, jitter: 0.5 }, random: () => 1 });
    const starts: number[] = [];
    const t0 = Date.now();
    const p = q.run(async () => {
      starts.push(Date.now() - t0);
      throw serverError();
    });
    const settled = p.catch((e) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await settled).message).toMatch(/server/);
    // delays: 1000·0.5, min(2000,1500)·0.5, min(4000,1500)·0.5
    expect(starts).toEqual([0, 500, 1_250, 2_000]);
  });

  it('does not retry non-retryable (4xx-like) failures', async () => {
    const q = queue();
    let calls = 0;
    const p = q
      .run(async () => {
        calls++;
        throw badRequest();
      })
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await p).code).toBe('badRequest');
    expect(calls).toBe(1);
  });

  it('does not retry a write unless the failure proves it was not processed', async () => {
    const q = queue();
    let writeCalls = 0;
    const w = q
      .run(
        async () => {
          writeCalls++;
          throw serverError();
        },
        { kind: 'write' },
      )
      .catch((e) => e);
    let safeCalls = 0;
    const safe = q.run(
      async () => {
        safeCalls++;
        if (safeCalls === 1) throw failure({ retryable: true, notProcessed: true, code: 'upstreamDown' });
        return 'sent';
      },
      { kind: 'write' },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await w).code).toBe('server');
    expect(writeCalls).toBe(1);
    await expect(safe).resolves.toBe('sent');
    expect(safeCalls).toBe(2);
  });

  it('retries a network TypeError on reads', async () => {
    const q = queue();
    let calls = 0;
    const p = q.run(async () => {
      if (++calls === 1) throw new TypeError('Failed to fetch');
      return calls;
    });
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(p).resolves.toBe(2);
    expect(q.getState().lastError?.code).toBe('network');
  });
});

describe('timeouts', () => {
  it('aborts the attempt signal at the timeout and retries a read', async () => {
    const q = queue({ timeoutMs: 2_000, retry: { maxAttempts: 2, baseMs: 1_000, maxMs: 1_000, jitter: 0 } });
    const signals: AbortSignal[] = [];
    const p = q.run((signal) => {
      signals.push(signal);
      return new Promise(() => {}); // hangs and ignores its signal
    });
    const settled = p.catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[0]!.reason).toBeInstanceOf(RequestTimeoutError);
    await vi.advanceTimersByTimeAsync(1_000); // backoff
    expect(signals).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await settled;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(q.getState().inFlight).toBe(0);
  });

  it('does not retry a write that timed out (it may have been processed)', async () => {
    const q = queue({ timeoutMs: 1_000 });
    let calls = 0;
    const p = q
      .run(
        () => {
          calls++;
          return new Promise(() => {});
        },
        { kind: 'write', timeoutMs: 500 },
      )
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await p).toBeInstanceOf(RequestTimeoutError);
    expect(((await p) as RequestTimeoutError).timeoutMs).toBe(500);
    expect(calls).toBe(1);
  });
});

describe('caller abort', () => {
  it('drops a queued request without sending it, and aborts one in flight', async () => {
    const q = queue({ maxConcurrent: 1 });
    const first = new AbortController();
    const second = new AbortController();
    let secondStarted = false;
    const p1 = q.run(
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      {
        signal: first.signal,
      },
    );
    const p2 = q.run(
      async () => {
        secondStarted = true;
      },
      { signal: second.signal },
    );
    second.abort(new Error('user left'));
    await expect(p2).rejects.toThrow('user left');
    first.abort(new Error('cancelled'));
    await expect(p1).rejects.toThrow('cancelled');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(secondStarted).toBe(false);
    expect(q.getState()).toMatchObject({ queued: 0, inFlight: 0, circuit: 'closed' });
  });
});

describe('rate-limit block (429)', () => {
  it('blocks for the default duration, rejects queued work unsent and refuses new work until then', async () => {
    const q = queue({ maxConcurrent: 1, defaultBlockMs: 60_000 });
    const states: Array<number | null> = [];
    q.subscribe((s) => states.push(s.blockedUntil));
    const t0 = Date.now();
    let sends = 0;
    const limited = q
      .run(async () => {
        sends++;
        throw failure({ rateLimited: true, retryable: true, notProcessed: true, code: 'rateLimited' });
      })
      .catch((e) => e);
    const queued = q
      .run(async () => {
        sends++;
      })
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect((await limited).code).toBe('rateLimited');
    const dropped = await queued;
    expect(dropped).toBeInstanceOf(QueueUnavailableError);
    expect(dropped.reason).toBe('blocked');
    expect(dropped.until).toBe(t0 + 60_000);
    expect(q.getState().blockedUntil).toBe(t0 + 60_000);

    await vi.advanceTimersByTimeAsync(30_000);
    const refused = await q.run(async () => sends++).catch((e) => e);
    expect(refused).toBeInstanceOf(QueueUnavailableError);
    expect(sends).toBe(1);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(q.getState().blockedUntil).toBeNull();
    expect(states).toContain(t0 + 60_000);
    expect(states[states.length - 1]).toBeNull(); // subscribers hear the block end
    await expect(q.run(async () => 'after')).resolves.toBe('after');
  });

  it('uses the block end given by the response (Retry-After)', async () => {
    // 20 s: longer than the queue waits out, so the request fails at once (see request-queue-wait-out).
    const q = queue({ waitOutBlockMs: 15_000 });
    const t0 = Date.now();
    await q
      .run(async () => {
        throw failure({ rateLimited: true, blockedUntil: t0 + 20_000, code: 'rateLimited' });
      })
      .catch(() => {});
    expect(q.getState().blockedUntil).toBe(t0 + 20_000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(q.getState().blockedUntil).toBeNull();
  });

  it('does not retry a request that failed while the queue is blocked', async () => {
    const q = queue({ maxConcurrent: 2, ratePerSecond: 100, burst: 2 });
    let slowCalls = 0;
    const slow = q
      .run(() => {
        slowCalls++;
        return new Promise((_, reject) => setTimeout(() => reject(serverError()), 100));
      })
      .catch((e) => e);
    await q
      .run(async () => {
        throw failure({ rateLimited: true, code: 'rateLimited' });
      })
      .catch(() => {});
    await vi.advanceTimersByTimeAsync(120_000);
    expect(((await slow) as { code: string }).code).toBe('server');
    expect(slowCalls).toBe(1);
  });
});

describe('circuit breaker', () => {
  /** Runs one request to completion, moving fake time past its rate-limit wait. */
  async function drive<T>(p: Promise<T>): Promise<T | Error> {
    const settled = p.catch((e: Error) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    return settled;
  }

  it('opens after N consecutive failures, refuses work, then half-opens with a single probe', async () => {
    const q = queue({ breaker: { failureThreshold: 3, cooldownMs: 10_000 }, retry: { maxAttempts: 1 } });
    for (let i = 0; i < 2; i++) await drive(q.run(async () => Promise.reject(serverError())));
    expect(q.getState().circuit).toBe('closed');
    await drive(q.run(async () => Promise.reject(serverError())));
    const state = q.getState();
    expect(state.circuit).toBe('open');
    expect(state.circuitRetryAt! - state.lastError!.at).toBe(10_000);

    const refused = await q.run(async () => 'x').catch((e) => e);
    expect(refused).toBeInstanceOf(QueueUnavailableError);
    expect(refused.reason).toBe('circuitOpen');
    expect(refused.until).toBe(state.circuitRetryAt);

    await vi.advanceTimersByTimeAsync(10_000);
    let releaseProbe: (v: string) => void = () => {};
    const probe = q.run(() => new Promise<string>((r) => (releaseProbe = r)));
    let followerStarted = false;
    const follower = q.run(async () => {
      followerStarted = true;
      return 'follower';
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(q.getState()).toMatchObject({ circuit: 'halfOpen', inFlight: 1, queued: 1 });
    expect(followerStarted).toBe(false);
    releaseProbe('probe');
    await expect(probe).resolves.toBe('probe');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(follower).resolves.toBe('follower');
    expect(q.getState().circuit).toBe('closed');
  });

  it('re-opens when the probe fails and fails the waiting requests without sending them', async () => {
    const q = queue({ breaker: { failureThreshold: 1, cooldownMs: 5_000 }, retry: { maxAttempts: 1 } });
    await drive(q.run(async () => Promise.reject(serverError())));
    await vi.advanceTimersByTimeAsync(5_000);
    const probe = q.run(() => new Promise((_, reject) => setTimeout(() => reject(serverError()), 100))).catch((e) => e);
    let waitingSent = false;
    const waiting = q
      .run(async () => {
        waitingSent = true;
      })
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(200);
    expect(((await probe) as { code: string }).code).toBe('server');
    expect(await waiting).toBeInstanceOf(QueueUnavailableError);
    expect(waitingSent).toBe(false);
    expect(q.getState().circuit).toBe('open');
  });

  it('is reset by an answer that is not a breaker failure (e.g. 400)', async () => {
    const q = queue({ breaker: { failureThreshold: 2, cooldownMs: 5_000 }, retry: { maxAttempts: 1 } });
    await drive(q.run(async () => Promise.reject(serverError())));
    await drive(q.run(async () => Promise.reject(badRequest())));
    await drive(q.run(async () => Promise.reject(serverError())));
    expect(q.getState().circuit).toBe('closed');
    expect(q.getState().lastError).toMatchObject({ code: 'server' });
    await drive(q.run(async () => Promise.reject(serverError())));
    expect(q.getState().circuit).toBe('open');
  });
});

describe('de-duplication', () => {
  it('gives identical in-flight reads the same promise and runs the task once', async () => {
    const q = queue();
    let calls = 0;
    const task = () => {
      calls++;
      return new Promise<number>((r) => setTimeout(() => r(calls), 100));
    };
    const a = q.run(task, { dedupeKey: 'GET /x' });
    const b = q.run(task, { dedupeKey: 'GET /x' });
    const c = q.run(task, { dedupeKey: 'GET /y' });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await a).toBe(1);
    expect(calls).toBe(2);
    const again = q.run(task, { dedupeKey: 'GET /x' });
    expect(again).not.toBe(a);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(3);
  });

  it('never de-duplicates writes', async () => {
    const q = queue();
    let calls = 0;
    const task = async () => ++calls;
    const a = q.run(task, { dedupeKey: 'k', kind: 'write' });
    const b = q.run(task, { dedupeKey: 'k', kind: 'write' });
    expect(b).not.toBe(a);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([a, b]);
    expect(calls).toBe(2);
  });
});

describe('observable state', () => {
  it('reports queued and in-flight counts to subscribers and stops after unsubscribe', async () => {
    const q = queue({ maxConcurrent: 1, ratePerSecond: 100 });
    const seen: Array<[number, number]> = [];
    const unsubscribe = q.subscribe((s) => seen.push([s.queued, s.inFlight]));
    const a = q.run(() => new Promise((r) => setTimeout(r, 100)));
    const b = q.run(() => new Promise((r) => setTimeout(r, 100)));
    expect(q.getState()).toMatchObject({
      queued: 1,
      inFlight: 1,
      blockedUntil: null,
      circuit: 'closed',
      lastError: null,
    });
    await vi.advanceTimersByTimeAsync(500);
    await Promise.all([a, b]);
    expect(seen[seen.length - 1]).toEqual([0, 0]);
    expect(seen).toContainEqual([1, 1]);
    const count = seen.length;
    unsubscribe();
    await q.run(async () => 1);
    expect(seen).toHaveLength(count);
  });

  it('close() rejects queued work and refuses more', async () => {
    const q = queue({ maxConcurrent: 1 });
    const a = q.run(() => new Promise((r) => setTimeout(r, 100)));
    const b = q.run(async () => 'b').catch((e) => e);
    q.close();
    expect((await b).reason).toBe('closed');
    expect((await q.run(async () => 1).catch((e) => e)).reason).toBe('closed');
    await vi.advanceTimersByTimeAsync(200);
    await a;
  });
});
