import type { OrderRecord, ReceiptStatus, ReturnReceipt } from '../data/model';
import { RETURN_REASONS } from '../data/pools';
import type { CoupangStore } from '../data/store';
import { allLinesMask, orderStatus, type TransitSettings, totalQuantity } from './state';

/**
 * Cancellations, stop-shipment requests and returns (reference §4.4–4.5). A receipt covers some
 * lines of one box; its life: RELEASE_STOP_UNCHECKED (buyer asked to stop a not-yet-shipped box)
 * → stoppedShipment (refund) or completedShipment (becomes a return); RETURNS_UNCHECKED →
 * receiveConfirmation → VENDOR_WAREHOUSE_CONFIRM → approval → RETURNS_COMPLETED.
 */

type Reason = (typeof RETURN_REASONS)[number];

export interface ReceiptInit {
  receiptType: ReturnReceipt['receiptType'];
  status: ReceiptStatus;
  createdAt: number;
  releaseStatus: ReturnReceipt['releaseStatus'];
  releaseStopStatus: string;
  reason?: Reason;
  lineMask?: number;
}

export function openReceipt(store: CoupangStore, order: OrderRecord, init: ReceiptInit): ReturnReceipt {
  const reason = init.reason ?? RETURN_REASONS[0];
  const receipt: ReturnReceipt = {
    receiptId: store.seq.receipt.take(),
    vendorIdx: order.vendorIdx,
    order,
    receiptType: init.receiptType,
    status: init.status,
    createdAt: init.createdAt,
    modifiedAt: init.createdAt,
    lineMask: init.lineMask ?? allLinesMask(order),
    releaseStatus: init.releaseStatus,
    releaseStopStatus: init.releaseStopStatus,
    reasonCategory1: reason.category1,
    reasonCategory2: reason.category2,
    reasonCode: reason.code,
    reasonCodeText: reason.text,
    cancelReason: '',
    faultByType: reason.fault,
    preRefund: false,
    returnDeliveryId: init.receiptType === 'RETURN' ? store.seq.returnDelivery.take() : 0,
    returnDeliveryType: init.receiptType === 'RETURN' && init.releaseStatus !== 'N' ? '연동택배' : '',
    returnShippingCharge: init.receiptType === 'RETURN' ? reason.charge : 0,
    pickup: null,
    completeConfirmType: init.status === 'RETURNS_COMPLETED' ? 'VENDOR_CONFIRM' : 'UNDEFINED',
    completeConfirmAt: init.status === 'RETURNS_COMPLETED' ? init.createdAt : 0,
    cancelCompleteUser: '',
    withdrawnAt: 0,
  };
  store.addReceipt(receipt);
  return receipt;
}

export function receiptQuantity(receipt: ReturnReceipt): number {
  return totalQuantity(receipt.order, receipt.lineMask);
}

function complete(receipt: ReturnReceipt, now: number, confirmType: string): void {
  receipt.status = 'RETURNS_COMPLETED';
  receipt.modifiedAt = now;
  receipt.completeConfirmType = confirmType;
  receipt.completeConfirmAt = now;
  receipt.order.canceledMask |= receipt.lineMask;
  receipt.order.holdMask &= ~receipt.lineMask;
}

/** What a buyer's "cancel" does, depending on how far the box has gone. */
export function buyerCancelRequest(
  store: CoupangStore,
  order: OrderRecord,
  now: number,
  settings: TransitSettings,
): ReturnReceipt | string {
  const pending = (store.receiptsByBox.get(order.shipmentBoxId) ?? []).find(
    (r) => !r.withdrawnAt && r.status !== 'RETURNS_COMPLETED',
  );
  if (pending) return `shipmentBoxId ${order.shipmentBoxId} already has open receipt ${pending.receiptId}`;
  if (order.canceledMask || order.returnedComplete) return `shipmentBoxId ${order.shipmentBoxId} is already cancelled`;
  const status = orderStatus(order, now, settings);
  if (status === 'ACCEPT') {
    // Paid but not acknowledged: Coupang cancels and refunds at once (cancelType=CANCEL).
    const receipt = openReceipt(store, order, {
      receiptType: 'CANCEL',
      status: 'RETURNS_COMPLETED',
      createdAt: now,
      releaseStatus: 'N',
      releaseStopStatus: '비대상',
    });
    receipt.cancelCompleteUser = 'CUSTOMER';
    complete(receipt, now, 'CS_CONFIRM');
    return receipt;
  }
  if (status === 'INSTRUCT' || status === 'DEPARTURE') {
    // The seller may still hold the parcel: it must check RU before shipping.
    order.holdMask |= allLinesMask(order);
    return openReceipt(store, order, {
      receiptType: 'RETURN',
      status: 'RELEASE_STOP_UNCHECKED',
      createdAt: now,
      releaseStatus: 'N',
      releaseStopStatus: '미처리',
    });
  }
  return openReceipt(store, order, {
    receiptType: 'RETURN',
    status: 'RETURNS_UNCHECKED',
    createdAt: now,
    releaseStatus: 'Y',
    releaseStopStatus: '비대상',
  });
}

export type ClaimResult = { ok: true; message: string } | { ok: false; status: number; message: string };

const fail = (message: string, status = 400): ClaimResult => ({ ok: false, status, message });

/** 출고중지완료: the seller did not ship; the lines are cancelled and refunded. */
export function stopShipment(
  receipt: ReturnReceipt,
  cancelCount: number,
  now: number,
  s: TransitSettings,
): ClaimResult {
  if (receipt.status === 'RETURNS_COMPLETED') return fail('이미 반품이 완료 되었습니다.');
  const stoppable =
    receipt.status === 'RELEASE_STOP_UNCHECKED' ||
    (receipt.status === 'RETURNS_UNCHECKED' && receipt.releaseStatus === 'N');
  if (!stoppable) return fail('cancelType이 A 또는 RA가 아닙니다.');
  const status = orderStatus(receipt.order, now, s);
  if (status !== 'INSTRUCT' && status !== 'DEPARTURE')
    return status === 'ACCEPT'
      ? fail('상품준비 중 또는 배송지시 상태가 아닙니다. 결제완료')
      : fail('출고 되어 처리할 수 없습니다.', 500);
  if (cancelCount !== receiptQuantity(receipt)) return fail('취소반품접수수량과 cancelCount가 일치하지 않습니다.');
  receipt.releaseStatus = 'S';
  receipt.releaseStopStatus = '처리(출고중지)';
  complete(receipt, now, 'VENDOR_CONFIRM');
  return { ok: true, message: '출고중지완료요청이 성공하였습니다' };
}

/** 이미출고: the parcel already left; the request becomes a return with the given invoice. */
export function alreadyShipped(
  receipt: ReturnReceipt,
  courier: string,
  invoiceNumber: string,
  now: number,
): ClaimResult {
  if (receipt.status === 'RETURNS_COMPLETED') return fail('이미 반품이 완료 되었습니다.');
  if (receipt.status !== 'RELEASE_STOP_UNCHECKED') return fail('cancelType이 A 또는 RA가 아닙니다.');
  const order = receipt.order;
  if (!order.shippedAt) {
    order.shippedAt = now;
    order.ackAt ||= now;
    order.courier = courier;
    order.invoiceNumber = invoiceNumber;
  }
  order.holdMask &= ~receipt.lineMask;
  receipt.status = 'RETURNS_UNCHECKED';
  receipt.releaseStatus = 'A';
  receipt.releaseStopStatus = '처리(이미출고)';
  receipt.returnDeliveryType = '연동택배';
  receipt.modifiedAt = now;
  return { ok: true, message: '이미출고처리가 성공하였습니다' };
}

/** 입고확인: the returned goods reached the seller's return centre. */
export function confirmReturnReceived(receipt: ReturnReceipt, now: number): ClaimResult {
  if (receipt.status === 'RETURNS_COMPLETED') return fail('이미 반품이 완료 되었습니다.');
  if (receipt.status !== 'RETURNS_UNCHECKED' || receipt.releaseStatus === 'N')
    return fail(`반품 입고확인 처리가 불가능한 상태입니다. receiptStatus=${receipt.status}`);
  receipt.status = 'VENDOR_WAREHOUSE_CONFIRM';
  receipt.modifiedAt = now;
  return { ok: true, message: 'OK' };
}

/** 반품승인: refund; the box leaves the ordersheet lists for good. */
export function approveReturn(receipt: ReturnReceipt, cancelCount: number, now: number): ClaimResult {
  if (receipt.status === 'RETURNS_COMPLETED') return fail('이미 반품이 완료 되었습니다.');
  if (receipt.status !== 'VENDOR_WAREHOUSE_CONFIRM')
    return fail(`반품 승인 처리가 불가능한 상태입니다. receiptStatus=${receipt.status}`);
  if (cancelCount !== receiptQuantity(receipt)) return fail('취소반품접수수량과 cancelCount가 일치하지 않습니다.');
  complete(receipt, now, 'VENDOR_CONFIRM');
  receipt.order.returnedComplete = true;
  return { ok: true, message: 'OK' };
}
