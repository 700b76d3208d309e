import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { defineOutboxAction, type OutboxResult, type Verdict } from '@/utils/background/outbox/action';
import { Outbox, OutboxSendError } from '@/utils/background/outbox/outbox';
import { deleteDatabase, getDb } from '@/utils/background/store/db';

/**
 * Issue 18 part 3: an answer that does not prove the outcome (5xx, 504, dropped connection) is
 * "unknown", never "failed": the item stays pending and is looked up, with backoff, until known.
 */
const payload = z.object({ orderKey: z.string(), tracking: z.string().optional() });

/** A marketplace whose next send can apply the write and still answer an error. */
function marketplace() {
  const applied = new Set<string>();
  const sent: string[][] = [];
  const looks: string[][] = [];
  let answer: 'ok' | 'appliedThen500' | 'notAppliedThen500' | 'leaveOut' = 'ok';
  const action = defineOutboxAction({
    type: 'test.write',
    payload,
    batchSize: 10,
    async send(_account, items) {
      sent.push(items.map((i) => i.targetId));
      const mode = answer;
      answer = 'ok';
      if (mode !== 'notAppliedThen500') for (const i of items) applied.add(i.targetId);
      if (mode === 'appliedThen500' || mode === 'notAppliedThen500') {
        throw new OutboxSendError({ kind: 'maybeSent', code: 'SERVER', message: 'Timeout waiting for connection' });
      }
      const out = new Map<string, OutboxResult>();
      // 'leaveOut': the batch answer does not mention the first item.
      for (const i of items.slice(mode === 'leaveOut' ? 1 : 0)) out.set(i.id, { outcome: 'applied', code: 'OK' });
      return out;
    },
    async reconcile(_account, items) {
      looks.push(items.map((i) => i.targetId));
      return new Map(items.map((i): [string, Verdict] => [i.id, applied.has(i.targetId) ? 'applied' : 'notApplied']));
    },
  });
  return {
    action,
    applied,
    sent,
    looks,
    next(mode: typeof answer) {
      answer = mode;
    },
  };
}

const items = (...ids: string[]) =>
  ids.map((targetId) => ({ targetId, payload: { orderKey: `coupang:A1:${targetId}` } }));

describe('outbox: answers that do not prove the outcome', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });

  it('a write applied behind a 5xx answer ends applied, sent once', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    m.next('appliedThen500');
    await outbox.enqueue('coupang:A1', 'test.write', items('1'), 'b');
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({ state: 'succeeded', result: { outcome: 'applied' } });
    expect(m.sent).toEqual([['1']]);
    expect(m.looks).toEqual([['1']]);
  });

  it('stays pending (unknown, the answer kept) while the look finds nothing; after the settle window the answer stands, not resent', async () => {
    const m = marketplace();
    let now = 100_000;
    const schedule = vi.fn();
    const outbox = new Outbox({ now: () => now, schedule, settleMs: 30_000 });
    outbox.register(m.action);
    m.next('notAppliedThen500');
    await outbox.enqueue('coupang:A1', 'test.write', items('1'), 'b');
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({
      state: 'sending',
      result: { outcome: 'unknown', code: 'SERVER', message: 'Timeout waiting for connection' },
    });
    expect(schedule).toHaveBeenLastCalledWith('coupang:A1', 102_000);

    now = 131_000;
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({
      state: 'failed',
      result: { outcome: 'rejected', code: 'SERVER', message: 'Timeout waiting for connection', retryable: true },
    });
    expect(m.sent).toEqual([['1']]);
  });

  it('looks back off (2 s, 4 s, 8 s, at most 8 s apart while settling, then longer) and one look covers every unsettled item of the action', async () => {
    const m = marketplace();
    let now = 0;
    const schedule = vi.fn();
    const outbox = new Outbox({ now: () => now, schedule, settleMs: 60_000 });
    // The marketplace cannot be asked: the items stay unknown past the settle window.
    m.action.reconcile = async (_account, its) => {
      m.looks.push(its.map((i) => i.targetId));
      throw new Error('unreachable');
    };
    outbox.register(m.action);
    m.next('notAppliedThen500');
    await outbox.enqueue('coupang:A1', 'test.write', items('1', '2', '3'), 'b');
    await outbox.process('coupang:A1');
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const at = schedule.mock.lastCall?.[1] as number;
      waits.push(at - now);
      now = at;
      await outbox.process('coupang:A1');
    }
    // 2+4+8+8·6 = 62 s: past the 60 s settle window the looks grow apart again.
    expect(waits).toEqual([2_000, 4_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 300_000, 300_000, 300_000]);
    expect(m.looks).toHaveLength(13);
    expect((await outbox.list()).map((r) => r.state)).toEqual(['sending', 'sending', 'sending']);
    for (const look of m.looks) expect(look).toEqual(['1', '2', '3']);
    expect(m.sent).toEqual([['1', '2', '3']]);
  });

  it('an item the batch answer left out is looked up, not reported failed', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    m.next('leaveOut');
    await outbox.enqueue('coupang:A1', 'test.write', items('1', '2'), 'b');
    await outbox.process('coupang:A1');
    expect((await outbox.list()).map((r) => [r.targetId, r.state, r.result?.code])).toEqual([
      ['1', 'succeeded', 'APPLIED'],
      ['2', 'succeeded', 'OK'],
    ]);
    expect(m.looks).toEqual([['1']]);
  });
});

describe('outbox: typed payloads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });

  it('refuses to queue a payload that does not fit the action schema', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    await expect(
      outbox.enqueue('coupang:A1', 'test.write', [{ targetId: '1', payload: { orderKey: 42 } }], 'b'),
    ).rejects.toThrow(/payload does not fit/);
    expect(await outbox.list()).toEqual([]);
  });

  it('an item read back with a payload that no longer fits is refused, never sent', async () => {
    const m = marketplace();
    const outbox = new Outbox();
    outbox.register(m.action);
    await (await getDb()).put('outbox', {
      id: 'old',
      accountKey: 'coupang:A1',
      action: 'test.write',
      targetId: '1',
      payload: { tracking: 7 },
      state: 'queued',
      attempts: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({
      state: 'failed',
      result: { outcome: 'refused', code: 'BAD_PAYLOAD' },
    });
    expect(m.sent).toEqual([]);
  });

  it('reads results stored before outcome kinds in the one vocabulary', async () => {
    const outbox = new Outbox();
    outbox.register(marketplace().action);
    const base = {
      accountKey: 'coupang:A1',
      action: 'test.write',
      payload: { orderKey: 'coupang:A1:1' },
      attempts: 1,
      createdAt: 1,
      updatedAt: 1,
    };
    const db = await getDb();
    // Written by an older version: `{ ok, code }` results.
    await db.put('outbox', {
      ...base,
      id: 'a',
      targetId: '1',
      state: 'succeeded',
      result: { ok: true, code: 'OK' },
    } as never);
    await db.put('outbox', {
      ...base,
      id: 'b',
      targetId: '2',
      state: 'failed',
      result: { ok: false, code: 'INVALID_STATUS' },
    } as never);
    expect((await outbox.list()).map((r) => r.result)).toEqual([
      { outcome: 'applied', code: 'OK' },
      { outcome: 'rejected', code: 'INVALID_STATUS' },
    ]);
  });
});
