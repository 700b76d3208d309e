import { Rng } from '../../core/rng';
import type { OfferCatalog } from './catalog';
import { mixSeed } from './ids';
import { type Order, type OrderStatus, PAID_STATUSES, SHIPPED_STATUSES } from './model';
import { makeShipment } from './shipment';

const RECEIVED: ReadonlySet<OrderStatus> = new Set(['signinsuccess', 'confirm_goods', 'success']);

/**
 * Moves an order to `status` at business time `nowMs`, filling in what that status implies and
 * the order lacks: a payment time once paid, a parcel once shipped, a signature once received,
 * a close time once cancelled. Used by the control API (tests drive orders through their life).
 */
export function moveToStatus(order: Order, status: OrderStatus, nowMs: number, catalog: OfferCatalog): Order {
  const next: Order = { ...order, status, modifyMs: nowMs, shipments: [...order.shipments] };
  if (PAID_STATUSES.has(status) && next.payMs === undefined) next.payMs = nowMs;
  if (SHIPPED_STATUSES.has(status)) {
    next.shipMs ??= nowMs;
    if (next.shipments.length === 0) {
      const offer = catalog.get(order.items[0]?.offerId ?? '');
      const rng = new Rng(mixSeed(Number(order.orderId.slice(-9)), 7));
      next.shipments.push(
        makeShipment(rng, {
          fromProvince: offer?.province ?? '浙江省',
          fromCity: offer?.city ?? '杭州市',
          toCity: order.receiver.city,
          toArea: order.receiver.area,
          toTown: order.receiver.town,
          shipMs: next.shipMs,
        }),
      );
    }
  }
  if (RECEIVED.has(status)) {
    next.receiveMs ??= nowMs;
    const signedAt = next.receiveMs;
    // The parcel's trace ends with the signature scan once the buyer has received it.
    next.shipments = next.shipments.map((s) =>
      s.signedMs !== undefined
        ? s
        : {
            ...s,
            signedMs: signedAt,
            steps: [
              ...s.steps.filter((st) => st.atMs < signedAt),
              { atMs: signedAt, remark: `【${order.receiver.city}】快件已签收，签收人：本人签收` },
            ],
          },
    );
  }
  if (status === 'success') next.completeMs ??= nowMs;
  if (status === 'cancel' || status === 'terminated') {
    next.closeMs ??= nowMs;
    next.closeReason ??= '沙箱控制接口关闭订单';
  }
  return next;
}
