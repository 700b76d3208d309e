import { z } from 'zod';
import {
  id,
  looseCode,
  optionalId,
  optionalInt,
  optionalKrw,
  optionalKstDateTime,
  optionalText,
} from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/**
 * Return / cancel receipts (v6), §4.5. Requester name, phones, address and free-text reasons are
 * stripped: the order flow only needs what to stop and how many (minimum data, C5).
 */
export const RETURN_STATUSES = ['RU', 'UC', 'CC', 'PR'] as const;
export type ReturnStatusFilter = (typeof RETURN_STATUSES)[number];

const returnItemSchema = z.lazy(() =>
  z.object({
    vendorItemId: id,
    vendorItemName: optionalText,
    sellerProductId: optionalId,
    sellerProductName: optionalText,
    shipmentBoxId: optionalId,
    cancelCount: optionalInt,
    purchaseCount: optionalInt,
    /** Y shipped, N not shipped, S stopped, A already shipped. */
    releaseStatus: optionalText,
  }),
);

export const returnRequestSchema = z.lazy(() =>
  z.object({
    receiptId: id,
    orderId: id,
    receiptType: optionalText,
    receiptStatus: z.string(),
    createdAt: optionalKstDateTime,
    modifiedAt: optionalKstDateTime,
    cancelCountSum: optionalInt,
    releaseStopStatus: optionalText,
    cancelReasonCategory1: optionalText,
    cancelReasonCategory2: optionalText,
    reasonCode: optionalText,
    reasonCodeText: optionalText,
    faultByType: optionalText,
    returnShippingCharge: optionalKrw,
    returnDeliveryType: optionalText,
    returnItems: z
      .array(returnItemSchema)
      .nullish()
      .transform((v) => v ?? []),
    returnDeliveryDtos: z
      .array(z.object({ deliveryCompanyCode: optionalText, deliveryInvoiceNo: optionalText }))
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type ReturnRequest = z.output<typeof returnRequestSchema>;

export const returnListResponse = openapiEnvelope(z.lazy(() => z.array(returnRequestSchema)));
export const returnResponse = openapiEnvelope(
  z.lazy(() => z.union([returnRequestSchema, z.array(returnRequestSchema).length(1)])),
);

/**
 * A withdrawn return (withdraw history, §4.5): withdrawn receipts vanish from the list API, so the
 * claims view reads them here. `cancelId` is the receiptId.
 */
export const withdrawalSchema = z.lazy(() =>
  z.object({
    cancelId: id,
    orderId: id,
    createdAt: optionalKstDateTime,
    refundDeliveryDuty: optionalText,
    vendorItemIds: z
      .array(id)
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type Withdrawal = z.output<typeof withdrawalSchema>;

export const withdrawalPageResponse = z.lazy(() =>
  z.object({
    code: looseCode.optional(),
    message: z.string().nullish(),
    data: z
      .array(withdrawalSchema)
      .nullish()
      .transform((v) => v ?? []),
    nextPageIndex: z
      .union([z.string(), z.number()])
      .nullish()
      .transform((v) => (v === null || v === undefined || v === '' ? undefined : Number(v))),
  }),
);
export const withdrawalListResponse = openapiEnvelope(z.lazy(() => z.array(withdrawalSchema)));
