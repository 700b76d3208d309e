import type { DomainOrder } from '../../../domain/order';
import { FLOW_STATES, type FlowState } from '../../../protocol/messages/crossborder';
import { fillsLine, type OrderLink, type PurchaseLink } from '../links/order-links';

/** What is known of one 1688 purchase behind a link. */
export interface PurchaseFacts {
  /** The outbox item of the create, when Crossdock made it. */
  createState?: 'none' | 'queued' | 'sending' | 'succeeded' | 'failed' | 'unknown';
  /** The synced 1688 order (buyer view), once it is in the cache. */
  order?: Pick<DomainOrder, 'marketStatus' | 'workState'>;
}

/**
 * Where one purchase stands: the seller's arrival mark or 1688 saying the parcel was signed for →
 * atForwarder; a 1688 order unpaid (`waitbuyerpay`, or just created) → toPay; paid and not signed
 * for → supplierShipping. A failed create or a closed 1688 order → toPurchase: its lines need
 * buying again.
 */
export function purchaseStage(p: Pick<PurchaseLink, 'arrivedAt' | 'alibabaOrderId'>, facts: PurchaseFacts): FlowState {
  const o = facts.order;
  if (o?.workState === 'cancelled') return 'toPurchase';
  if (p.arrivedAt !== undefined || o?.workState === 'delivered') return 'atForwarder';
  if (o) return o.marketStatus === 'waitbuyerpay' ? 'toPay' : 'supplierShipping';
  // Not synced yet: a create that went (or may have gone) through is an unpaid 1688 order.
  if (p.alibabaOrderId) return 'toPay';
  const s = facts.createState;
  if (s === 'queued' || s === 'sending' || s === 'succeeded' || s === 'unknown') return 'toPay';
  return 'toPurchase';
}

/** The least advanced of some states (the tabs' order). */
export function leastAdvanced(states: readonly FlowState[]): FlowState | undefined {
  let min: number | undefined;
  for (const s of states) {
    const i = FLOW_STATES.indexOf(s);
    if (min === undefined || i < min) min = i;
  }
  return min === undefined ? undefined : FLOW_STATES[min];
}

/** The Coupang lines (of `needed`) that no live purchase fills: these still have to be bought. */
export function unfilledLines(
  needed: readonly string[],
  purchases: readonly PurchaseLink[],
  stages: readonly FlowState[],
): string[] {
  const live = purchases.filter((_, i) => stages[i] !== 'toPurchase');
  return needed.filter((lineId) => !live.some((p) => fillsLine(p, lineId)));
}

/**
 * Where a linked Coupang order stands in the 구매대행 flow, with its goods bought from one or
 * several 1688 suppliers. An invoice on the Coupang order (or an upload that succeeded) →
 * invoiceUploaded; the forwarder's Korean tracking number saved → readyToShip (one box, one
 * number). Otherwise the least advanced of its purchases: toPurchase while any line that needs
 * buying (`needed`: its 구매대행 lines) has no live purchase, toPay while any purchase is unpaid,
 * supplierShipping while any is not at the forwarder, atForwarder only when all are.
 */
export function flowStateOf(
  coupang: Pick<DomainOrder, 'workState'>,
  link: Pick<OrderLink, 'purchases' | 'forwarderTracking'> | undefined,
  facts: readonly PurchaseFacts[],
  needed: readonly string[],
  invoiceUploaded: boolean,
): FlowState {
  if (invoiceUploaded || coupang.workState === 'inTransit' || coupang.workState === 'delivered')
    return 'invoiceUploaded';
  if (!link || link.purchases.length === 0) return 'toPurchase';
  if (link.forwarderTracking) return 'readyToShip';
  const stages = link.purchases.map((p, i) => purchaseStage(p, facts[i] ?? {}));
  if (unfilledLines(needed, link.purchases, stages).length) return 'toPurchase';
  const live = stages.filter((s) => s !== 'toPurchase');
  return leastAdvanced(live) ?? 'toPurchase';
}
