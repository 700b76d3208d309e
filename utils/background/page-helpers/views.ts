import type { DomainOrder } from '../../domain/order';
import { maskAddress, maskName, maskPhone } from '../../privacy/masking';
import type { LogisticsReply } from '../../protocol/messages/alibaba';
import type { HelperOrder1688Reply, HelperWingReply } from '../../protocol/messages/page-helpers';
import { toRow } from '../orders/order-query';

/**
 * View models for the helper panels. Content scripts run on marketplace pages whose scripts can
 * read the (open) shadow root, so these carry the least the panel shows, personal data masked.
 */

type Order1688View = HelperOrder1688Reply['order'];
type Logistics1688View = NonNullable<HelperOrder1688Reply['logistics']>;
type WingOrderView = NonNullable<HelperWingReply['order']>;

/** Phone-like digit runs (7+ digits, with spaces or dashes) in free text, masked. */
function maskPhonesInText(text: string): string {
  return text.replace(/\+?\d[\d -]{5,}\d/g, (m) => (m.replace(/\D/g, '').length >= 7 ? maskPhone(m) : m));
}

function region(address: string): string {
  return address ? maskAddress(address) : '';
}

export function order1688View(o: DomainOrder, accountLabel: string): Order1688View {
  return {
    orderKey: o.key,
    role: o.role,
    accountLabel,
    orderId: o.orderId,
    marketStatus: o.marketStatus,
    workState: o.workState,
    orderedAt: o.orderedAt,
    paidAt: o.paidAt,
    lines: o.lines.map((l) => ({
      productName: l.productName,
      optionName: l.optionName,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
    })),
    total: o.total,
    shippingFee: o.shippingFee,
    // Purchases: the supplier's shop name (a business). Sales: the buyer, a person → masked.
    counterpartyName:
      o.counterpartyName === undefined
        ? undefined
        : o.role === 'buyer'
          ? o.counterpartyName
          : maskName(o.counterpartyName),
    recipient: { name: maskName(o.recipient.name), region: region(o.recipient.address) },
    courierName: o.shipping.courierName,
    trackingNumber: o.shipping.trackingNumber,
  };
}

export function logistics1688View(l: LogisticsReply): Logistics1688View {
  const steps = l.traces
    .flatMap((t) => t.steps)
    .map((s) => ({ at: s.at, remark: maskPhonesInText(s.remark) }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, 30);
  return {
    notShipped: l.notShipped,
    shipments: l.shipments.map((s) => ({
      carrierName: s.carrierName,
      trackingNumber: s.trackingNumber,
      status: s.status,
    })),
    steps,
  };
}

function wingNextStep(o: DomainOrder): WingOrderView['nextStep'] {
  switch (o.workState) {
    case 'new':
      return 'acknowledge';
    case 'toShip':
      return 'uploadInvoice';
    case 'cancelRequested':
      return 'stopShipment';
    case 'awaitingPickup':
    case 'inTransit':
      return 'track';
    default:
      return 'none';
  }
}

export function wingOrderView(o: DomainOrder, pending?: { action: string; state: string }): WingOrderView {
  // The same row the side panel lists (masked name, summary, count), plus the next step.
  const row = toRow(o, { labels: new Map(), pending: new Map() });
  return {
    orderKey: row.key,
    orderId: row.orderId,
    shipmentBoxId: row.shipmentId,
    workState: row.workState,
    marketStatus: row.marketStatus,
    shipBy: row.shipBy,
    productSummary: row.productSummary,
    itemCount: row.itemCount,
    total: row.total,
    recipientName: row.recipientName,
    courierName: row.courierName,
    trackingNumber: row.trackingNumber,
    nextStep: wingNextStep(o),
    ...(pending ? { pendingAction: pending } : {}),
  };
}

/** Today's Coupang work over every connected vendor's synced orders. */
export function wingCounts(orders: DomainOrder[], now: number, dueSoonHours: number): HelperWingReply['counts'] {
  const counts = { toAcknowledge: 0, toShip: 0, dueSoon: 0, overdue: 0, cancelRequests: 0 };
  const soon = now + dueSoonHours * 3_600_000;
  for (const o of orders) {
    if (o.marketplace !== 'coupang') continue;
    if (o.workState === 'new') counts.toAcknowledge++;
    else if (o.workState === 'toShip') counts.toShip++;
    else if (o.workState === 'cancelRequested') counts.cancelRequests++;
    if ((o.workState === 'new' || o.workState === 'toShip') && o.shipBy) {
      const due = Date.parse(o.shipBy);
      if (Number.isFinite(due)) {
        if (due < now) counts.overdue++;
        else if (due <= soon) counts.dueSoon++;
      }
    }
  }
  return counts;
}
