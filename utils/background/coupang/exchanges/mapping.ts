import {
  deadlineKst,
  EXCHANGE_INVOICE_DAYS,
  type ExchangeFacts,
  exchangeActionsOf,
  exchangeInvoiceBlock,
} from '../../../domain/claim-status';
import { orderKey, parseAccountKey } from '../../../domain/keys';
import { maskRecipient } from '../../../privacy/masking';
import type { ExchangeClaim, ExchangeRow } from '../../../protocol/messages/claims';
import type { Exchange } from './schemas';

/** A listed exchange → what the claims area keeps; the new box is the one Coupang issued, never the original. */
export function toExchangeClaim(accountKey: string, x: Exchange): ExchangeClaim {
  const original = new Set(x.exchangeItemDtoV1s.map((i) => i.originalShipmentBoxId).filter(Boolean));
  const group = x.deliveryInvoiceGroupDtos.find((g) => g.shipmentBoxId && !original.has(g.shipmentBoxId));
  const invoice = group?.deliveryInvoiceDtos.find((d) => d.invoiceNumber);
  const a = x.exchangeAddressDtoV1;
  return {
    accountKey,
    exchangeId: x.exchangeId,
    orderId: x.orderId,
    status: x.exchangeStatus,
    collectStatus: x.collectStatus,
    collectCompleteAt: x.collectCompleteDate,
    createdAt: x.createdAt,
    modifiedAt: x.modifiedAt,
    reasonCode: x.reasonCode,
    reason: x.reasonCodeText,
    faultType: x.faultType,
    amount: x.exchangeAmount?.minor,
    items: x.exchangeItemDtoV1s.map((i) => ({
      vendorItemId: i.targetItemId ?? i.vendorItemId,
      name: i.targetItemName,
      quantity: i.quantity,
      originalShipmentBoxId: i.originalShipmentBoxId,
    })),
    newShipmentBoxId: group?.shipmentBoxId,
    invoice: invoice ? { courierCode: invoice.deliverCode, invoiceNumber: invoice.invoiceNumber } : undefined,
    delivery: a
      ? {
          name: a.deliveryCustomerName ?? '',
          phone: a.deliveryMobile ?? a.deliveryPhone ?? '',
          postcode: a.deliveryAddressZipCode ?? '',
          address: a.deliveryAddress ?? '',
          addressDetail: a.deliveryAddressDetail ?? '',
        }
      : undefined,
  };
}

export function exchangeFacts(c: ExchangeClaim): ExchangeFacts {
  return {
    status: c.status,
    collectStatus: c.collectStatus,
    newShipmentBoxId: c.newShipmentBoxId,
    invoiceUploaded: !!c.invoice?.invoiceNumber,
  };
}

/** The view's row: actions, why the invoice waits, the deadline, the address masked. */
export function toExchangeRow(c: ExchangeClaim, revealedUntil?: number): ExchangeRow {
  const facts = exchangeFacts(c);
  const box = c.items.find((i) => i.originalShipmentBoxId)?.originalShipmentBoxId;
  const vendorId = parseAccountKey(c.accountKey)?.accountId;
  const waitsForInvoice = c.status === 'PROGRESS' && !facts.invoiceUploaded && c.collectCompleteAt;
  return {
    ...c,
    delivery: c.delivery ? maskRecipient(c.delivery) : undefined,
    actions: exchangeActionsOf(facts),
    invoiceBlock: exchangeInvoiceBlock(facts),
    deadline: waitsForInvoice ? deadlineKst(c.collectCompleteAt!, EXCHANGE_INVOICE_DAYS) : undefined,
    ...(box && vendorId ? { orderKey: orderKey('coupang', vendorId, box) } : {}),
    ...(revealedUntil ? { revealedUntil } : {}),
  };
}
