import type { Money } from './money';

/**
 * Marketplace-neutral order model: what the side panel, popup and helper panels show. Each
 * marketplace client maps its own responses into this; UI never sees a raw API shape.
 */
export type MarketplaceId = 'coupang' | 'alibaba';

/** Where an order stands in the seller's day, independent of marketplace status names. */
export type WorkState =
  | 'new' // paid, waiting for the seller to acknowledge (Coupang ACCEPT; 1688 waitsellersend not yet handled)
  | 'toShip' // acknowledged, waiting for an invoice / dispatch (Coupang INSTRUCT)
  | 'awaitingPickup' // invoice uploaded, the courier has not scanned it yet (Coupang DEPARTURE, 배송지시)
  | 'inTransit' // handed to the courier (DELIVERING, 1688 waitbuyerreceive)
  | 'delivered' // FINAL_DELIVERY, 1688 success / confirm_goods
  | 'cancelRequested' // the buyer asked to cancel; shipping must stop
  | 'cancelled'
  | 'other';

/** Personal data of the recipient. Always masked in views unless the seller reveals it. */
export interface Recipient {
  name: string;
  /** Coupang gives a safe (virtual) number; 1688 a mobile number. */
  phone: string;
  postcode: string;
  address: string;
  addressDetail: string;
  /** Korean personal customs clearance code (개인통관고유부호), cross-border orders only. */
  customsCode?: string;
  memo?: string;
}

export interface OrderLine {
  lineId: string;
  productName: string;
  optionName?: string;
  quantity: number;
  unitPrice: Money;
  /** Coupang vendorItemId / 1688 skuId. */
  itemId?: string;
  /** Coupang sellerProductId / 1688 offerId. */
  productId?: string;
}

export interface ShippingInfo {
  courierCode?: string;
  courierName?: string;
  trackingNumber?: string;
  shippedAt?: string;
  deliveredAt?: string;
}

/** What a timeline entry says happened; views show it in the seller's language (`timeline.<event>`). */
export const TIMELINE_EVENTS = [
  'ordered',
  'paid',
  'invoiceUploaded',
  'shipped',
  'delivered',
  'purchaseConfirmed',
  'received',
  'completed',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export interface TimelineEntry {
  /** ISO-8601 with the marketplace's offset (+09:00 Coupang, +08:00 1688). */
  at: string;
  label: TimelineEvent;
}

export interface DomainOrder {
  /** The order key (domain/keys.ts): unique across accounts. */
  key: string;
  marketplace: MarketplaceId;
  /** Coupang vendorId or 1688 memberId. */
  accountId: string;
  /** The seller's role in this order (1688 members can be buyers of purchase orders). */
  role: 'seller' | 'buyer';
  orderId: string;
  /** Coupang shipmentBoxId (the unit of shipping); for 1688 the order id again. */
  shipmentId: string;
  marketStatus: string;
  workState: WorkState;
  orderedAt: string;
  paidAt?: string;
  /** Latest time to hand over to the courier, when the marketplace says. */
  shipBy?: string;
  lines: OrderLine[];
  total: Money;
  shippingFee?: Money;
  recipient: Recipient;
  shipping: ShippingInfo;
  /** The counterparty's display name (buyer for sales, supplier for purchases); not PII-masked for suppliers. */
  counterpartyName?: string;
  timeline: TimelineEntry[];
  /** A buyer's pending cancel (Coupang stop-shipment request): what the stop-shipment action needs. */
  cancelRequest?: { receiptId: string; cancelCount: number };
}
