import { accountKeyOf } from '../../../domain/keys';
import type { DomainOrder } from '../../../domain/order';
import { HandledError } from '../../../protocol/envelope';
import { FLOW_STATES, type FlowRow, type FlowState } from '../../../protocol/messages/crossborder';
import { normalizeTrackingNumber } from '../../coupang/api/couriers';
import type { TrustedSender } from '../../messaging/dispatcher';
import { loadCalculatorSettings } from '../../page-helpers/stores';
import { cachedKind } from '../../store/cached-kind';
import {
  loadOrderLinks,
  type OrderLink,
  type PurchaseLink,
  patchOrderLink,
  patchPurchases,
  purchaseRef,
  putPurchases,
} from '../links/order-links';
import { loadProductLinks } from '../links/product-links';
import { bestEffort, type CrossborderDeps } from './deps';
import type { PurchasePlan } from './plan-record';
import { addressAndRate, createGroups, groupAmounts, linksForGroup, planPurchases, withMark } from './planner';
import { type FlowContext, flowContext, flowOrders, flowRow, linesToBuy, purchaseOrderKey } from './rows';

const plans = cachedKind<PurchasePlan>('crossborder.plan');
/** Plans live in the cache under this pseudo-account (they span Coupang and 1688 accounts). */
const PLAN_SCOPE = 'crossborder';

/** A Coupang line as the seller lists it: product and option (two options of one product differ only there). */
const lineName = (l: { productName: string; optionName?: string } | undefined) =>
  l ? (l.optionName ? `${l.productName} · ${l.optionName}` : l.productName) : '';

const err = (kind: string, message: string) => new HandledError('invalid_request', message, `crossborder.${kind}`);

/** The 구매대행 flow over linked Coupang orders (issue 17). */
export class FlowService {
  constructor(private d: CrossborderDeps) {}

  private get core() {
    return this.d.core;
  }

  /** Rows of every linked Coupang order, with what 1688 and the outbox say now. */
  async rows(): Promise<{ rows: FlowRow[]; ctx: FlowContext; orders: DomainOrder[]; links: Map<string, OrderLink> }> {
    const productLinks = await loadProductLinks();
    await this.learnOrderIds();
    const links = new Map((await loadOrderLinks()).map((l) => [l.orderKey, l]));
    const ctx = await flowContext(this.core, productLinks);
    const orders = flowOrders([...ctx.orders.values()], productLinks, links).sort((a, b) =>
      a.orderedAt < b.orderedAt ? 1 : -1,
    );
    return { rows: orders.map((o) => flowRow(ctx, o, links.get(o.key))), ctx, orders, links };
  }

  async flow() {
    const { rows } = await this.rows();
    const counts = Object.fromEntries(FLOW_STATES.map((s) => [s, 0])) as Record<FlowState, number>;
    for (const r of rows) counts[r.state]++;
    const customsIssues = rows.filter((r) => r.state === 'toPurchase' && r.customs !== 'ok').length;
    return { rows, counts, customsIssues };
  }

  /**
   * Creates whose 1688 order id is now known (from the purchase result) get it written into their
   * links: the result cache expires, the link is the seller's record. One look-up per create (a
   * purchase that fills lines of several Coupang orders is one create).
   */
  private async learnOrderIds(): Promise<void> {
    const pending = new Map<string, string>();
    for (const l of await loadOrderLinks())
      for (const p of l.purchases)
        if (p.idempotencyKey && !p.alibabaOrderId) pending.set(p.idempotencyKey, p.alibabaAccountKey);
    for (const [idempotencyKey, accountKey] of pending) {
      const status = await bestEffort(() =>
        this.d.purchaseStatus({ accountKey, idempotencyKey }, { kind: 'extension-page', url: 'crossborder' }),
      );
      const orderId = status?.orderId;
      if (orderId)
        await patchPurchases(
          (p) => p.idempotencyKey === idempotencyKey,
          (p) => ({ ...p, alibabaOrderId: orderId }),
        );
    }
  }

  async preview(req: { orderKeys: string[]; addressId: string; alibabaAccountKey: string }, sender: TrustedSender) {
    const { address, rate } = await addressAndRate(req.addressId);
    const { rows, orders, links, ctx } = await this.rows();
    const state = new Map(rows.map((r) => [r.orderKey, r.state]));
    const picked = orders.filter((o) => req.orderKeys.includes(o.key));
    const missing = req.orderKeys.filter((k) => !picked.some((o) => o.key === k));
    const { plan, skipped, warnings } = await planPurchases(this.d, sender, {
      orders: picked,
      productLinks: await loadProductLinks(),
      toBuy: (o) => (state.get(o.key) === 'toPurchase' ? linesToBuy(ctx, o, links.get(o.key)) : []),
      address,
      alibabaAccountKey: req.alibabaAccountKey,
      krwPerCny: rate,
    });
    const planId = crypto.randomUUID();
    await plans.put(PLAN_SCOPE, planId, plan, { now: this.core.now(), ttl: (await this.core.settings.get()).cache });
    const orderOf = (key: string) => picked.find((o) => o.key === key);
    return {
      planId,
      krwPerCny: rate,
      groups: plan.groups.map((g, i) => ({
        supplierName: g.supplierName,
        orders: [...new Set(g.shares.map((s) => s.orderKey))],
        lines: g.shares.map((s) => ({
          orderKey: s.orderKey,
          orderId: orderOf(s.orderKey)?.orderId ?? '0',
          lineId: s.lineId,
          productName: lineName(orderOf(s.orderKey)?.lines.find((l) => l.lineId === s.lineId)),
          offerId: s.offerId,
          ...(s.specId ? { specId: s.specId } : {}),
          quantity: s.quantity,
        })),
        ...groupAmounts(g, rate, warnings[i]),
      })),
      skipped: [
        ...skipped.map((x) => ({ ...x, orderId: orderOf(x.orderKey)?.orderId })),
        ...missing.map((orderKey) => ({ orderKey, reason: 'notCached' })),
      ],
    };
  }

  /**
   * Confirms a plan: per supplier group, the order links are written first, then the purchase is
   * created through the 1688 module's outbox action with a key derived from `confirmKey` (the same
   * confirmation twice, or a worker stopped in between, never makes a second order). The Coupang
   * orders still waiting for 발주확인 are acknowledged: the seller has bought their goods.
   */
  async create(req: { planId: string; confirmKey: string }, sender: TrustedSender) {
    const plan = await plans.get(PLAN_SCOPE, req.planId, this.core.now());
    if (!plan) throw err('planExpired', 'The preview expired; preview again.');
    // Each purchase is written into its orders' links first (a repeat of the same key is a no-op).
    const purchases = await createGroups(this.d, sender, plan, req.confirmKey, (group, idempotencyKey) =>
      putPurchases(linksForGroup(plan, group, idempotencyKey, this.core.now())),
    );
    const keys = plan.groups.flatMap((g) => g.shares.map((s) => s.orderKey));
    const toAck: string[] = [];
    for (const k of new Set(keys)) if ((await this.core.orders.get(k))?.marketStatus === 'ACCEPT') toAck.push(k);
    if (toAck.length) await this.d.acknowledge({ keys: toAck }, sender);
    return { purchases };
  }

  /**
   * The seller's arrival mark on one purchase (`ref`), or on each of the order's purchases still on
   * its way when no ref is named (the forwarder received the whole box).
   */
  async markArrived(orderKey: string, arrived: boolean, ref?: string) {
    const row = (await this.rows()).rows.find((r) => r.orderKey === orderKey);
    const onTheWay = new Set(
      (row?.purchases ?? []).filter((p) => p.stage === 'toPay' || p.stage === 'supplierShipping').map((p) => p.ref),
    );
    const picked = (p: PurchaseLink) =>
      ref ? purchaseRef(p) === ref : arrived ? onTheWay.has(purchaseRef(p)) : p.arrivedAt !== undefined;
    const ok = await patchPurchases(
      (p, key) => key === orderKey && picked(p),
      (p) => withMark(p, 'arrivedAt', arrived, this.core.now()),
    );
    if (!ok) throw err('noPurchase', 'This order has no 1688 purchase yet.');
    return { ok };
  }

  /**
   * The forwarder's Korean tracking number → the Coupang invoice, through the orders module's
   * invoice action (outbox, never sent twice). The 1688 parcel's domestic waybill is refused: it
   * tracks the supplier → forwarder leg in China, not the parcel the customer receives.
   */
  async uploadInvoice(req: { orderKey: string; courierCode: string; trackingNumber: string }, sender: TrustedSender) {
    const link = (await loadOrderLinks()).find((l) => l.orderKey === req.orderKey);
    if (!link?.purchases.length) throw err('noPurchase', 'This order has no 1688 purchase yet.');
    const number = normalizeTrackingNumber(req.trackingNumber);
    if ((await this.domesticWaybills(link, sender)).has(number)) {
      throw err(
        'domesticWaybill',
        'This is the 1688 supplier’s waybill in China; enter the forwarder’s Korean tracking number.',
      );
    }
    await patchOrderLink(req.orderKey, (l) => ({
      ...l,
      forwarderTracking: { courierCode: req.courierCode, trackingNumber: number },
    }));
    const reply = await this.d.uploadInvoices(
      { items: [{ key: req.orderKey, courierCode: req.courierCode, trackingNumber: number }] },
      sender,
    );
    const item = reply.items[0];
    return { state: item?.state ?? 'failed', ...(item?.result ? { result: item.result } : {}) };
  }

  /** The China-domestic waybills of every purchase of the order (none may become the Coupang invoice). */
  private async domesticWaybills(link: OrderLink, sender: TrustedSender): Promise<Set<string>> {
    const out = new Set<string>();
    for (const p of link.purchases) {
      const key = purchaseOrderKey(p);
      if (!key) continue;
      const order = await this.core.orders.get(key);
      if (order?.shipping.trackingNumber) out.add(normalizeTrackingNumber(order.shipping.trackingNumber));
      const logistics = await bestEffort(() => this.d.logistics({ orderKey: key }, sender));
      for (const s of logistics?.shipments ?? [])
        if (s.trackingNumber) out.add(normalizeTrackingNumber(s.trackingNumber));
    }
    return out;
  }

  /**
   * A purchase made elsewhere (1688 site, phone): the seller names its order id, and the Coupang
   * lines it fills (by default, those no live purchase fills yet; none left: the whole order).
   */
  async linkOrder(req: { orderKey: string; alibabaAccountKey: string; alibabaOrderId: string; lineIds?: string[] }) {
    const order = await this.core.orders.get(req.orderKey);
    if (order?.marketplace !== 'coupang') throw err('notCached', 'This Coupang order is not in the synced list.');
    if (!(await this.core.accounts.get(req.alibabaAccountKey)))
      throw err('noAlibaba', 'Connect the 1688 member first.');
    const { ctx, links } = await this.rows();
    const lineIds = (req.lineIds ?? linesToBuy(ctx, order, links.get(order.key))).filter((id) =>
      order.lines.some((l) => l.lineId === id),
    );
    const productLinks = new Map(ctx.links.map((l) => [l.vendorItemId, l]));
    const rate = (await loadCalculatorSettings()).settings.rate?.krwPerCny;
    const purchase: PurchaseLink = {
      alibabaAccountKey: req.alibabaAccountKey,
      alibabaOrderId: req.alibabaOrderId,
      lines: order.lines
        .filter((l) => lineIds.includes(l.lineId))
        .map((l) => {
          const link = l.itemId ? productLinks.get(l.itemId) : undefined;
          return {
            lineId: l.lineId,
            ...(link ? { offerId: link.offerId, ...(link.specId ? { specId: link.specId } : {}) } : {}),
            quantity: l.quantity * (link?.unitsPerItem ?? 1),
          };
        }),
      ...(rate ? { krwPerCny: rate } : {}),
      createdAt: this.core.now(),
    };
    const key = purchaseOrderKey(purchase);
    const cached = key ? await this.core.orders.get(key) : undefined;
    if (cached && accountKeyOf(cached) === req.alibabaAccountKey) {
      const freight = cached.shippingFee?.minor ?? 0;
      purchase.goodsFen = cached.total.minor - freight;
      purchase.freightFen = freight;
    }
    await putPurchases([{ orderKey: req.orderKey, purchase }]);
    return { ok: true };
  }
}
