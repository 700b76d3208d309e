import type { DomainOrder, WorkState } from '../../../domain/order';
import type { ShippingSheetRow } from '../../../protocol/messages/order-sheets';

/**
 * Only orders the seller still has to ship go on a shipping sheet: the file exists to print
 * labels (agreement: order data used to operate orders), not to take customer data out in bulk.
 * Orders already with the courier, delivered or cancelled are refused, and so are the seller's
 * own 1688 purchases (the seller is the buyer there; nothing to ship).
 */
const AWAITING_SHIPMENT: ReadonlySet<WorkState> = new Set(['new', 'toShip']);

export function awaitsShipment(o: DomainOrder): boolean {
  return o.role === 'seller' && AWAITING_SHIPMENT.has(o.workState);
}

/**
 * One row per box: a courier label is printed per box, and the same file imported back with
 * tracking numbers gives each box exactly one invoice row. The box's lines are listed in one cell.
 */
export function shippingSheetRow(o: DomainOrder): ShippingSheetRow {
  const r = o.recipient;
  const address = [r.address, r.addressDetail]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  const items = o.lines
    .map((l) => `${l.productName}${l.optionName ? ` ${l.optionName}` : ''} × ${l.quantity}`)
    .join(' / ');
  return {
    marketplace: o.marketplace,
    shipmentId: o.shipmentId,
    orderId: o.orderId,
    orderedAt: o.orderedAt,
    recipientName: r.name,
    phone: r.phone,
    postcode: r.postcode,
    address,
    memo: r.memo || undefined,
    items,
    itemIds: o.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])).join(', '),
    quantity: o.lines.reduce((n, l) => n + l.quantity, 0),
    courierName: o.shipping.courierName,
    trackingNumber: o.shipping.trackingNumber,
  };
}
