import { returnActionsOf, returnDeadline, returnTabOf } from '../../../domain/claim-status';
import { orderKey, parseAccountKey } from '../../../domain/keys';
import type { ReturnClaim, ReturnRow } from '../../../protocol/messages/claims';
import type { ReturnRequest, Withdrawal } from './schemas';

/** A listed return receipt → what the claims area keeps (no requester data: the schema never parses it). */
export function toReturnClaim(accountKey: string, r: ReturnRequest): ReturnClaim {
  const items = r.returnItems.map((i) => ({
    vendorItemId: i.vendorItemId,
    name: i.vendorItemName ?? i.sellerProductName,
    cancelCount: i.cancelCount ?? 0,
    purchaseCount: i.purchaseCount,
    shipmentBoxId: i.shipmentBoxId,
    releaseStatus: i.releaseStatus,
  }));
  const pickup = r.returnDeliveryDtos.find((d) => d.deliveryInvoiceNo);
  return {
    accountKey,
    receiptId: r.receiptId,
    orderId: r.orderId,
    receiptType: r.receiptType ?? 'RETURN',
    receiptStatus: r.receiptStatus,
    createdAt: r.createdAt,
    modifiedAt: r.modifiedAt,
    reasonCode: r.reasonCode,
    reason: r.reasonCodeText ?? r.cancelReasonCategory2 ?? r.cancelReasonCategory1,
    faultBy: r.faultByType,
    returnShippingCharge: r.returnShippingCharge?.minor,
    releaseStopStatus: r.releaseStopStatus,
    returnDeliveryType: r.returnDeliveryType,
    items,
    cancelCount: r.cancelCountSum ?? items.reduce((n, i) => n + i.cancelCount, 0),
    pickup: pickup ? { courierCode: pickup.deliveryCompanyCode, invoiceNumber: pickup.deliveryInvoiceNo } : undefined,
  };
}

/**
 * A withdrawn receipt: the details last seen in the list when there were any (withdrawn receipts
 * vanish from it), else what the withdraw history says.
 */
export function withdrawnClaim(accountKey: string, w: Withdrawal, known: ReturnClaim | undefined): ReturnClaim {
  const base: ReturnClaim = known ?? {
    accountKey,
    receiptId: w.cancelId,
    orderId: w.orderId,
    receiptType: 'RETURN',
    receiptStatus: 'RETURNS_UNCHECKED',
    faultBy: w.refundDeliveryDuty === 'CUSTOMER' ? 'CUSTOMER' : undefined,
    items: w.vendorItemIds.map((id) => ({ vendorItemId: id, cancelCount: 0 })),
    cancelCount: 0,
  };
  return { ...base, withdrawnAt: w.createdAt ?? base.modifiedAt };
}

/** The Wing tab, allowed actions, deadline and who pays return shipping of a kept return. */
export function toReturnRow(c: ReturnClaim): ReturnRow {
  const tab = returnTabOf({
    receiptStatus: c.receiptStatus,
    releaseStatus: c.items[0]?.releaseStatus,
    hasPickupInvoice: !!c.pickup?.invoiceNumber,
    withdrawn: !!c.withdrawnAt,
  });
  const charge = c.returnShippingCharge ?? 0;
  const box = c.items.find((i) => i.shipmentBoxId)?.shipmentBoxId;
  const vendorId = parseAccountKey(c.accountKey)?.accountId;
  return {
    ...c,
    tab,
    actions: [...returnActionsOf(tab)],
    shippingPaidBy: charge > 0 ? 'seller' : charge < 0 ? 'buyer' : 'none',
    deadline: returnDeadline(tab, c.modifiedAt ?? c.createdAt),
    ...(box && vendorId ? { orderKey: orderKey('coupang', vendorId, box) } : {}),
  };
}
