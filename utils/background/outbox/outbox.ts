import { getDb, getDbIfExists, type OutboxRecord, type OutboxResult } from '../store/db';
import {
  applied,
  type OutboxActionDef,
  type RegisteredAction,
  refused,
  registerable,
  rejected,
  unknownOutcome,
  type Verdict,
} from './action';
import { readResult } from './legacy';
import { GIVE_UP_MS, type RecheckOptions, recheckDelay, SETTLING_MAX_MS } from './recheck';

/**
 * The durable outbox for write actions (acknowledge, invoice upload, stop shipment, purchase
 * order creation…). Rules:
 * - an item is written to IndexedDB before anything is sent, its payload checked against its
 *   action's schema;
 * - it is marked `sending` (durably) right before its request leaves;
 * - an answer that does not prove the outcome (5xx, dropped connection, timeout) and an item found
 *   `sending` after the worker was suspended are never simply re-sent: the item stays `sending`
 *   (outcome `unknown`) and its action asks the marketplace whether it was applied, with backoff,
 *   until it knows;
 * - each item ends with its own result (applied, rejected by the marketplace, refused by us, or,
 *   when the marketplace stayed unreachable for a day, unknown).
 */

/** What a whole send attempt can end in when it produced no per-item results. */
export type SendFailure =
  /** The request never reached the marketplace (blocked, consent, circuit open): safe to queue again. */
  | { kind: 'notSent'; code: string; message: string; retryAtMs?: number }
  /** It may have reached the marketplace (5xx, timeout, connection lost): reconcile before any resend. */
  | { kind: 'maybeSent'; code: string; message: string }
  /** The marketplace refused the request as a whole (e.g. 400): a final failure for every item. */
  | { kind: 'rejected'; code: string; message: string };

export class OutboxSendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.message);
  }
}

const FINAL = new Set(['succeeded', 'failed', 'unknown']);
/** Sends of one item after reconciliations showed it was not applied (a worker killed before the request left). */
const MAX_SENDS = 3;
/** Result codes of an item whose request got no answer at all (the worker stopped while it was out). */
const INTERRUPTED = new Set(['SENDING', 'INTERRUPTED']);

export interface OutboxOptions {
  now?: () => number;
  /**
   * How long a request may still land after it was sent (client timeout + gateway processing).
   * Within this window a "not applied" reconciliation is not trusted — the original request may
   * still be on its way — so the item is checked again instead of being resent. Default 30 s;
   * an action may declare its own.
   */
  settleMs?: number;
  /** Backoff of the looks at an unsettled item. Default 2 s doubling up to 5 min. */
  recheck?: Partial<RecheckOptions>;
  onChange?(accountKey: string): void;
  /** Run the queue again at this time (a 429 block ended, an unsettled item is due a look). */
  schedule?(accountKey: string, atMs: number): void;
}

interface Recheck {
  at: number;
  looks: number;
}

export class Outbox {
  private actions = new Map<string, RegisteredAction>();
  private running = new Map<string, Promise<void>>();
  /** Unsettled items: id → when to look again and how many looks so far. */
  private rechecks = new Map<string, Recheck>();
  private now: () => number;
  /** createdAt is strictly increasing so a batch lists in the order it was queued, even within one ms. */
  private lastCreated = 0;
  /** The snapshot views read; dropped by every change (`invalidate`). */
  private shown: Promise<OutboxRecord[]> | undefined;
  private settleMs: number;
  private recheck: RecheckOptions;

  constructor(private opts: OutboxOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.settleMs = opts.settleMs ?? 30_000;
    this.recheck = { firstMs: 2_000, maxMs: 5 * 60_000, ...opts.recheck };
  }

  register<P>(def: OutboxActionDef<P>): void {
    this.actions.set(def.type, registerable(def));
  }

  private actionFor(type: string): RegisteredAction {
    const action = this.actions.get(type);
    if (!action) throw new Error(`unknown outbox action ${type}`);
    return action;
  }

  /**
   * Queues one item per target. A target that already has a non-final item for the same action
   * keeps that item (a double click never queues twice). A payload that does not fit the action's
   * schema is a bug of the caller: nothing is queued.
   */
  async enqueue(
    accountKey: string,
    type: string,
    items: Array<{ targetId: string; payload: unknown }>,
    batchId: string,
  ): Promise<OutboxRecord[]> {
    const action = this.actionFor(type);
    for (const item of items) {
      const problem = action.check(item.payload);
      if (problem) throw new Error(`outbox ${type}: payload does not fit its schema: ${problem}`);
    }
    const db = await getDb();
    const tx = db.transaction('outbox', 'readwrite');
    const out: OutboxRecord[] = [];
    for (const item of items) {
      const existing = (await tx.store.index('targetId').getAll(item.targetId)).find(
        (r) => r.accountKey === accountKey && r.action === type && !FINAL.has(r.state),
      );
      if (existing) {
        out.push(existing);
        continue;
      }
      const rec = this.newRecord(accountKey, type, item, batchId, 'queued');
      await tx.store.put(rec);
      out.push(rec);
    }
    await tx.done;
    this.invalidate();
    this.opts.onChange?.(accountKey);
    return out;
  }

  /** Records an item refused before sending (not eligible), so it still has its own result in the batch. */
  async recordRefusal(
    accountKey: string,
    type: string,
    item: { targetId: string; payload: unknown },
    batchId: string,
    result: { code: string; message?: string },
  ): Promise<OutboxRecord> {
    const rec = {
      ...this.newRecord(accountKey, type, item, batchId, 'failed'),
      result: refused(result.code, result.message),
    };
    await (await getDb()).put('outbox', rec);
    this.invalidate();
    return rec;
  }

  /** A new item; creation times are strictly increasing so a batch keeps its queued order. */
  private newRecord(
    accountKey: string,
    type: string,
    item: { targetId: string; payload: unknown },
    batchId: string,
    state: 'queued' | 'failed',
  ): OutboxRecord {
    this.lastCreated = Math.max(this.now(), this.lastCreated + 1);
    return {
      id: crypto.randomUUID(),
      accountKey,
      action: type,
      targetId: item.targetId,
      payload: item.payload,
      state,
      attempts: 0,
      createdAt: this.lastCreated,
      updatedAt: this.now(),
      batchId,
    };
  }

  /**
   * Every item as last read, read again only after the outbox changed (`invalidate`): for views
   * that only show items, such as the order list's pending-action chips, which every orders.query
   * reads. An IndexedDB read there waited behind a sync's writes: 850 ms of the first side-panel
   * open after a 10,000-order sync went to reading this (empty) store. Never for sending.
   */
  snapshot(): Promise<readonly OutboxRecord[]> {
    if (this.shown) return this.shown;
    const items = this.list();
    this.shown = items;
    items.catch(() => {
      if (this.shown === items) this.shown = undefined;
    });
    return items;
  }

  /**
   * The outbox changed: the next snapshot reads it again. Called after every write here, and by
   * whoever else deletes items (a disconnect, "delete all data").
   */
  invalidate(): void {
    this.shown = undefined;
  }

  async list(filter: { batchId?: string; accountKey?: string } = {}): Promise<OutboxRecord[]> {
    const db = await getDbIfExists();
    if (!db) return [];
    const all = filter.accountKey
      ? await db.getAllFromIndex('outbox', 'accountKey', filter.accountKey)
      : await db.getAll('outbox');
    return all
      .filter((r) => !filter.batchId || r.batchId === filter.batchId)
      .map(readResult)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Puts the failed, retryable items of a batch back in the queue (the seller pressed "retry failed"). */
  async retryFailed(batchId: string): Promise<OutboxRecord[]> {
    const db = await getDb();
    const items = (await this.list({ batchId })).filter((r) => r.state === 'failed' && r.result?.retryable === true);
    for (const r of items) await db.put('outbox', { ...r, state: 'queued', updatedAt: this.now() });
    this.invalidate();
    for (const key of new Set(items.map((r) => r.accountKey))) this.opts.onChange?.(key);
    return this.list({ batchId });
  }

  /** Processes an account's queue; concurrent calls share one run. Resolves when nothing more is due now. */
  process(accountKey: string): Promise<void> {
    const current = this.running.get(accountKey);
    if (current) return current;
    const run = this.drain(accountKey).finally(() => this.running.delete(accountKey));
    this.running.set(accountKey, run);
    return run;
  }

  /** After a worker start: settle interrupted items, then send what is queued, for every account. */
  async resume(): Promise<void> {
    const all = await this.list();
    const accounts = new Set(all.filter((r) => r.state === 'sending' || r.state === 'queued').map((r) => r.accountKey));
    await Promise.all([...accounts].map((a) => this.process(a)));
  }

  private async update(rec: OutboxRecord, patch: Partial<OutboxRecord>): Promise<OutboxRecord> {
    const next = { ...rec, ...patch, updatedAt: this.now() };
    await (await getDb()).put('outbox', next);
    this.invalidate();
    return next;
  }

  /** Items whose stored payload no longer fits their action (or whose action is gone) end here, unsent. */
  private async refuseUnreadable(items: OutboxRecord[]): Promise<OutboxRecord[]> {
    const good: OutboxRecord[] = [];
    for (const r of items) {
      const action = this.actions.get(r.action);
      const problem = action ? action.check(r.payload) : 'no such action';
      if (!problem) good.push(r);
      else if (r.state === 'queued') {
        await this.update(r, { state: 'failed', result: refused(action ? 'BAD_PAYLOAD' : 'UNKNOWN_ACTION', problem) });
      }
      // A `sending` item may have been applied: it can no longer be looked up, so the seller checks.
      else await this.update(r, { state: 'unknown', result: unknownOutcome('UNKNOWN_OUTCOME', problem) });
    }
    return good;
  }

  private async drain(accountKey: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const listed = (await this.list({ accountKey })).filter((r) => r.state === 'sending' || r.state === 'queued');
      const pending = await this.refuseUnreadable(listed);
      const unsettled = pending.filter((r) => r.state === 'sending');
      // One look covers every unsettled item of an action, as soon as one of them is due.
      const dueTypes = new Set(unsettled.filter((r) => (this.rechecks.get(r.id)?.at ?? 0) <= now).map((r) => r.action));
      if (dueTypes.size) {
        for (const type of dueTypes) {
          await this.reconcile(
            accountKey,
            type,
            unsettled.filter((r) => r.action === type),
          );
        }
        continue;
      }
      const queued = pending.filter((r) => r.state === 'queued');
      if (!queued.length) {
        const waits = unsettled.map((r) => this.rechecks.get(r.id)?.at ?? now);
        if (waits.length) this.opts.schedule?.(accountKey, Math.min(...waits));
        return;
      }
      const action = this.actionFor(queued[0]!.action);
      const batch = queued.filter((r) => r.action === action.type).slice(0, action.batchSize);
      const stop = await this.sendBatch(accountKey, action, batch);
      this.opts.onChange?.(accountKey);
      if (stop) return;
    }
  }

  /** Returns true when the queue must pause (nothing more can be sent now). */
  private async sendBatch(accountKey: string, action: RegisteredAction, batch: OutboxRecord[]): Promise<boolean> {
    const sentAt = this.now();
    const sending = await Promise.all(
      batch.map((r) =>
        this.update(r, { state: 'sending', attempts: r.attempts + 1, sentAt, result: unknownOutcome('SENDING') }),
      ),
    );
    let results: Map<string, OutboxResult>;
    try {
      results = await action.send(accountKey, sending);
    } catch (e) {
      const failure: SendFailure =
        e instanceof OutboxSendError ? e.failure : { kind: 'maybeSent', code: 'ERROR', message: 'The request failed.' };
      if (failure.kind === 'notSent') {
        await Promise.all(
          sending.map((r) => {
            const { result: _sending, sentAt: _at, ...rest } = r;
            return this.update(rest, { state: 'queued', attempts: r.attempts - 1 });
          }),
        );
        if (failure.retryAtMs) this.opts.schedule?.(accountKey, failure.retryAtMs);
        return true;
      }
      if (failure.kind === 'rejected') {
        // The whole request was refused (e.g. a wrong key): nothing was applied, so once the seller
        // fixes the cause, "retry failed" may send these again.
        await Promise.all(
          sending.map((r) =>
            this.update(r, { state: 'failed', result: rejected(failure.code, failure.message, true) }),
          ),
        );
        return false;
      }
      // maybeSent: they stay `sending`, with the answer kept; the next loop looks them up.
      await Promise.all(sending.map((r) => this.update(r, { result: unknownOutcome(failure.code, failure.message) })));
      return false;
    }
    for (const r of sending) {
      // No result for an item (a batch answer that left it out): its outcome is unknown, look it up.
      const res = results.get(r.id) ?? unknownOutcome('NO_RESULT', 'The marketplace gave no result for this item.');
      if (res.outcome === 'unknown') await this.update(r, { result: res });
      else await this.update(r, { state: res.outcome === 'applied' ? 'succeeded' : 'failed', result: res });
    }
    return false;
  }

  private async reconcile(accountKey: string, type: string, recs: OutboxRecord[]): Promise<void> {
    const action = this.actionFor(type);
    let verdicts = new Map<string, Verdict>();
    try {
      verdicts = await action.reconcile(accountKey, recs);
    } catch {
      // Could not ask the marketplace: the items stay unknown rather than risk a second send.
    }
    const settleMs = action.settleMs ?? this.settleMs;
    for (const r of recs) {
      const v = verdicts.get(r.id) ?? 'unknown';
      const since = this.now() - (r.sentAt ?? r.updatedAt);
      if (v === 'applied') {
        this.rechecks.delete(r.id);
        await this.update(r, { state: 'succeeded', result: applied() });
        continue;
      }
      // Sent moments ago, the original request may still land; or the marketplace could not be asked.
      const waitMore = v === 'notApplied' ? since < settleMs : since < GIVE_UP_MS;
      if (waitMore) {
        // An item found mid-send is now being looked up (the view says "checking", not "sending").
        if (r.result?.code === 'SENDING') {
          await this.update(r, { result: unknownOutcome('INTERRUPTED'), sentAt: r.sentAt ?? r.updatedAt });
        }
        const looks = (this.rechecks.get(r.id)?.looks ?? 0) + 1;
        const backoff = since < settleMs ? { ...this.recheck, maxMs: SETTLING_MAX_MS } : this.recheck;
        this.rechecks.set(r.id, { looks, at: this.now() + recheckDelay(looks, backoff) });
        continue;
      }
      this.rechecks.delete(r.id);
      if (v === 'unknown') {
        await this.update(r, {
          state: 'unknown',
          result: unknownOutcome(
            'UNKNOWN_OUTCOME',
            'Could not confirm whether this was applied; check it in the marketplace.',
          ),
        });
      } else if (r.result?.outcome === 'unknown' && !INTERRUPTED.has(r.result.code ?? '')) {
        // The marketplace answered with an error and, as the look shows, did not apply it: its answer
        // is the truth now. Sending again is the seller's call.
        await this.update(r, {
          state: 'failed',
          result: rejected(r.result.code ?? 'NOT_APPLIED', r.result.message, true),
        });
      } else if (r.attempts < MAX_SENDS) {
        // Interrupted before any answer and never applied: the request did not get through; send it.
        await this.update(r, { state: 'queued' });
      } else {
        await this.update(r, { state: 'failed', result: rejected('NOT_APPLIED', undefined, true) });
      }
    }
    this.opts.onChange?.(accountKey);
  }
}
