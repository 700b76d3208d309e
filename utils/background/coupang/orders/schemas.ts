import { z } from 'zod';
import {
  id,
  int,
  krw,
  kstDateTime,
  optionalBool,
  optionalId,
  optionalInt,
  optionalKrw,
  optionalKstDateTime,
  optionalText,
} from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/**
 * Ordersheets (v5; v4 has the same names with plain numbers), §4.4. Only the fields the order
 * views use are kept: orderer details, buyer-entered custom texts and tax receipt values are
 * stripped at parse time (minimum necessary data, compliance C5).
 */

export const ORDER_STATUSES = [
  'ACCEPT',
  'INSTRUCT',
  'DEPARTURE',
  'DELIVERING',
  'FINAL_DELIVERY',
  'NONE_TRACKING',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderItemSchema = z.lazy(() =>
  z.object({
    vendorItemId: id,
    vendorItemName: optionalText,
    productId: optionalId,
    sellerProductId: optionalId,
    sellerProductName: optionalText,
    sellerProductItemName: optionalText,
    shippingCount: int,
    cancelCount: optionalInt,
    holdCountForCancel: optionalInt,
    salesPrice: krw,
    orderPrice: optionalKrw,
    discountPrice: optionalKrw,
    externalVendorSkuCode: optionalText,
    estimatedShippingDate: optionalText,
    plannedShippingDate: optionalText,
    invoiceNumberUploadDate: optionalKstDateTime,
    confirmDate: optionalKstDateTime,
    canceled: optionalBool,
  }),
);
export type OrderItem = z.output<typeof orderItemSchema>;

export const ordersheetSchema = z.lazy(() =>
  z.object({
    shipmentBoxId: id,
    orderId: id,
    orderedAt: kstDateTime,
    paidAt: optionalKstDateTime,
    status: z.string(),
    receiver: z
      .object({
        name: optionalText,
        safeNumber: optionalText,
        receiverNumber: optionalText,
        addr1: optionalText,
        addr2: optionalText,
        postCode: optionalText,
      })
      .nullish(),
    parcelPrintMessage: optionalText,
    shippingPrice: optionalKrw,
    remotePrice: optionalKrw,
    remoteArea: optionalBool,
    splitShipping: optionalBool,
    ableSplitShipping: optionalBool,
    orderItems: z.array(orderItemSchema),
    overseaShippingInfoDto: z.object({ personalCustomsClearanceCode: optionalText }).nullish(),
    deliveryCompanyName: optionalText,
    invoiceNumber: optionalText,
    inTrasitDateTime: optionalKstDateTime, // (sic) the API's spelling
    deliveredDate: optionalKstDateTime,
    shipmentType: optionalText,
    extraProperties: z
      .object({ sameDayShipping: optionalBool, cutOffTimeHour: z.union([z.number(), z.string()]).nullish() })
      .nullish(),
  }),
);
export type Ordersheet = z.output<typeof ordersheetSchema>;

export const ordersheetListResponse = openapiEnvelope(z.lazy(() => z.array(ordersheetSchema)));
export const ordersheetResponse = openapiEnvelope(ordersheetSchema);
export const ordersheetsByOrderResponse = openapiEnvelope(z.lazy(() => z.array(ordersheetSchema)));

export const ordersheetHistoryResponse = z.lazy(() =>
  openapiEnvelope(
    z.object({
      details: z
        .array(
          z.object({ deliveryStatus: z.string(), deliveryStatusDesc: optionalText, updatedAt: optionalKstDateTime }),
        )
        .nullish(),
    }),
  ),
);
