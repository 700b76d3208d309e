import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { defineOutboxAction, type OutboxResult, type Verdict } from '@/utils/background/outbox/action';
import { Outbox, OutboxSendError } from '@/utils/background/outbox/outbox';
import { deleteDatabase, getDb, type OutboxRecord } from '@/utils/background/store/db';

const ackPayload = z.object({ orderKey: z.string() });

/** A fake marketplace: remembers what it applied, so "sent twice" is observable. */
function marketplace() {
  const applied = new Map<string, number>();
  const calls: string[][] = [];
  let failNext: OutboxSendError | 'hang' | undefined;
  const reconciled: string[][] = [];
  const action = defineOutboxAction({
    type: 'test.ack',
    payload: ackPayload,
    batchSize: 2,
    async send(_account, items) {
      calls.push(items.map((i) => i.targetId));
      if (failNext === 'hang') {
        failNext = undefined;
        for (const i of items) applied.set(i.targetId, (applied.get(i.targetId) ?? 0) + 1);
        throw new OutboxSendError({ kind: 'maybeSent', code: 'TIMEOUT', message: 'timed out' });
      }
      if (failNext) {
        const f = failNext;
        failNext = undefined;
        throw f;
      }
      const out = new Map<string, OutboxResult>();
      for (const i of items) {
        if (i.targetId === 'bad') out.set(i.id, { outcome: 'rejected', code: 'INVALID_STATUS', retryable: false });
        else {
          applied.set(i.targetId, (applied.get(i.targetId) ?? 0) + 1);
          out.set(i.id, { outcome: 'applied', code: 'OK' });
        }
      }
      return out;
    },
    async reconcile(_account, items) {
      reconciled.push(items.map((i) => i.targetId));
      return new Map(items.map((i): [string, Verdict] => [i.id, applied.has(i.targetId) ? 'applied' : 'notApplied']));
    },
  });
  return {
    action,
    applied,
    calls,
    reconciled,
    fail(f: OutboxSendError | 'hang') {
      failNext = f;
    },
  };
}

const items = (...ids: string[]) =>
  ids.map((targetId) => ({ targetId, payload: { orderKey: `coupang:A1:${targetId}` } }));

describe('outbox', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });

  it('persists items before sending and gives each its own result', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    const queued = await outbox.enqueue('coupang:A1', 'test.ack', items('1', '2', 'bad'), 'b1');
    expect(await (await getDb()).count('outbox')).toBe(3);
    expect(queued.every((q) => q.state === 'queued')).toBe(true);
    await outbox.process('coupang:A1');
    const done = await outbox.list({ batchId: 'b1' });
    expect(done.map((r) => [r.targetId, r.state, r.result?.code])).toEqual([
      ['1', 'succeeded', 'OK'],
      ['2', 'succeeded', 'OK'],
      ['bad', 'failed', 'INVALID_STATUS'],
    ]);
    expect(m.calls).toEqual([['1', '2'], ['bad']]);
  });

  it('never queues the same action for the same order twice while one is pending', async () => {
    const outbox = new Outbox();
    outbox.register(marketplace().action);
    const a = await outbox.enqueue('coupang:A1', 'test.ack', items('1'), 'b1');
    const b = await outbox.enqueue('coupang:A1', 'test.ack', items('1'), 'b2');
    expect(b[0].id).toBe(a[0].id);
    expect(await (await getDb()).count('outbox')).toBe(1);
  });

  it('resumes after a suspended worker by reconciling, not resending, items caught mid-send', async () => {
    const m = marketplace();
    // The first worker marked the item `sending` and the marketplace applied it, then the worker died.
    const db = await getDb();
    const interrupted: OutboxRecord = {
      id: 'x1',
      accountKey: 'coupang:A1',
      action: 'test.ack',
      targetId: '7',
      payload: { orderKey: 'coupang:A1:1' },
      state: 'sending',
      attempts: 1,
      createdAt: 1,
      updatedAt: 1,
      batchId: 'b1',
    };
    const neverSent: OutboxRecord = { ...interrupted, id: 'x2', targetId: '8', state: 'sending' };
    await db.put('outbox', interrupted);
    await db.put('outbox', neverSent);
    m.applied.set('7', 1);
    const restarted = new Outbox();
    restarted.register(m.action);
    await restarted.resume();
    const rows = await restarted.list({ batchId: 'b1' });
    expect(rows.map((r) => [r.targetId, r.state])).toEqual([
      ['7', 'succeeded'],
      ['8', 'succeeded'],
    ]);
    expect(m.applied.get('7')).toBe(1); // not sent a second time
    expect(m.applied.get('8')).toBe(1); // reconciled as not applied, then sent once
    expect(m.calls).toEqual([['8']]);
  });

  it('does not resend an interrupted item whose request may still land; it waits and re-checks', async () => {
    const m = marketplace();
    let now = 10_000;
    const schedule = vi.fn();
    const outbox = new Outbox({ now: () => now, schedule, settleMs: 30_000, recheck: { firstMs: 2_000 } });
    outbox.register(m.action);
    // Marked sending one second ago by the worker that died; the request is still on its way.
    await (await getDb()).put('outbox', {
      id: 's1',
      accountKey: 'coupang:A1',
      action: 'test.ack',
      targetId: '4',
      payload: { orderKey: 'coupang:A1:1' },
      state: 'sending',
      attempts: 1,
      createdAt: 9_000,
      updatedAt: 9_000,
    });
    await outbox.resume();
    expect((await outbox.list())[0].state).toBe('sending');
    expect(schedule).toHaveBeenCalledWith('coupang:A1', 12_000);
    expect(m.calls).toEqual([]);
    // The original request lands; the re-check sees it applied.
    m.applied.set('4', 1);
    now = 12_000;
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0].state).toBe('succeeded');
    expect(m.calls).toEqual([]);
  });

  it('resends an interrupted item only after the settle window shows it was not applied', async () => {
    const m = marketplace();
    let now = 10_000;
    const outbox = new Outbox({ now: () => now, schedule: vi.fn(), settleMs: 30_000 });
    outbox.register(m.action);
    await (await getDb()).put('outbox', {
      id: 's2',
      accountKey: 'coupang:A1',
      action: 'test.ack',
      targetId: '6',
      payload: { orderKey: 'coupang:A1:1' },
      state: 'sending',
      attempts: 1,
      createdAt: 9_000,
      updatedAt: 9_000,
    });
    await outbox.resume();
    expect(m.calls).toEqual([]);
    now = 40_000;
    await outbox.process('coupang:A1');
    expect(m.calls).toEqual([['6']]);
    expect(m.applied.get('6')).toBe(1);
  });

  it('a request that may have reached the marketplace is reconciled before any resend', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    m.fail('hang');
    await outbox.enqueue('coupang:A1', 'test.ack', items('5'), 'b1');
    await outbox.process('coupang:A1');
    expect(m.applied.get('5')).toBe(1);
    expect((await outbox.list())[0].state).toBe('succeeded');
    expect(m.calls).toEqual([['5']]);
  });

  it('puts items that were never sent back in the queue and schedules a retry', async () => {
    const m = marketplace();
    const schedule = vi.fn();
    const outbox = new Outbox({ schedule });
    outbox.register(m.action);
    m.fail(new OutboxSendError({ kind: 'notSent', code: 'blocked', message: 'blocked', retryAtMs: 123 }));
    await outbox.enqueue('coupang:A1', 'test.ack', items('1'), 'b1');
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({ state: 'queued', attempts: 0 });
    expect(schedule).toHaveBeenCalledWith('coupang:A1', 123);
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0].state).toBe('succeeded');
  });

  it('marks every item failed when the marketplace rejects the whole request, and retries only failed ones', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    await outbox.enqueue('coupang:A1', 'test.ack', items('1', 'bad'), 'b1');
    await outbox.process('coupang:A1');
    m.fail(new OutboxSendError({ kind: 'rejected', code: 'invalidSignature', message: 'no' }));
    await outbox.enqueue('coupang:A1', 'test.ack', items('3'), 'b2');
    await outbox.process('coupang:A1');
    expect((await outbox.list({ batchId: 'b2' }))[0]).toMatchObject({
      state: 'failed',
      result: { outcome: 'rejected', code: 'invalidSignature' },
    });
    const retried = await outbox.retryFailed('b2');
    expect(retried[0].state).toBe('queued');
    await outbox.process('coupang:A1');
    expect((await outbox.list({ batchId: 'b2' }))[0].state).toBe('succeeded');
    // The non-retryable INVALID_STATUS item of b1 stays failed.
    expect((await outbox.retryFailed('b1')).find((r) => r.targetId === 'bad')?.state).toBe('failed');
  });

  it('records an unknown outcome instead of resending when reconciliation cannot tell for a day', async () => {
    const outbox = new Outbox();
    outbox.register(
      defineOutboxAction({
        type: 'test.ack',
        payload: ackPayload,
        batchSize: 1,
        send: vi.fn(),
        reconcile: async () => {
          throw new Error('offline');
        },
      }),
    );
    await (await getDb()).put('outbox', {
      id: 'u',
      accountKey: 'coupang:A1',
      action: 'test.ack',
      targetId: '9',
      payload: { orderKey: 'coupang:A1:9' },
      state: 'sending',
      attempts: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    await outbox.resume();
    expect((await outbox.list())[0]).toMatchObject({
      state: 'unknown',
      result: { outcome: 'unknown', code: 'UNKNOWN_OUTCOME' },
    });
  });

  describe('snapshot (what views read)', () => {
    const states = async (outbox: Outbox) => (await outbox.snapshot()).map((r) => `${r.targetId}:${r.state}`);

    it('is read once and kept while nothing changes', async () => {
      const m = marketplace();
      const outbox = new Outbox();
      outbox.register(m.action);
      await outbox.enqueue('coupang:A1', 'test.ack', items('1'), 'b1');
      const first = outbox.snapshot();
      expect(outbox.snapshot()).toBe(first);
      // Written behind the outbox's back: a kept snapshot does not see it…
      await (await getDb()).delete('outbox', (await first)[0]!.id);
      expect(await states(outbox)).toEqual(['1:queued']);
      // …until the writer says so (a disconnect, "delete all data").
      outbox.invalidate();
      expect(await states(outbox)).toEqual([]);
    });

    it('follows every change the outbox makes: queued, sent, refused, retried', async () => {
      const m = marketplace();
      const outbox = new Outbox();
      outbox.register(m.action);
      expect(await states(outbox)).toEqual([]);
      await outbox.enqueue('coupang:A1', 'test.ack', items('1', 'bad'), 'b1');
      expect(await states(outbox)).toEqual(['1:queued', 'bad:queued']);
      await outbox.process('coupang:A1');
      expect(await states(outbox)).toEqual(['1:succeeded', 'bad:failed']);
      await outbox.recordRefusal('coupang:A1', 'test.ack', items('2')[0]!, 'b1', { code: 'NOT_ELIGIBLE' });
      expect(await states(outbox)).toEqual(['1:succeeded', 'bad:failed', '2:failed']);
    });

    it('a change that lands while a snapshot is being read is seen by the next one', async () => {
      const m = marketplace();
      const outbox = new Outbox();
      outbox.register(m.action);
      const reading = outbox.snapshot();
      const queued = outbox.enqueue('coupang:A1', 'test.ack', items('1'), 'b1');
      await Promise.all([reading, queued]);
      expect(await states(outbox)).toEqual(['1:queued']);
    });
  });
});
