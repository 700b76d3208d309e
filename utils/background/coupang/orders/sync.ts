import { accountKeyOf } from '../../../domain/keys';
import type { DomainOrder } from '../../../domain/order';
import type { AccountRecord } from '../../core/accounts';
import type { CoreServices } from '../../core/core';
import type { AccountSyncer, ProgressFn } from '../../sync/types';
import { runTogether, walkAhead } from '../../sync/walk-ahead';
import { type CoupangClient, kstDate, type WalkPage } from '../api';
import { RETURNED, returnOfBox } from '../claims/box-return';
import type { CoupangClients } from '../client-factory';
import type { SideReads } from './side-reads';
import { type Checkpoint, freshCheckpoint, isCheckpoint, STATUS_RANK, type StepState } from './sync-plan';
import { workStateOfMarket } from './work-state';

/** A checkpoint older than this belongs to an abandoned run: start over. */
const CHECKPOINT_MAX_AGE_MS = 60 * 60_000;
const JOB = 'coupang.orders';

type Cancels = Checkpoint['cancels'];
type CallOpts = { priority: 'background'; signal: AbortSignal };

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
 * Pulls a vendor's orders into the order store: pending cancel (stop-shipment) requests first,
 * then every status the seller works with over the last 30 days (KST), each status (and each
 * window of delivered orders) walked side by side through its nextToken pages. The account's
 * request queue sets the pace; each walk asks for its next page while the last one is stored.
 * After every page the orders are stored and that walk's position checkpointed (a record the
 * size of the plan, not of the orders seen), so a worker suspended mid-sync resumes every walk
 * with its next page: nothing lost, nothing stored twice (orders are keyed by shipmentBoxId).
 */
export class CoupangSyncer implements AccountSyncer {
  readonly marketplace = 'coupang' as const;

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
    private sideReads: SideReads,
  ) {}

  async sync(
    account: AccountRecord,
    opts: { full: boolean; progress: ProgressFn; signal: AbortSignal },
  ): Promise<void> {
    const { accountKey } = account;
    const client = await this.clients.get(accountKey);
    const ttlMs = (await this.core.settings.get()).cache.piiTtlMinutes * 60_000;
    const now = this.core.now();
    const saved = await this.core.checkpoints.load<unknown>(accountKey, JOB);
    const cp =
      isCheckpoint(saved) && now - saved.startedAt < CHECKPOINT_MAX_AGE_MS
        ? saved
        : freshCheckpoint(opts.full, kstDate(now), now);
    const run: Run = { accountKey, client, cp, ttlMs, progress: opts.progress, storing: Promise.resolve() };

    const [cancelWalk, ...statusWalks] = cp.steps;
    if (cancelWalk) await this.walk(run, cancelWalk, { priority: 'background', signal: opts.signal });
    await runTogether(
      opts.signal,
      statusWalks.map((s) => (signal) => this.walk(run, s, { priority: 'background', signal })),
    );

    await this.refreshVanished(accountKey, cp, ttlMs, { priority: 'background', signal: opts.signal });
    await this.settleCancelFlags(accountKey, cp.cancels, ttlMs);
    // Inquiries and claims: side views (side-reads.ts); their problems never fail the order sync.
    await this.sideReads.runAll(accountKey, client, opts.signal);
    await this.core.checkpoints.clear(accountKey, JOB);
    this.core.orders.flushChanges();
  }

  /** One walk of the plan, from where it stopped; each page stored, then its position saved. */
  private async walk(run: Run, state: StepState, callOpts: CallOpts): Promise<void> {
    if (state.done) return;
    const { step } = state;
    const pages: AsyncIterator<WalkPage<unknown>> =
      step.kind === 'status'
        ? run.client.orders.walk({ status: step.status!, from: step.from, to: step.to, resume: state.at }, callOpts)
        : run.client.returns.walkStopShipmentRequests({ from: step.from, to: step.to }, state.at, callOpts);
    await walkAhead(pages, async (page) => {
      if (step.kind === 'status') state.stored += await this.store(run, page.items as DomainOrder[]);
      else collectCancels(page.items as CancelReceipt[], run.cp.cancels);
      state.at = page.checkpoint;
      state.done = page.checkpoint === null;
      await this.core.checkpoints.save(run.accountKey, JOB, run.cp);
      run.progress(run.cp.steps.reduce((n, s) => n + s.stored, 0));
    });
    state.done = true;
  }

  /**
   * Stores one page. Walks run side by side, so an order that moved on during the run (ACCEPT →
   * INSTRUCT) may arrive from its old status's walk after its new one: Coupang's flow only goes
   * forward, so the copy with the later status stored in this run stays. Pages are stored one at
   * a time (fetching still runs ahead): the check reads what is held and the store writes it, and
   * two pages interleaved between the two would let the older status overwrite the newer.
   */
  private store(run: Run, page: DomainOrder[]): Promise<number> {
    const stored = run.storing.then(() => this.storeNow(run, page));
    run.storing = stored.catch(() => undefined);
    return stored;
  }

  private async storeNow(run: Run, page: DomainOrder[]): Promise<number> {
    const held = await this.core.orders.held(page.map((o) => o.key));
    const fresh = page.filter((o) => {
      const h = held.get(o.key);
      if (!h || h.storedAt < run.cp.startedAt) return true;
      return (STATUS_RANK[o.marketStatus] ?? 0) >= (STATUS_RANK[h.order.marketStatus] ?? 0);
    });
    await this.core.orders.upsertMany(
      run.accountKey,
      fresh.map((o) => withCancel(o, run.cp.cancels)),
      run.ttlMs,
    );
    return page.length;
  }

  /** Cached orders no listed status returned keep or lose their cancel flag by this run's requests. */
  private async settleCancelFlags(accountKey: string, cancels: Cancels, ttlMs: number) {
    const mine = (await this.core.orders.all()).filter((o) => accountKeyOf(o) === accountKey);
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
   * returned): re-read it by box id so the view does not keep a stale state. An order was seen
   * by this run when it was stored since the run started. Bounded per sync.
   */
  private async refreshVanished(accountKey: string, cp: Checkpoint, ttlMs: number, callOpts: CallOpts) {
    const active = new Set(['new', 'toShip', 'inTransit', 'cancelRequested']);
    const vanished = (await this.core.orders.heldOf(accountKey))
      .filter((h) => active.has(h.order.workState) && h.storedAt < cp.startedAt)
      .map((h) => h.order)
      .slice(0, 50);
    if (!vanished.length) return;
    const client = await this.clients.get(accountKey);
    const updated: DomainOrder[] = [];
    for (const o of vanished) {
      try {
        updated.push(withCancel(await client.orders.getByShipmentBoxId(o.shipmentId, callOpts), cp.cancels));
      } catch (e) {
        // Coupang answers 400 for a box that was cancelled or returned: a returned box shows its
        // return (the order view links to the claim), only a cancelled one shows as cancelled.
        if ((e as { kind?: string }).kind === 'badRequest' || (e as { kind?: string }).kind === 'notFound') {
          const ret = await returnOfBox(accountKey, o, client, this.core.now(), callOpts).catch(() => undefined);
          updated.push(
            ret
              ? { ...o, workState: 'other', marketStatus: RETURNED, cancelRequest: undefined }
              : { ...o, workState: 'cancelled', cancelRequest: undefined },
          );
        } else throw e;
      }
    }
    await this.core.orders.upsertMany(accountKey, updated, ttlMs);
  }
}

interface Run {
  accountKey: string;
  /** The page being stored: the next waits for it (see `store`). */
  storing: Promise<unknown>;
  client: CoupangClient;
  cp: Checkpoint;
  ttlMs: number;
  progress: ProgressFn;
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
