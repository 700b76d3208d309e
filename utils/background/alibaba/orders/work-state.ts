import type { WorkState } from '../../../domain/order';

/**
 * 1688 `baseInfo.status` (docs/1688-api.md §4.5) → where the order stands in the member's day.
 * 1688 has no acknowledge step, so a paid order waiting for dispatch is `new` for the seller; for a
 * buyer (purchase order) the same status means "the supplier still has to ship": `toShip`.
 * `waitlogisticstakein` (shipment created, courier has not picked up) is still the seller's
 * parcel: `toShip`.
 */
const BY_STATUS: Record<string, WorkState> = {
  waitbuyerpay: 'other',
  waitsellersend: 'new',
  waitlogisticstakein: 'toShip',
  waitbuyerreceive: 'inTransit',
  waitbuyersign: 'inTransit',
  signinsuccess: 'delivered',
  confirm_goods: 'delivered',
  success: 'delivered',
  cancel: 'cancelled',
  terminated: 'cancelled',
};

/** Refund states in which the buyer is still asking (the seller must hold the parcel). */
const OPEN_REFUND = new Set(['waitselleragree', 'waitbuyermodify']);

export function workStateOf(status: string, role: 'seller' | 'buyer', refundStatus?: string): WorkState {
  const base = BY_STATUS[status] ?? 'other';
  if (status === 'waitsellersend' && refundStatus !== undefined && OPEN_REFUND.has(refundStatus.toLowerCase())) {
    return 'cancelRequested';
  }
  if (base === 'new' && role === 'buyer') return 'toShip';
  return base;
}
