import type { Rng } from '../../core/rng';
import { openReceipt } from '../orders/claims';
import { deliveredAt, orderStatus, type TransitSettings } from '../orders/state';
import { DAY_MS } from '../time';
import type { ExchangeRecord, OrderRecord, ReceiptStatus } from './model';
import { EXCHANGE_REASONS, RETURN_REASONS } from './pools';
import { type CoupangStore, shipmentBoxIdFor, type VendorData } from './store';

const HOUR = 3600_000;

/**
 * Claims on a small share of the seeded orders, so every returns/exchanges list has content:
 * cancels of unacknowledged boxes, stop-shipment requests (RU) on acknowledged ones, returns in
 * every state, a few withdrawn returns and exchanges.
 */
export function seedClaims(
  store: CoupangStore,
  vd: VendorData,
  rng: Rng,
  now: number,
  settings: TransitSettings,
): void {
  const newest = vd.orders[vd.orders.length - 1];
  for (const order of vd.orders) {
    if (order === newest) continue;
    const status = orderStatus(order, now, settings);
    const r = rng.next();
    if (status === 'ACCEPT' && r < 0.03) seedCancel(store, order, rng, now);
    else if (status === 'INSTRUCT' && r < 0.06) seedStopRequest(store, order, rng, now);
    else if (status === 'FINAL_DELIVERY' && r < 0.05) seedReturn(store, order, rng, now, settings);
    else if (status === 'FINAL_DELIVERY' && r < 0.065) seedExchange(store, vd, order, rng, now, settings);
  }
}

function seedCancel(store: CoupangStore, order: OrderRecord, rng: Rng, now: number): void {
  const createdAt = order.orderedAt + Math.floor(rng.next() * Math.max(1, now - order.orderedAt));
  const receipt = openReceipt(store, order, {
    receiptType: 'CANCEL',
    status: 'RETURNS_COMPLETED',
    createdAt,
    releaseStatus: 'N',
    releaseStopStatus: '비대상',
    reason: RETURN_REASONS[0],
  });
  receipt.completeConfirmType = 'CS_CONFIRM';
  receipt.cancelCompleteUser = 'CUSTOMER';
  order.canceledMask = receipt.lineMask;
}

function seedStopRequest(store: CoupangStore, order: OrderRecord, rng: Rng, now: number): void {
  const createdAt = order.ackAt + Math.floor(rng.next() * Math.max(1, now - order.ackAt));
  openReceipt(store, order, {
    receiptType: 'RETURN',
    status: 'RELEASE_STOP_UNCHECKED',
    createdAt,
    releaseStatus: 'N',
    releaseStopStatus: '미처리',
    reason: RETURN_REASONS[0],
  });
  order.holdMask = order.item1 ? 0b11 : 0b01;
}

function seedReturn(store: CoupangStore, order: OrderRecord, rng: Rng, now: number, s: TransitSettings): void {
  const delivered = deliveredAt(order, now, s);
  const createdAt = delivered + Math.floor(rng.next() * Math.min(3 * DAY_MS, Math.max(HOUR, now - delivered)));
  if (createdAt >= now) return;
  const r = rng.next();
  const status: ReceiptStatus =
    r < 0.45
      ? 'RETURNS_UNCHECKED'
      : r < 0.65
        ? 'VENDOR_WAREHOUSE_CONFIRM'
        : r < 0.7
          ? 'REQUEST_COUPANG_CHECK'
          : 'RETURNS_COMPLETED';
  const receipt = openReceipt(store, order, {
    receiptType: 'RETURN',
    status,
    createdAt,
    releaseStatus: 'Y',
    releaseStopStatus: '비대상',
    reason: rng.pick(RETURN_REASONS),
  });
  receipt.pickup = { deliveryCompanyCode: 'CJGLS', deliveryInvoiceNo: rng.digits(12) };
  receipt.modifiedAt = Math.min(now, createdAt + rng.int(1, 48) * HOUR);
  if (status === 'RETURNS_COMPLETED') {
    order.canceledMask = receipt.lineMask;
    order.returnedComplete = true;
    receipt.completeConfirmAt = receipt.modifiedAt;
  } else if (status === 'RETURNS_UNCHECKED' && rng.chance(0.1)) {
    // The buyer changed their mind: gone from the list, present in withdraw history.
    receipt.withdrawnAt = receipt.modifiedAt;
  }
}

function seedExchange(
  store: CoupangStore,
  vd: VendorData,
  order: OrderRecord,
  rng: Rng,
  now: number,
  s: TransitSettings,
): void {
  const delivered = deliveredAt(order, now, s);
  const createdAt = delivered + Math.floor(rng.next() * Math.min(3 * DAY_MS, Math.max(HOUR, now - delivered)));
  if (createdAt >= now) return;
  const reason = rng.pick(EXCHANGE_REASONS);
  const r = rng.next();
  const status = r < 0.5 ? 'RECEIPT' : r < 0.8 ? 'PROGRESS' : r < 0.9 ? 'SUCCESS' : 'REJECT';
  const collected = status === 'PROGRESS' || status === 'SUCCESS';
  const exchange: ExchangeRecord = {
    exchangeId: store.seq.exchange.take(),
    vendorIdx: vd.idx,
    order,
    status,
    createdAt,
    modifiedAt: Math.min(now, createdAt + HOUR),
    reasonCode: reason.code,
    reasonCodeText: reason.text,
    reasonEtcDetail: reason.detail,
    faultType: reason.fault,
    collectStatus: collected ? 'CompleteCollect' : status === 'REJECT' ? 'Withdraw' : 'BeforeDirection',
    collectCompleteAt: collected ? Math.min(now, createdAt + DAY_MS) : 0,
    deliveryStatus: status === 'SUCCESS' ? 'CompleteDelivery' : 'BeforeDirection',
    newShipmentBoxId: shipmentBoxIdFor(vd.idx, store.seq.exchangeBox.take(), rng.int(0, 499)),
    newBoxVisibleAt: collected ? Math.min(now, createdAt + DAY_MS) : 0,
    invoice:
      status === 'SUCCESS'
        ? { goodsDeliveryCode: 'CJGLS', invoiceNumber: rng.digits(12), at: Math.min(now, createdAt + DAY_MS) }
        : null,
    rejectCode: status === 'REJECT' ? 'SOLDOUT' : '',
    returnDeliveryId: store.seq.returnDelivery.take(),
  };
  store.addExchange(exchange);
}
