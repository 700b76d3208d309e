import type { DomainOrder } from '../../../domain/order';
import type { RestockState } from '../../../protocol/messages/crossborder-restock';
import type { PurchaseFacts } from '../flow/state';
import type { RestockPurchase } from './store';

/**
 * Where a restock purchase stands. The seller's received mark wins; then the synced 1688 order:
 * closed → closed, signed for → signedFor, unpaid → toPay, paid and not shipped → paid, else
 * shipped. Before it is synced: a known order id or a create that went (or may have gone) through
 * is an unpaid order (toPay / creating); a create that failed, or never reached the outbox, failed.
 */
export function restockStateOf(
  p: Pick<RestockPurchase, 'receivedAt' | 'alibabaOrderId'>,
  facts: PurchaseFacts,
): RestockState {
  if (p.receivedAt !== undefined) return 'received';
  const o: PurchaseFacts['order'] = facts.order;
  if (o) return orderState(o);
  if (p.alibabaOrderId) return 'toPay';
  const s = facts.createState;
  if (s === 'succeeded') return 'toPay';
  if (s === 'queued' || s === 'sending' || s === 'unknown') return 'creating';
  return 'failed';
}

function orderState(o: Pick<DomainOrder, 'marketStatus' | 'workState'>): RestockState {
  if (o.workState === 'cancelled') return 'closed';
  if (o.workState === 'delivered') return 'signedFor';
  if (o.marketStatus === 'waitbuyerpay') return 'toPay';
  if (o.marketStatus === 'waitsellersend') return 'paid';
  return 'shipped';
}

/** Still on its way to the seller's warehouse (counted as on order by the suggestion). */
export function isOpen(state: RestockState): boolean {
  return state !== 'received' && state !== 'closed' && state !== 'failed';
}
