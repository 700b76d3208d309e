import type { SandboxSettings } from '../../core/context';
import type { OrderRecord, OrderStatus } from '../data/model';

/**
 * The order state machine (reference §4.4): ACCEPT → acknowledge → INSTRUCT → invoice →
 * DEPARTURE → DELIVERING → FINAL_DELIVERY, or NONE_TRACKING for seller-direct (`DIRECT`)
 * delivery. Status is never stored: it is derived from the transition times on every read, so
 * advancing the business clock moves shipped orders along without any background job.
 */
export type TransitSettings = Pick<SandboxSettings, 'coupangDepartureToDeliveringMs' | 'coupangDeliveringToFinalMs'>;

export function orderStatus(order: OrderRecord, now: number, settings: TransitSettings): OrderStatus {
  if (order.shippedAt) {
    if (order.courier === 'DIRECT') return 'NONE_TRACKING';
    if (order.deliveredOverrideAt && now >= order.deliveredOverrideAt) return 'FINAL_DELIVERY';
    const inTransit = now - order.shippedAt;
    if (inTransit >= settings.coupangDepartureToDeliveringMs + settings.coupangDeliveringToFinalMs)
      return 'FINAL_DELIVERY';
    if (inTransit >= settings.coupangDepartureToDeliveringMs) return 'DELIVERING';
    return 'DEPARTURE';
  }
  return order.ackAt ? 'INSTRUCT' : 'ACCEPT';
}

/** When the courier handed it over, or 0 while not delivered. */
export function deliveredAt(order: OrderRecord, now: number, settings: TransitSettings): number {
  if (orderStatus(order, now, settings) !== 'FINAL_DELIVERY') return 0;
  if (order.deliveredOverrideAt && order.deliveredOverrideAt <= now) return order.deliveredOverrideAt;
  return order.shippedAt + settings.coupangDepartureToDeliveringMs + settings.coupangDeliveringToFinalMs;
}

/** When DELIVERING began (0 if not reached), for the status history. */
export function deliveringAt(order: OrderRecord, now: number, settings: TransitSettings): number {
  const status = orderStatus(order, now, settings);
  if (status !== 'DELIVERING' && status !== 'FINAL_DELIVERY') return 0;
  const at = order.shippedAt + settings.coupangDepartureToDeliveringMs;
  return at <= now ? at : 0;
}

export const STATUS_DESCRIPTIONS: Record<OrderStatus, string> = {
  ACCEPT: '결제완료',
  INSTRUCT: '상품준비중',
  DEPARTURE: '배송지시',
  DELIVERING: '배송중',
  FINAL_DELIVERY: '배송완료',
  NONE_TRACKING: '업체 직접 배송',
};

export function lineCount(order: OrderRecord): number {
  return order.item1 ? 2 : 1;
}

export function allLinesMask(order: OrderRecord): number {
  return order.item1 ? 0b11 : 0b01;
}

export function isFullyCanceled(order: OrderRecord): boolean {
  return (order.canceledMask & allLinesMask(order)) === allLinesMask(order);
}

/** Cancelled and returned-complete boxes are gone from ordersheet lists (use the returns API). */
export function isListed(order: OrderRecord): boolean {
  return !isFullyCanceled(order) && !order.returnedComplete;
}

export function lineQuantity(order: OrderRecord, line: number): number {
  return line === 0 ? order.qty0 : order.qty1;
}

export function totalQuantity(order: OrderRecord, lineMask: number): number {
  let sum = 0;
  for (let line = 0; line < lineCount(order); line++) if (lineMask & (1 << line)) sum += lineQuantity(order, line);
  return sum;
}
