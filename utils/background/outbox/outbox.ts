import { getDb, getDbIfExists, type OutboxRecord } from '../store/db';

/**
 * The durable outbox for write actions (acknowledge, invoice upload, stop shipment, purchase
 * order creation…). Rules:
 * - an item is written to IndexedDB before anything is sent;
 * - it is marked `sending` (durably) right before its request leaves;
 * - an item found in `sending` after the worker was suspended is never simply re-sent: its action
 *   first asks the marketplace whether it was applied (reconcile), and only a definite "not
 *   applied" puts it back in the queue — so nothing is sent twice;
 * - each item ends with its own result (succeeded, failed with a reason, or unknown).
 */
export interface ItemResult {
  ok: boolean;
  code?: string;
  message?: string;
  retryable?: boolean;
}

/** What a whole send attempt can end in when it produced no per-item results. */
export type SendFailure =
  /** The request never reached the marketplace (blocked, consent, circuit open): safe to queue again. */
  | { kind: 'notSent'; code: string; message: string; retryAtMs?: number }
  /** It may have reached the marketplace (timeout, connection lost): reconcile before any resend. */
  | { kind: 'maybeSent'; code: string; message: string }
  /** The marketplace refused the request as a whole (e.g. 400): a final failure for every item. */
  | { kind: 'rejected'; code: string; message: string };

export class OutboxSendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.message);
  }
}

export interface OutboxAction {
  name: string;
  batchSize: number;
  send(accountKey: string, items: OutboxRecord[]): Promise<Map<string, ItemResult>>;
  reconcile(accountKey: string, items: OutboxRecord[]): Promise<Map<string, 'applied' | 'notApplied' | 'unknown'>>;
}

const FINAL = new Set(['succeeded', 'failed', 'unknown']);

export interface OutboxOptions {
  now?: () => number;
  /**
   * How long a request may still land after it was sent (client timeout + gateway processing).
   * Within this window a "not applied" reconciliation is not trusted — the original request may
   * still be on its way — so the item is checked again instead of being resent. Default 30 s.
   */
  settleMs?: number;
  /** How often an unsettled item is checked again. Default 2 s. */
  recheckMs?: number;
  onChange?(accountKey: string): void;
  /** Wait for a retryable not-sent failure (e.g. a 429 block) before trying again. */
  schedule?(accountKey: string, atMs: number): void;
}

export class Outbox {
  private actions = new Map<string, OutboxAction>();
  private running = new Map<string, Promise<void>>();
  /** Interrupted items waiting for their original request to settle: id → next check (epoch ms). */
  private recheckAt = new Map<string, number>();
  private now: () => number;
  /** createdAt is strictly increasing so a batch lists in the order it was queued, even within one ms. */
  private lastCreated = 0;
  private settleMs: number;
  private recheckMs: number;

  constructor(private opts: OutboxOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.settleMs = opts.settleMs ?? 30_000;
    this.recheckMs = opts.recheckMs ?? 2_000;
  }

  register(action: OutboxAction): void {
    this.actions.set(action.name, action);
  }

  /**
   * Queues one item per target. A target that already has a non-final item for the same action
   * keeps that item (a double click never queues twice).
   */
  async enqueue(
    accountKey: string,
    action: string,
    items: Array<{ targetId: string; payload: unknown }>,
    batchId: string,
  ): Promise<OutboxRecord[]> {
    if (!this.actions.has(action)) throw new Error(`unknown outbox action ${action}`);
    const db = await getDb();
    const tx = db.transaction('outbox', 'readwrite');
    const out: OutboxRecord[] = [];
    for (const item of items) {
      const existing = (await tx.store.index('targetId').getAll(item.targetId)).find(
        (r) => r.accountKey === accountKey && r.action === action && !FINAL.has(r.state),
      );
      if (existing) {
        out.push(existing);
        continue;
      }
      this.lastCreated = Math.max(this.now(), this.lastCreated + 1);
      const rec: OutboxRecord = {
        id: crypto.randomUUID(),
        accountKey,
        action,
        targetId: item.targetId,
        payload: item.payload,
        state: 'queued',
        attempts: 0,
        createdAt: this.lastCreated,
        updatedAt: this.now(),
        batchId,
      };
      await tx.store.put(rec);
      out.push(rec);
    }
    await tx.done;
    this.opts.onChange?.(accountKey);
    return out;
  }

  /** Records an item refused before sending (not eligible), so it still has its own result in the batch. */
  async recordRefusal(
    accountKey: string,
    action: string,
    item: { targetId: string; payload: unknown },
    batchId: string,
    result: ItemResult,
  ): Promise<OutboxRecord> {
    this.lastCreated = Math.max(this.now(), this.lastCreated + 1);
    const rec: OutboxRecord = {
      id: crypto.randomUUID(),
      accountKey,
      action,
      targetId: item.targetId,
      payload: item.payload,
      state: 'failed',
      attempts: 0,
      createdAt: this.lastCreated,
      updatedAt: this.now(),
      batchId,
      result: { ...result, ok: false },
    };
    await (await getDb()).put('outbox', rec);
    return rec;
  }

  async list(filter: { batchId?: string; accountKey?: string } = {}): Promise<OutboxRecord[]> {
    const db = await getDbIfExists();
    if (!db) return [];
    const all = filter.accountKey
      ? await db.getAllFromIndex('outbox', 'accountKey', filter.accountKey)
      : await db.getAll('outbox');
    return all.filter((r) => !filter.batchId || r.batchId === filter.batchId).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Puts the failed, retryable items of a batch back in the queue (the seller pressed "retry failed"). */
  async retryFailed(batchId: string): Promise<OutboxRecord[]> {
    const db = await getDb();
    const items = (await db.getAll('outbox')).filter(
      (r) => r.batchId === batchId && r.state === 'failed' && r.result?.retryable !== false,
    );
    for (const r of items) await db.put('outbox', { ...r, state: 'queued', updatedAt: this.now() });
    for (const key of new Set(items.map((r) => r.accountKey))) this.opts.onChange?.(key);
    return this.list({ batchId });
  }

  /** Processes an account's queue; concurrent calls share one run. Resolves when the queue is drained. */
  process(accountKey: string): Promise<void> {
    const current = this.running.get(accountKey);
    if (current) return current;
    const run = this.drain(accountKey).finally(() => this.running.delete(accountKey));
    this.running.set(accountKey, run);
    return run;
  }

  /** After a worker start: settle interrupted items, then send what is queued, for every account. */
  async resume(): Promise<void> {
    const all = await (await getDb()).getAll('outbox');
    const accounts = new Set(all.filter((r) => r.state === 'sending' || r.state === 'queued').map((r) => r.accountKey));
    await Promise.all([...accounts].map((a) => this.process(a)));
  }

  private async update(rec: OutboxRecord, patch: Partial<OutboxRecord>): Promise<OutboxRecord> {
    const next = { ...rec, ...patch, updatedAt: this.now() };
    await (await getDb()).put('outbox', next);
    return next;
  }

  private async drain(accountKey: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const pending = (await this.list({ accountKey })).filter((r) => r.state === 'sending' || r.state === 'queued');
      const interrupted = pending.filter((r) => r.state === 'sending' && (this.recheckAt.get(r.id) ?? 0) <= now);
      if (interrupted.length) {
        await this.reconcile(accountKey, interrupted);
        continue;
      }
      const items = pending.filter((r) => r.state === 'queued');
      if (!items.length) {
        const waits = pending.filter((r) => r.state === 'sending').map((r) => this.recheckAt.get(r.id) ?? now);
        if (waits.length) this.opts.schedule?.(accountKey, Math.min(...waits));
        return;
      }
      const action = this.actions.get(items[0].action);
      if (!action) {
        for (const r of items.filter((i) => i.action === items[0].action)) {
          await this.update(r, { state: 'failed', result: { ok: false, code: 'UNKNOWN_ACTION', retryable: false } });
        }
        continue;
      }
      const batch = items.filter((r) => r.action === action.name).slice(0, action.batchSize);
      const stop = await this.sendBatch(accountKey, action, batch);
      this.opts.onChange?.(accountKey);
      if (stop) return;
    }
  }

  /** Returns true when the queue must pause (nothing more can be sent now). */
  private async sendBatch(accountKey: string, action: OutboxAction, batch: OutboxRecord[]): Promise<boolean> {
    const sending = await Promise.all(batch.map((r) => this.update(r, { state: 'sending', attempts: r.attempts + 1 })));
    let results: Map<string, ItemResult>;
    try {
      results = await action.send(accountKey, sending);
    } catch (e) {
      const failure: SendFailure =
        e instanceof OutboxSendError ? e.failure : { kind: 'maybeSent', code: 'ERROR', message: 'The request failed.' };
      if (failure.kind === 'notSent') {
        await Promise.all(sending.map((r) => this.update(r, { state: 'queued', attempts: r.attempts - 1 })));
        if (failure.retryAtMs) this.opts.schedule?.(accountKey, failure.retryAtMs);
        return true;
      }
      if (failure.kind === 'rejected') {
        // The whole request was refused (e.g. a wrong key): nothing was applied, so once the seller
        // fixes the cause, "retry failed" may send these again.
        await Promise.all(
          sending.map((r) =>
            this.update(r, {
              state: 'failed',
              result: { ok: false, code: failure.code, message: failure.message, retryable: true },
            }),
          ),
        );
        return false;
      }
      // maybeSent: leave them in `sending`; the next loop reconciles them before anything else.
      return false;
    }
    for (const r of sending) {
      const res = results.get(r.id) ?? {
        ok: false,
        code: 'NO_RESULT',
        message: 'No result for this item.',
        retryable: true,
      };
      await this.update(r, { state: res.ok ? 'succeeded' : 'failed', result: res });
    }
    return false;
  }

  private async reconcile(accountKey: string, items: OutboxRecord[]): Promise<void> {
    const byAction = new Map<string, OutboxRecord[]>();
    for (const r of items) byAction.set(r.action, [...(byAction.get(r.action) ?? []), r]);
    for (const [name, recs] of byAction) {
      const action = this.actions.get(name);
      let verdicts = new Map<string, 'applied' | 'notApplied' | 'unknown'>();
      try {
        if (action) verdicts = await action.reconcile(accountKey, recs);
      } catch {
        // Could not ask the marketplace: the items stay unknown rather than risk a second send.
      }
      for (const r of recs) {
        const v = verdicts.get(r.id) ?? 'unknown';
        // Sent moments ago: the original request may still land. Look again later rather than resend.
        if (v !== 'applied' && this.now() - r.updatedAt < this.settleMs) {
          this.recheckAt.set(r.id, this.now() + this.recheckMs);
          continue;
        }
        this.recheckAt.delete(r.id);
        if (v === 'applied') await this.update(r, { state: 'succeeded', result: { ok: true, code: 'APPLIED' } });
        else if (v === 'notApplied') await this.update(r, { state: 'queued' });
        else
          await this.update(r, {
            state: 'unknown',
            result: {
              ok: false,
              code: 'UNKNOWN_OUTCOME',
              message: 'Could not confirm whether this was applied; check it in the marketplace.',
              retryable: false,
            },
          });
      }
    }
    this.opts.onChange?.(accountKey);
  }
}
