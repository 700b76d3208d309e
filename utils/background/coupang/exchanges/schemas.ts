import { z } from 'zod';
import {
  id,
  optionalBool,
  optionalId,
  optionalInt,
  optionalKrw,
  optionalKstDateTime,
  optionalText,
} from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/**
 * Exchange requests (v4), §4.6. Of the customer's data only the replacement's delivery address is
 * kept (the seller ships there; masked in views, encrypted in the cache); the return-side address,
 * collection contacts and free-text details are stripped (C5).
 */
export const EXCHANGE_STATUSES = ['RECEIPT', 'PROGRESS', 'SUCCESS', 'REJECT', 'CANCEL'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const exchangeSchema = z.lazy(() =>
  z.object({
    exchangeId: id,
    orderId: id,
    exchangeStatus: z.string(),
    orderDeliveryStatusCode: optionalText,
    collectStatus: optionalText,
    collectCompleteDate: optionalKstDateTime,
    reasonCode: optionalText,
    reasonCodeText: optionalText,
    faultType: optionalText,
    exchangeAmount: optionalKrw,
    createdAt: optionalKstDateTime,
    modifiedAt: optionalKstDateTime,
    successable: optionalBool,
    rejectable: optionalBool,
    deliveryInvoiceModifiable: optionalBool,
    exchangeItemDtoV1s: z
      .array(
        z.object({
          orderItemId: optionalId,
          targetItemId: optionalId,
          vendorItemId: optionalId,
          quantity: optionalInt,
          originalShipmentBoxId: optionalId,
          targetItemName: optionalText,
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
    exchangeAddressDtoV1: z
      .object({
        deliveryCustomerName: optionalText,
        deliveryAddressZipCode: optionalText,
        deliveryAddress: optionalText,
        deliveryAddressDetail: optionalText,
        deliveryMobile: optionalText,
        deliveryPhone: optionalText,
      })
      .nullish(),
    /** The NEW boxes; exchange invoices must use these ids, not originalShipmentBoxId. */
    deliveryInvoiceGroupDtos: z
      .array(
        z.object({
          shipmentBoxId: optionalId,
          deliveryInvoiceDtos: z
            .array(z.object({ invoiceNumber: optionalText, deliverCode: optionalText }))
            .nullish()
            .transform((v) => v ?? []),
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type Exchange = z.output<typeof exchangeSchema>;

export const exchangeListResponse = openapiEnvelope(z.lazy(() => z.array(exchangeSchema)));
