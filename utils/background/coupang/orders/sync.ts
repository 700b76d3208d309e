import type { DomainOrder } from '../../../domain/order';
import type { AccountRecord } from '../../core/accounts';
import type { CoreServices } from '../../core/core';
import type { AccountSyncer, ProgressFn } from '../../sync/types';
import { addDays, kstDate, type OrderStatus, type WalkCheckpoint } from '../api';
import type { CoupangClients } from '../client-factory';
import { refreshInquirySummary } from '../cs/inquiry-counts';
import { workStateOfMarket } from './work-state';

/** How far back a sync looks (KST days, today included). Orders older than this age out of the cache. */
export const LOOKBACK_DAYS = 30;
/** Delivered orders only change back rarely: an incremental sync reads just the last few days of them. */
const FINAL_DELIVERY_DAYS = 3;
/** A checkpoint older than this belongs to an abandoned run: start over. */
const CHECKPOINT_MAX_AGE_MS = 60 * 60_000;
const JOB = 'coupang.orders';

const ACTIVE: OrderStatus[] = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'NONE_TRACKING'];

interface Step {
  kind: 'status' | 'cancels';
  status?: OrderStatus;
  from: string;
  to: string;
}

interface Checkpoint {
  startedAt: number;
  steps: Step[];
  stepIndex: number;
  walk: WalkCheckpoint | null;
  done: number;
  /** shipmentBoxIds seen in this run (to find orders that left the listed statuses). */
  seen: string[];
  /** Pending stop-shipment requests by shipmentBoxId (read first, applied to every order stored). */
  cancels: Record<string, { receiptId: string; cancelCount: number }>;
}

function plan(full: boolean, today: string): Step[] {
  const from = addDays(today, -(LOOKBACK_DAYS - 1));
  // Cancel requests first: every order stored afterwards already carries its pending request.
  const steps: Step[] = [{ kind: 'cancels', from, to: today }];
  steps.push(...ACTIVE.map((status): Step => ({ kind: 'status', status, from, to: today })));
  steps.push({
    kind: 'status',
    status: 'FINAL_DELIVERY',
    from: full ? from : addDays(today, -(FINAL_DELIVERY_DAYS - 1)),
    to: today,
  });
  return steps;
}

type Cancels = Checkpoint['cancels'];

/** An order as stored: with its pending stop-shipment request, if Coupang lists one. */
function withCancel(o: DomainOrder, cancels: Cancels): DomainOrder {
  const c = cancels[o.shipmentId];
  if (c && (o.workState === 'new' || o.workState === 'toShip' || o.workState === 'cancelRequested')) {
    return { ...o, workState: 'cancelRequested', cancelRequest: c };
  }
  if (!c && o.cancelRequest) return { ...o, cancelRequest: undefined, workState: workStateOfMarket(o.marketStatus) };
  return o;
}

/**
 * Pulls a vendor's orders into the order store: every status the seller works with over the last
 * 30 days (KST), in ≤31-day windows and nextToken pages, then pending cancel (stop-shipment)
 * requests. After every page the orders are stored and the position checkpointed, so a worker
 * suspended mid-sync resumes with the next page: nothing lost, nothing stored twice (orders are
 * keyed by shipmentBoxId).
 */
export class CoupangSyncer implements AccountSyncer {
  readonly marketplace = 'coupang' as const;

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  async sync(
    account: AccountRecord,
    opts: { full: boolean; progress: ProgressFn; signal: AbortSignal },
  ): Promise<void> {
    const { accountKey } = account;
    const client = await this.clients.get(accountKey);
    const ttlMs = (await this.core.settings.get()).cache.piiTtlMinutes * 60_000;
    const now = this.core.now();
    const saved = await this.core.checkpoints.load<Checkpoint>(accountKey, JOB);
    const cp: Checkpoint =
      saved && now - saved.startedAt < CHECKPOINT_MAX_AGE_MS
        ? saved
        : {
            startedAt: now,
            steps: plan(opts.full, kstDate(now)),
            stepIndex: 0,
            walk: null,
            done: 0,
            seen: [],
            cancels: {},
          };
    const seen = new Set(cp.seen);
    const callOpts = { priority: 'background' as const, signal: opts.signal };

    while (cp.stepIndex < cp.steps.length) {
      const step = cp.steps[cp.stepIndex];
      const pages =
        step.kind === 'status'
          ? client.orders.walk({ status: step.status!, from: step.from, to: step.to, resume: cp.walk }, callOpts)
          : client.returns.walkStopShipmentRequests({ from: step.from, to: step.to }, cp.walk, callOpts);
      for await (const page of pages) {
        if (step.kind === 'status') {
          const orders = (page.items as DomainOrder[]).map((o) => withCancel(o, cp.cancels));
          await this.core.orders.upsertMany(accountKey, orders, ttlMs);
          for (const o of orders) seen.add(o.shipmentId);
          cp.done += orders.length;
        } else {
          collectCancels(page.items as CancelReceipt[], cp.cancels);
        }
        cp.walk = page.checkpoint;
        cp.seen = [...seen];
        await this.core.checkpoints.save(accountKey, JOB, cp);
        opts.progress(cp.done);
      }
      cp.stepIndex++;
      cp.walk = null;
      await this.core.checkpoints.save(accountKey, JOB, cp);
    }

    await this.refreshVanished(accountKey, seen, cp.cancels, ttlMs, callOpts);
    await this.settleCancelFlags(accountKey, cp.cancels, ttlMs);
    // Inquiry counts are a side view: a CS API problem must not fail the order sync.
    await refreshInquirySummary(accountKey, client, { now: this.core.now(), ttlMs, signal: opts.signal }).catch(
      () => undefined,
    );
    await this.core.checkpoints.clear(accountKey, JOB);
  }

  /** Cached orders no listed status returned keep or lose their cancel flag by this run's requests. */
  private async settleCancelFlags(accountKey: string, cancels: Cancels, ttlMs: number) {
    const mine = (await this.core.orders.all()).filter((o) => `${o.marketplace}:${o.accountId}` === accountKey);
    const changed = mine.map((o) => [o, withCancel(o, cancels)] as const).filter(([a, b]) => a !== b);
    if (changed.length)
      await this.core.orders.upsertMany(
        accountKey,
        changed.map(([, b]) => b),
        ttlMs,
      );
  }

  /**
   * An active order that no listed status returned has moved on (delivered long ago, cancelled,
   * returned): re-read it by box id so the view does not keep a stale state. Bounded per sync.
   */
  private async refreshVanished(
    accountKey: string,
    seen: Set<string>,
    cancels: Cancels,
    ttlMs: number,
    callOpts: { priority: 'background'; signal: AbortSignal },
  ) {
    const active = new Set(['new', 'toShip', 'inTransit', 'cancelRequested']);
    const vanished = (await this.core.orders.all())
      .filter(
        (o) => `${o.marketplace}:${o.accountId}` === accountKey && active.has(o.workState) && !seen.has(o.shipmentId),
      )
      .slice(0, 50);
    if (!vanished.length) return;
    const client = await this.clients.get(accountKey);
    const updated: DomainOrder[] = [];
    for (const o of vanished) {
      try {
        updated.push(withCancel(await client.orders.getByShipmentBoxId(o.shipmentId, callOpts), cancels));
      } catch (e) {
        // Coupang answers 400 for a box that was cancelled or returned.
        if ((e as { kind?: string }).kind === 'badRequest' || (e as { kind?: string }).kind === 'notFound') {
          updated.push({ ...o, workState: 'cancelled', cancelRequest: undefined });
        } else throw e;
      }
    }
    await this.core.orders.upsertMany(accountKey, updated, ttlMs);
  }
}

/** Pending stop-shipment receipts → the boxes they stop, with what the action needs. */
function collectCancels(receipts: CancelReceipt[], into: Cancels): void {
  for (const r of receipts) {
    const count = r.cancelCountSum ?? r.returnItems.reduce((n, i) => n + (i.cancelCount ?? 0), 0);
    for (const item of r.returnItems) {
      if (item.shipmentBoxId) into[item.shipmentBoxId] = { receiptId: r.receiptId, cancelCount: count };
    }
  }
}

interface CancelReceipt {
  receiptId: string;
  cancelCountSum?: number | null;
  returnItems: Array<{ shipmentBoxId?: string | null; cancelCount?: number | null }>;
}
