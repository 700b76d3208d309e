import type { WorkState } from '../../../domain/order';
import { statusRow } from '../../../domain/order-status';

/** Refund states in which the buyer is still asking (the seller must hold the parcel). */
const OPEN_REFUND = new Set(['waitselleragree', 'waitbuyermodify']);

/**
 * 1688 `baseInfo.status` → where the order stands in the member's day (the status table is
 * domain/order-status.ts).
 * 1688 has no acknowledge step, so a paid order waiting for dispatch is `new` for the seller; for a
 * buyer (purchase order) the same status means "the supplier still has to ship": `toShip`.
 * `waitlogisticstakein` (shipment created, courier has not picked up) is still the seller's
 * parcel: `toShip`.
 */
export function workStateOf(status: string, role: 'seller' | 'buyer', refundStatus?: string): WorkState {
  const base = statusRow('alibaba', status).workState;
  if (status === 'waitsellersend' && refundStatus !== undefined && OPEN_REFUND.has(refundStatus.toLowerCase())) {
    return 'cancelRequested';
  }
  if (base === 'new' && role === 'buyer') return 'toShip';
  return base;
}
