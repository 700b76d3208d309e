import { z } from 'zod';
import { orderKey } from '../../../domain/keys';
import type { Money } from '../../../domain/money';
import type { DomainOrder } from '../../../domain/order';
import { HandledError } from '../../../protocol/envelope';
import type { PurchaseAddressWire, PurchaseStatus } from '../../../protocol/messages/alibaba';
import { moneySchema } from '../../../protocol/messages/shared-schemas';
import type { AccountRecord } from '../../core/accounts';
import type { CoreServices } from '../../core/core';
import { QueueUnavailableError, RequestTimeoutError } from '../../net';
import {
  applied,
  defineOutboxAction,
  type OutboxActionDef,
  type OutboxItem,
  type OutboxResult,
  refused,
  rejected,
  type Verdict,
} from '../../outbox/action';
import { OutboxSendError } from '../../outbox/outbox';
import { cachedKind } from '../../store/cached-kind';
import type { OutboxRecord } from '../../store/db';
import {
  type CreatedPurchaseOrder,
  isAlibabaApiError,
  type PurchaseAddress,
  type PurchaseCargo,
  type PurchaseCreateInput,
  type PurchasePreview,
} from '../api';
import type { AlibabaClients, AlibabaConnection } from '../clients';
import { alibabaError, alibabaWireError, needsReauth } from '../errors';
import type { PurchaseDraft, PurchaseResult } from './records';

export const PURCHASE_ACTION = 'alibaba.createPurchase';
/** The previewed input, address included: a PII kind, so encrypted and kept for the PII TTL only. */
const drafts = cachedKind<PurchaseDraft>('alibaba.purchaseDraft');
/** The created order's id and amount (no PII), for the result view. */
const results = cachedKind<PurchaseResult>('alibaba.purchaseResult');

/** One create may take this long before the queue gives up on it (the outcome is then unknown). */
const CREATE_TIMEOUT_MS = 30_000;
/**
 * A create whose outcome is unknown (a 5xx or 504 answer, a dropped connection, our own timeout,
 * a worker stopped mid-request) is settled by looking for its order in the buyer's order list,
 * with the outbox's backoff. Until this long after it was sent, "not found yet" may just mean
 * 1688 is still creating it; only after it does "not found" mean "never created".
 */
const SETTLE_MS = CREATE_TIMEOUT_MS + 15_000;
/** How far back the buyer list is read when looking for an unconfirmed create. */
const LOOKBACK_MS = 10 * 60_000;
const LOOKUP_PAGES = 5;

/** What the outbox stores for one create (no PII: the address stays in the encrypted draft). */
const createPayload = z.lazy(() =>
  z.object({
    previewToken: z.string(),
    /** Written into the order's buyer message so the order can be found again (fastCreateOrder has no idempotency key). */
    marker: z.string().startsWith('CD-'),
    tradeType: z.string().optional(),
    note: z.string().optional(),
    /** Offer ids and quantities (no PII) for the fallback lookup and the result view. */
    lines: z.array(
      z.object({ offerId: z.string(), specId: z.string().optional(), quantity: z.number().int().positive() }),
    ),
    total: moneySchema,
  }),
);
export type CreatePayload = z.infer<typeof createPayload>;

export function markerFor(idempotencyKey: string): string {
  return `CD-${idempotencyKey.replace(/-/g, '').slice(0, 16).toUpperCase()}`;
}

/** The buyer message sent with the order: the marker, then the seller's own note. */
function buyerMessage(p: Pick<CreatePayload, 'marker' | 'note'>): string {
  return p.note ? `[Crossdock ${p.marker}] ${p.note}` : `[Crossdock ${p.marker}]`;
}

function toAddress(a: PurchaseAddressWire): PurchaseAddress {
  const out: PurchaseAddress = {
    fullName: a.fullName,
    mobile: a.mobile,
    provinceText: a.provinceText,
    cityText: a.cityText,
    areaText: a.areaText ?? '',
    address: a.address,
  };
  if (a.phone) out.phone = a.phone;
  if (a.postCode) out.postCode = a.postCode;
  if (a.townText) out.townText = a.townText;
  return out;
}

/** Did this create possibly reach 1688? (Then it is never simply sent again.) */
function maybeSent(e: unknown): boolean {
  if (e instanceof RequestTimeoutError) return true;
  // The guarded fetch refusing (no consent, unknown origin) happens before anything leaves.
  if (isAlibabaApiError(e, 'outcomeUnknown')) return !(e.cause instanceof HandledError);
  return false;
}

/** The previewed total of a create not (yet) known to exist, for the result view. */
function payloadTotal(item: OutboxRecord): { total?: Money } {
  const p = createPayload.safeParse(item.payload);
  return p.success ? { total: p.data.total } : {};
}

function sameLines(o: DomainOrder, lines: CreatePayload['lines']): boolean {
  const want = new Map<string, number>();
  for (const l of lines) want.set(l.offerId, (want.get(l.offerId) ?? 0) + l.quantity);
  const got = new Map<string, number>();
  for (const l of o.lines) if (l.productId) got.set(l.productId, (got.get(l.productId) ?? 0) + l.quantity);
  if (want.size !== got.size) return false;
  for (const [k, v] of want) if (got.get(k) !== v) return false;
  return true;
}

/**
 * Purchase orders (1688-api.md §4.7): preview → the seller confirms the amounts → create through
 * the durable outbox. Never created twice: the page's idempotency key is the outbox target (a
 * second create with it returns the first item, whatever its state), a create is never retried
 * automatically, and one interrupted by a suspended worker is looked up in the buyer's order
 * list (by the marker in its buyer message) before anything is sent again.
 */
export class PurchaseService {
  constructor(
    private core: CoreServices,
    private clients: AlibabaClients,
  ) {}

  private async requireAccount(accountKey: string): Promise<AccountRecord> {
    const a = await this.core.accounts.get(accountKey);
    if (a?.marketplace !== 'alibaba') {
      throw alibabaError('not_connected', 'noAccount', 'This 1688 member is not connected.');
    }
    return a;
  }

  async preview(
    accountKey: string,
    lines: { offerId: string; specId?: string; quantity: number }[],
    address: PurchaseAddressWire | undefined,
  ): Promise<{ previewToken: string; expiresAt: number; preview: PurchasePreview }> {
    await this.requireAccount(accountKey);
    if (!address) throw alibabaError('invalid_request', 'addressRequired', 'Enter the delivery address first.');
    const conn = await this.clients.get(accountKey);
    const cargo: PurchaseCargo[] = lines.map((l) => ({
      offerId: l.offerId,
      quantity: l.quantity,
      ...(l.specId ? { specId: l.specId } : {}),
    }));
    const input = { address: toAddress(address), cargo };
    const preview = await conn.queue.run((s) => conn.client.previewPurchase(input, { signal: s }), {
      priority: 'interactive',
    });
    const previewToken = crypto.randomUUID();
    const now = this.core.now();
    const ttl = (await this.core.settings.get()).cache;
    const draft: PurchaseDraft = {
      lines: cargo,
      address: input.address,
      total: preview.total,
      orderable: preview.orderable,
      tradeTypes: preview.orders.flatMap((o) => o.tradeModes.flatMap((m) => (m.tradeType ? [m.tradeType] : []))),
    };
    await drafts.put(accountKey, previewToken, draft, { now, ttl });
    return { previewToken, expiresAt: now + drafts.ttlMs(ttl), preview };
  }

  async create(req: {
    accountKey: string;
    previewToken: string;
    idempotencyKey: string;
    tradeType?: string;
    note?: string;
  }): Promise<PurchaseStatus> {
    const { accountKey, idempotencyKey } = req;
    await this.requireAccount(accountKey);
    // A second click, a retried message, a reopened panel: the first item answers.
    if (await this.item(accountKey, idempotencyKey)) return this.status(accountKey, idempotencyKey);
    const draft = await drafts.get(accountKey, req.previewToken, this.core.now());
    if (!draft)
      throw alibabaError('invalid_request', 'previewExpired', 'The preview expired; preview the order again.');
    if (!draft.orderable)
      throw alibabaError('invalid_request', 'notOrderable', '1688 said this order cannot be placed through the API.');
    if (req.tradeType && !draft.tradeTypes.includes(req.tradeType)) {
      throw alibabaError('invalid_request', 'previewMismatch', 'Choose a trade mode from the preview.');
    }
    const payload: CreatePayload = {
      previewToken: req.previewToken,
      marker: markerFor(idempotencyKey),
      lines: draft.lines.map((l) => ({
        offerId: l.offerId,
        quantity: l.quantity,
        ...(l.specId ? { specId: l.specId } : {}),
      })),
      total: draft.total,
      ...(req.tradeType ? { tradeType: req.tradeType } : {}),
      ...(req.note ? { note: req.note } : {}),
    };
    await this.core.outbox.enqueue(
      accountKey,
      PURCHASE_ACTION,
      [{ targetId: idempotencyKey, payload }],
      `purchase:${idempotencyKey}`,
    );
    void this.core.outbox.process(accountKey);
    return this.status(accountKey, idempotencyKey);
  }

  async status(accountKey: string, idempotencyKey: string): Promise<PurchaseStatus> {
    const item = await this.item(accountKey, idempotencyKey);
    if (!item) return { idempotencyKey, state: 'none', attempts: 0 };
    const result = await results.get(accountKey, idempotencyKey, this.core.now());
    const memberId = accountKey.slice('alibaba:'.length);
    return {
      idempotencyKey,
      state: item.state,
      attempts: item.attempts,
      ...(item.result ? { result: item.result } : {}),
      ...(result
        ? {
            orderId: result.orderId,
            orderKey: orderKey('alibaba', memberId, result.orderId),
            total: result.total,
            failedOffers: result.failedOffers,
          }
        : payloadTotal(item)),
    };
  }

  /** The newest outbox item of this create (the idempotency key is its target). */
  private async item(accountKey: string, idempotencyKey: string): Promise<OutboxRecord | undefined> {
    const items = (await this.core.outbox.list({ accountKey })).filter(
      (r) => r.action === PURCHASE_ACTION && r.targetId === idempotencyKey,
    );
    return items[items.length - 1];
  }

  private async recordResult(accountKey: string, idempotencyKey: string, r: PurchaseResult): Promise<void> {
    const ttl = (await this.core.settings.get()).cache;
    await results.put(accountKey, idempotencyKey, r, { now: this.core.now(), ttl });
  }

  /** The outbox action. One order per send; never retried inside the send. */
  action(): OutboxActionDef<CreatePayload> {
    return defineOutboxAction({
      type: PURCHASE_ACTION,
      payload: createPayload,
      batchSize: 1,
      settleMs: SETTLE_MS,
      send: (accountKey, items) => this.send(accountKey, items[0]!),
      reconcile: (accountKey, items) => this.reconcile(accountKey, items),
    });
  }

  private async send(accountKey: string, item: OutboxItem<CreatePayload>): Promise<Map<string, OutboxResult>> {
    const answer = (result: OutboxResult) => new Map([[item.id, result]]);
    const p = item.payload;
    const draft = await drafts.get(accountKey, p.previewToken, this.core.now());
    if (!draft) {
      return answer(
        refused('alibaba.previewExpired', 'The preview expired before the order was sent; preview it again.'),
      );
    }
    let conn: AlibabaConnection;
    try {
      conn = await this.clients.get(accountKey);
    } catch (e) {
      const w = alibabaWireError(e);
      return answer(refused(w.kind ?? w.code, w.message));
    }
    const input: PurchaseCreateInput = {
      address: draft.address,
      cargo: draft.lines,
      flow: 'general',
      message: buyerMessage(p),
      ...(p.tradeType ? { tradeType: p.tradeType } : {}),
    };
    let created: CreatedPurchaseOrder;
    try {
      created = await conn.queue.run((s) => conn.client.createPurchase(input, { signal: s }), {
        kind: 'write',
        priority: 'interactive',
        timeoutMs: CREATE_TIMEOUT_MS,
        maxAttempts: 1,
      });
    } catch (e) {
      if (maybeSent(e)) {
        // Keep what the gateway said (gw.ServiceTimeout "Backend service timed out"): if the lookup
        // shows no order, that answer is the reason shown.
        const said = isAlibabaApiError(e) ? gatewaySaid(e.cause) : undefined;
        throw new OutboxSendError({
          kind: 'maybeSent',
          code: said?.code ?? 'alibaba.outcomeUnknown',
          message: said?.message ?? 'The order request may have reached 1688; looking it up before anything else.',
        });
      }
      if (e instanceof QueueUnavailableError) {
        throw new OutboxSendError({
          kind: 'notSent',
          code: 'alibaba.paused',
          message: 'Not sent: 1688 calls are paused for this member.',
          ...(e.until ? { retryAtMs: e.until } : {}),
        });
      }
      if (isAlibabaApiError(e) && (e.kind === 'rateLimited' || e.kind === 'relayRateLimited')) {
        throw new OutboxSendError({
          kind: 'notSent',
          code: `alibaba.${e.kind}`,
          message: 'Not sent: 1688 asked to slow down.',
          retryAtMs: this.core.now() + (e.retryAfterMs ?? 10_000),
        });
      }
      // Refused before or by 1688 (signature, authorization, stock, MOQ…): no order exists.
      const w = alibabaWireError(e);
      const retryable = needsReauth(e) || (isAlibabaApiError(e) && e.retryable);
      const said = isAlibabaApiError(e) ? e.remoteMessage : undefined;
      return answer(rejected(w.kind ?? w.code, said ?? w.message, retryable));
    }
    await this.recordResult(accountKey, item.targetId, {
      orderId: created.orderId,
      total: created.totalAmount,
      failedOffers: created.failedOffers.map((f) => ({
        ...(f.offerId ? { offerId: f.offerId } : {}),
        ...(f.errorCode ? { errorCode: f.errorCode } : {}),
      })),
    });
    // The new purchase order shows up in the order list with the next (incremental) sync.
    void this.core.sync.sync(accountKey);
    return answer(applied(created.failedOffers.length ? 'CREATED_PARTIAL' : 'CREATED'));
  }

  /**
   * One look for every unsettled create of the member: applied when the buyer list holds an order
   * with the item's marker in its buyer message (or, if 1688 did not return buyer messages, an order
   * of the same offers and quantities created in the send window); not applied otherwise. The
   * outbox decides when "not applied" is trusted (after SETTLE_MS) and when to look again.
   */
  private async reconcile(accountKey: string, items: OutboxItem<CreatePayload>[]): Promise<Map<string, Verdict>> {
    const conn = await this.clients.get(accountKey);
    const found = await this.lookup(conn, items);
    const out = new Map<string, Verdict>();
    for (const item of items) {
      const order = found.get(item.id);
      if (!order) {
        out.set(item.id, 'notApplied');
        continue;
      }
      await this.recordResult(accountKey, item.targetId, {
        orderId: order.orderId,
        total: order.total,
        failedOffers: [],
      });
      out.set(item.id, 'applied');
    }
    if (found.size) void this.core.sync.sync(accountKey);
    return out;
  }

  /** Reads the buyer's recent orders once (up to LOOKUP_PAGES pages) for all items; item id → its order. */
  private async lookup(conn: AlibabaConnection, items: OutboxItem<CreatePayload>[]): Promise<Map<string, DomainOrder>> {
    const found = new Map<string, DomainOrder>();
    const since = Math.min(...items.map((i) => i.createdAt)) - LOOKBACK_MS;
    for (let page = 1; page <= LOOKUP_PAGES && found.size < items.length; page++) {
      const res = await conn.queue.run(
        (s) => conn.client.listBuyerOrders({ page, createdFrom: since }, { signal: s }),
        { priority: 'normal' },
      );
      for (const o of res.orders) {
        const memo = o.recipient.memo;
        const at = Date.parse(o.orderedAt);
        const item = items.find(
          (i) =>
            !found.has(i.id) &&
            (memo?.includes(i.payload.marker) ||
              (memo === undefined &&
                sameLines(o, i.payload.lines) &&
                at >= i.createdAt - 120_000 &&
                at <= (i.sentAt ?? i.updatedAt) + SETTLE_MS + LOOKBACK_MS)),
        );
        if (item) found.set(item.id, o);
      }
      if (!res.hasMore) break;
    }
    return found;
  }
}

/** The gateway's own code and words behind an "outcome unknown" (kept for display). */
function gatewaySaid(cause: unknown): { code: string; message?: string } | undefined {
  if (!isAlibabaApiError(cause) || !cause.code) return undefined;
  return { code: cause.code, ...(cause.remoteMessage ? { message: cause.remoteMessage } : {}) };
}
