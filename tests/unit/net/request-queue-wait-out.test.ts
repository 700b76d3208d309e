import { describe, expect, it, vi } from 'vitest';
import { createCoupangQueue } from '../../../utils/background/coupang/api/queue';
import { QueueUnavailableError } from '../../../utils/background/net/errors';
import type { RequestOptions, RequestQueue } from '../../../utils/background/net/request-queue';
import { failure, queue, useFakeClock } from './queue-fixtures';

/**
 * Reads wait out a short rate-limit block (ending within `waitOutBlockMs`): nothing is sent during
 * it, and then every waiting read goes, in order, instead of failing. Writes and longer blocks
 * still fail fast with QueueUnavailableError ("not sent"), as the sync and the outbox expect.
 */

/** A 429 as a client reports it: refused before processing, with the block end the response gave. */
const tooMany = (blockedUntil: number, notProcessed = true) =>
  failure({ rateLimited: true, retryable: true, notProcessed, blockedUntil, code: 'rateLimited' });

interface Send {
  name: string;
  at: number;
}

/** Requests that log every send; `answer` decides what each attempt gets back. */
function sender(q: RequestQueue, answer: (name: string, attempt: number) => unknown = () => undefined) {
  const sends: Send[] = [];
  const run = (name: string, options: RequestOptions = {}) =>
    q.run(async (_signal, attempt) => {
      sends.push({ name, at: Date.now() });
      const a = answer(name, attempt);
      if (a instanceof Error) throw a;
      return name;
    }, options);
  return { sends, run };
}

const names = (sends: Send[]) => sends.map((s) => s.name);

useFakeClock();

describe('a short rate-limit block is waited out', () => {
  it("Coupang's queue: a 429 on one of several queued reads → all succeed after the block, none sent during it, order kept", async () => {
    const q = createCoupangQueue();
    const t0 = Date.now();
    let blockEnd = 0;
    const { sends, run } = sender(q, (name, attempt) => {
      if (name !== 'r2' || attempt > 1) return undefined;
      blockEnd = Date.now() + 3_000; // Retry-After: 3
      return tooMany(blockEnd);
    });
    const reads = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((n) => run(n, { priority: 'interactive' }));
    const settled = Promise.allSettled(reads);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(blockEnd).toBeGreaterThan(t0);
    // The banner still sees the block while the reads wait.
    expect(q.getState()).toMatchObject({ blockedUntil: blockEnd });
    expect(q.getState().queued).toBeGreaterThan(0);

    await vi.advanceTimersByTimeAsync(5_000);
    const results = await settled;
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
    // r1 went, r2 met the 429; nothing more until the block ended, then r2 again first and the
    // ones that never went, in the order they were asked for.
    expect(names(sends)).toEqual(['r1', 'r2', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(sends.slice(2).every((s) => s.at >= blockEnd)).toBe(true);
    expect(q.getState().blockedUntil).toBeNull();
  });

  it('a read asked for during the block is queued, not refused, and goes after the ones already waiting', async () => {
    const q = queue({ waitOutBlockMs: 15_000, maxConcurrent: 1 });
    let blockEnd = 0;
    const { sends, run } = sender(q, (name, attempt) => {
      if (name !== 'a' || attempt > 1) return undefined;
      blockEnd = Date.now() + 10_000;
      return tooMany(blockEnd);
    });
    const first = [run('a'), run('b')];
    await vi.advanceTimersByTimeAsync(4_000);
    expect(names(sends)).toEqual(['a']);
    const late = run('late');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(names(sends)).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(Promise.all([...first, late])).resolves.toEqual(['a', 'b', 'late']);
    expect(names(sends)).toEqual(['a', 'a', 'b', 'late']);
    expect(sends.slice(1).every((s) => s.at >= blockEnd)).toBe(true);
  });

  it('after the block, interactive work still goes before background sync reads that waited longer', async () => {
    const q = queue({ maxConcurrent: 1 });
    const { sends, run } = sender(q, (name, attempt) =>
      name === 'sync1' && attempt === 1 ? tooMany(Date.now() + 2_000) : undefined,
    );
    const runs = [run('sync1', { priority: 'background' }), run('sync2', { priority: 'background' })];
    await vi.advanceTimersByTimeAsync(500);
    runs.push(run('click', { priority: 'interactive' }));
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(runs);
    expect(names(sends)).toEqual(['sync1', 'click', 'sync1', 'sync2']);
  });

  it('a 429 that keeps coming fails the read after its maxAttempts, each attempt after the previous block', async () => {
    const q = queue({ retry: { maxAttempts: 3 } });
    const { sends, run } = sender(q, () => tooMany(Date.now() + 2_000));
    const read = run('r').catch((e) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await read;
    expect(error).toMatchObject({ code: 'rateLimited' });
    expect(sends).toHaveLength(3);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(2_000);
    expect(sends[2]!.at - sends[1]!.at).toBeGreaterThanOrEqual(2_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sends).toHaveLength(3);
  });
});

describe('writes during a short block: not held here (the outbox queues them again durably)', () => {
  it('a queued write is dropped unsent and a new one refused, with the block end, while the reads wait', async () => {
    const q = queue({ maxConcurrent: 1 });
    let blockEnd = 0;
    const { sends, run } = sender(q, (name, attempt) => {
      if (name !== 'r1' || attempt > 1) return undefined;
      blockEnd = Date.now() + 3_000;
      return tooMany(blockEnd);
    });
    const r1 = run('r1');
    const w1 = run('w1', { kind: 'write' }).catch((e) => e);
    const r2 = run('r2');
    await vi.advanceTimersByTimeAsync(1_000);
    for (const e of [await w1, await run('w2', { kind: 'write' }).catch((e) => e)]) {
      expect(e).toBeInstanceOf(QueueUnavailableError);
      expect(e).toMatchObject({ reason: 'blocked', until: blockEnd });
    }
    const r3 = run('r3');
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(Promise.all([r1, r2, r3])).resolves.toEqual(['r1', 'r2', 'r3']);
    expect(names(sends)).toEqual(['r1', 'r1', 'r2', 'r3']);
  });

  it('the write that met the 429 fails with it and is not sent again; the reads behind it wait', async () => {
    const q = queue({ maxConcurrent: 1 });
    const { sends, run } = sender(q, (name) => (name === 'w1' ? tooMany(Date.now() + 3_000) : undefined));
    const w1 = run('w1', { kind: 'write' }).catch((e) => e);
    const r1 = run('r1');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await w1).toMatchObject({ code: 'rateLimited' });
    await expect(r1).resolves.toBe('r1');
    expect(names(sends)).toEqual(['w1', 'r1']);
  });
});

describe('longer blocks fail fast, as before', () => {
  it('a block longer than waitOutBlockMs rejects what waits with QueueUnavailableError and refuses new work', async () => {
    const q = queue({ waitOutBlockMs: 15_000, maxConcurrent: 1 });
    let blockEnd = 0;
    const { sends, run } = sender(q, (name) => {
      if (name !== 'a') return undefined;
      blockEnd = Date.now() + 20_000;
      return tooMany(blockEnd);
    });
    const a = run('a').catch((e) => e);
    const b = run('b').catch((e) => e);
    const w = run('w', { kind: 'write' }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(await a).toMatchObject({ code: 'rateLimited' });
    for (const e of [await b, await w]) {
      expect(e).toBeInstanceOf(QueueUnavailableError);
      expect(e).toMatchObject({ reason: 'blocked', until: blockEnd });
    }
    expect(await run('new').catch((e) => e)).toMatchObject({ reason: 'blocked', until: blockEnd });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(names(sends)).toEqual(['a']);
  });

  it('a second 429 that stretches a short block beyond the limit rejects everything waiting, unsent', async () => {
    const q = queue({ waitOutBlockMs: 15_000, maxConcurrent: 2, ratePerSecond: 100, burst: 2 });
    let release: () => void = () => {};
    const slow = q
      .run(
        () =>
          new Promise((_, reject) => {
            release = () => reject(tooMany(Date.now() + 60_000));
          }),
      )
      .catch((e) => e);
    const { sends, run } = sender(q, (name, attempt) =>
      name === 'a' && attempt === 1 ? tooMany(Date.now() + 5_000) : undefined,
    );
    const a = run('a').catch((e) => e);
    const b = run('b').catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(names(sends)).toEqual(['a']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await slow).toMatchObject({ code: 'rateLimited' });
    expect(await a).toBeInstanceOf(QueueUnavailableError);
    expect(await b).toBeInstanceOf(QueueUnavailableError);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(names(sends)).toEqual(['a']);
  });

  it('waitOutBlockMs 0 keeps the old behaviour for any block in the future', async () => {
    const q = queue({ waitOutBlockMs: 0, maxConcurrent: 1 });
    const { sends, run } = sender(q, (name) => (name === 'a' ? tooMany(Date.now() + 1_000) : undefined));
    const a = run('a').catch((e) => e);
    const b = run('b').catch((e) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await a).toMatchObject({ code: 'rateLimited' });
    expect(await b).toBeInstanceOf(QueueUnavailableError);
    expect(names(sends)).toEqual(['a']);
  });
});

describe('cancelling while waiting out a block', () => {
  it("a caller's abort drops its waiting read unsent; the others still go after the block", async () => {
    const q = queue({ maxConcurrent: 1 });
    const { sends, run } = sender(q, (name, attempt) =>
      name === 'a' && attempt === 1 ? tooMany(Date.now() + 5_000) : undefined,
    );
    const leave = new AbortController();
    const a = run('a');
    const b = run('b', { signal: leave.signal }).catch((e) => e);
    const c = run('c');
    await vi.advanceTimersByTimeAsync(1_000);
    leave.abort(new Error('view closed'));
    expect(((await b) as Error).message).toBe('view closed');
    expect(q.getState().queued).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(Promise.all([a, c])).resolves.toEqual(['a', 'c']);
    expect(names(sends)).toEqual(['a', 'a', 'c']);
  });

  it('the read that met the 429 can be cancelled while it waits to go again', async () => {
    const q = queue({ maxConcurrent: 1 });
    const { sends, run } = sender(q, () => tooMany(Date.now() + 5_000));
    const leave = new AbortController();
    const a = run('a', { signal: leave.signal }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    leave.abort(new Error('view closed'));
    expect(((await a) as Error).message).toBe('view closed');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(names(sends)).toEqual(['a']);
    expect(q.getState()).toMatchObject({ queued: 0, inFlight: 0 });
  });

  it('close() rejects everything waiting; nothing is sent when the block ends', async () => {
    const q = queue({ maxConcurrent: 1 });
    const { sends, run } = sender(q, (name) => (name === 'a' ? tooMany(Date.now() + 5_000) : undefined));
    const a = run('a').catch((e) => e);
    const b = run('b').catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    q.close();
    expect(await a).toMatchObject({ reason: 'closed' });
    expect(await b).toMatchObject({ reason: 'closed' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(names(sends)).toEqual(['a']);
  });
});
