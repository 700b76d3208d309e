import type { DomainOrder } from '../../../domain/order';
import type { FlowState } from '../../../protocol/messages/crossborder';
import type { OrderLink } from '../links/order-links';

/** What is known of the 1688 purchase behind a link. */
export interface PurchaseFacts {
  /** The outbox item of the create, when Crossdock made it. */
  createState?: 'none' | 'queued' | 'sending' | 'succeeded' | 'failed' | 'unknown';
  /** The synced 1688 order (buyer view), once it is in the cache. */
  order?: Pick<DomainOrder, 'marketStatus' | 'workState'>;
}

/**
 * Where a linked Coupang order stands in the 구매대행 flow. The furthest fact wins: an invoice on
 * the Coupang order (or an upload that succeeded) → invoiceUploaded; the forwarder's Korean tracking
 * number saved → readyToShip; the seller's arrival mark or 1688 saying the parcel was signed for →
 * atForwarder; a 1688 order that is unpaid (`waitbuyerpay`, or just created) → toPay; paid and not
 * signed for → supplierShipping. No purchase, a failed create or a closed 1688 order → toPurchase.
 */
export function flowStateOf(
  coupang: Pick<DomainOrder, 'workState'>,
  link: OrderLink | undefined,
  purchase: PurchaseFacts,
  invoiceUploaded: boolean,
): FlowState {
  if (invoiceUploaded || coupang.workState === 'inTransit' || coupang.workState === 'delivered')
    return 'invoiceUploaded';
  if (!link) return 'toPurchase';
  if (link.forwarderTracking) return 'readyToShip';
  const o = purchase.order;
  if (link.arrivedAt !== undefined || o?.workState === 'delivered') return 'atForwarder';
  if (o) {
    if (o.workState === 'cancelled') return 'toPurchase';
    return o.marketStatus === 'waitbuyerpay' ? 'toPay' : 'supplierShipping';
  }
  // Not synced yet: a create that went (or may have gone) through is an unpaid 1688 order.
  if (link.alibabaOrderId) return 'toPay';
  const s = purchase.createState;
  if (s === 'queued' || s === 'sending' || s === 'succeeded' || s === 'unknown') return 'toPay';
  return 'toPurchase';
}
