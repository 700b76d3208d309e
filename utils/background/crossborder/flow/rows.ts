import { orderKey as alibabaOrderKey, parseAccountKey } from '../../../domain/keys';
import type { DomainOrder } from '../../../domain/order';
import { maskName } from '../../../privacy/masking';
import type { FlowRow, FlowState, ProductLink, PurchaseLinkView } from '../../../protocol/messages/crossborder';
import { PURCHASE_ACTION } from '../../alibaba/purchase/service';
import type { CoreServices } from '../../core/core';
import { ACTIONS } from '../../coupang/orders/actions';
import { outboxOrderKey } from '../../outbox/action';
import type { OutboxRecord } from '../../store/db';
import { type OrderLink, type PurchaseLink, purchaseRef } from '../links/order-links';
import { checkCustomsCode } from './customs';
import { flowStateOf, type PurchaseFacts, purchaseStage, unfilledLines } from './state';

/** The 1688 order key of a link's purchase, once its order id is known. */
export function purchaseOrderKey(link: Pick<PurchaseLink, 'alibabaAccountKey' | 'alibabaOrderId'>): string | undefined {
  const member = parseAccountKey(link.alibabaAccountKey)?.accountId;
  return member && link.alibabaOrderId ? alibabaOrderKey('alibaba', member, link.alibabaOrderId) : undefined;
}

/** Coupang orders of the 구매대행 flow: a line linked in 구매대행 mode, or an order link already made. */
export function flowOrders(
  orders: readonly DomainOrder[],
  links: readonly ProductLink[],
  orderLinks: ReadonlyMap<string, OrderLink>,
): DomainOrder[] {
  const agent = new Set(links.filter((l) => l.mode === 'agent').map((l) => l.vendorItemId));
  return orders.filter(
    (o) =>
      o.marketplace === 'coupang' &&
      o.workState !== 'cancelled' &&
      (orderLinks.has(o.key) || o.lines.some((l) => l.itemId !== undefined && agent.has(l.itemId))),
  );
}

export interface FlowContext {
  orders: Map<string, DomainOrder>;
  outbox: OutboxRecord[];
  links: ProductLink[];
}

export async function flowContext(core: CoreServices, links: ProductLink[]): Promise<FlowContext> {
  const [all, outbox] = await Promise.all([core.orders.all(), core.outbox.list()]);
  return { orders: new Map(all.map((o) => [o.key, o])), outbox, links };
}

/** What the outbox and the synced 1688 orders say of a purchase Crossdock created (or was told of). */
export function purchaseFacts(
  ctx: Pick<FlowContext, 'outbox' | 'orders'>,
  link: Pick<PurchaseLink, 'idempotencyKey' | 'alibabaAccountKey' | 'alibabaOrderId'> | undefined,
): { facts: PurchaseFacts; item?: OutboxRecord } {
  if (!link) return { facts: {} };
  const item = link.idempotencyKey
    ? ctx.outbox.filter((r) => r.action === PURCHASE_ACTION && r.targetId === link.idempotencyKey).at(-1)
    : undefined;
  const key = purchaseOrderKey(link);
  const order = key ? ctx.orders.get(key) : undefined;
  return {
    facts: { ...(item ? { createState: item.state } : {}), ...(order ? { order } : {}) },
    ...(item ? { item } : {}),
  };
}

/** The Coupang lines of an order that a 1688 purchase fills: those linked in 구매대행 mode. */
export function agentLineIds(o: DomainOrder, links: readonly ProductLink[]): string[] {
  const agent = new Set(links.filter((l) => l.mode === 'agent').map((l) => l.vendorItemId));
  return o.lines.filter((l) => l.itemId !== undefined && agent.has(l.itemId)).map((l) => l.lineId);
}

/** Each purchase of a link as the views see it, with where it stands. */
export function purchaseViews(ctx: FlowContext, link: OrderLink | undefined): PurchaseLinkView[] {
  return (link?.purchases ?? []).map((p) => {
    const { facts, item } = purchaseFacts(ctx, p);
    const key = purchaseOrderKey(p);
    return {
      ref: purchaseRef(p),
      alibabaAccountKey: p.alibabaAccountKey,
      ...(p.idempotencyKey ? { idempotencyKey: p.idempotencyKey } : {}),
      ...(p.alibabaOrderId ? { orderId: p.alibabaOrderId } : {}),
      ...(key ? { orderKey: key } : {}),
      ...(facts.order ? { status: facts.order.marketStatus } : {}),
      ...(item ? { createState: item.state } : {}),
      ...(item?.result ? { createResult: item.result } : {}),
      stage: purchaseStage(p, facts),
      lineIds: p.lines.map((l) => l.lineId),
      ...(p.arrivedAt !== undefined ? { arrivedAt: p.arrivedAt } : {}),
    };
  });
}

/** The order's 구매대행 lines no live purchase fills (the planner buys these, and only these). */
export function linesToBuy(ctx: FlowContext, o: DomainOrder, link: OrderLink | undefined): string[] {
  const needed = agentLineIds(o, ctx.links);
  const purchases = link?.purchases ?? [];
  const stages = purchases.map((p) => purchaseStage(p, purchaseFacts(ctx, p).facts));
  return unfilledLines(needed, purchases, stages);
}

function invoiceUploaded(ctx: FlowContext, orderKey: string): boolean {
  return ctx.outbox.some(
    (r) =>
      (r.action === ACTIONS.uploadInvoice || r.action === ACTIONS.updateInvoice) &&
      r.state === 'succeeded' &&
      outboxOrderKey(r) === orderKey,
  );
}

/** One row of the flow: masked, ids and states only. */
export function flowRow(ctx: FlowContext, o: DomainOrder, link: OrderLink | undefined): FlowRow {
  const facts = (link?.purchases ?? []).map((p) => purchaseFacts(ctx, p).facts);
  const needed = agentLineIds(o, ctx.links);
  const state: FlowState = flowStateOf(o, link, facts, needed, invoiceUploaded(ctx, o.key));
  const linked = new Set(ctx.links.map((l) => l.vendorItemId));
  const names = [...new Set(o.lines.map((l) => l.productName))];
  return {
    orderKey: o.key,
    orderId: o.orderId,
    orderedAt: o.orderedAt,
    marketStatus: o.marketStatus,
    state,
    productSummary: names.length > 1 ? `${names[0]} +${names.length - 1}` : (names[0] ?? ''),
    quantity: o.lines.reduce((n, l) => n + l.quantity, 0),
    recipientName: maskName(o.recipient.name),
    customs: checkCustomsCode(o.recipient.customsCode),
    purchases: purchaseViews(ctx, link),
    ...(link?.forwarderTracking ? { forwarderTracking: link.forwarderTracking } : {}),
    ...(o.shipping.trackingNumber ? { invoiceNumber: o.shipping.trackingNumber } : {}),
    unlinkedLines: o.lines.filter((l) => !l.itemId || !linked.has(l.itemId)).length,
    unfilledLines: linesToBuy(ctx, o, link).length,
  };
}
