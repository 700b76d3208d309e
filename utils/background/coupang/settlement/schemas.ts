import { z } from 'zod';
import { id, optionalId, optionalInt, optionalKrw, optionalText } from '../api/common-schemas';
import { openapiEnvelopeObject } from '../api/envelope';

/** Revenue history and payout history, §4.9. Bank account fields are stripped (C5). */

const revenueItemSchema = z.lazy(() =>
  z.object({
    vendorItemId: optionalId,
    productId: optionalId,
    productName: optionalText,
    salePrice: optionalKrw,
    quantity: optionalInt,
    saleAmount: optionalKrw,
    coupangDiscountCoupon: optionalKrw,
    sellerDiscountCoupon: optionalKrw,
    downloadableCoupon: optionalKrw,
    serviceFee: optionalKrw,
    serviceFeeVat: optionalKrw,
    /** Percent, e.g. 10.8 (display only: the amounts are what Coupang settles). */
    serviceFeeRatio: z.number().nullish(),
    settlementAmount: optionalKrw,
    externalSellerSkuCode: optionalText,
  }),
);

/** The buyer-paid shipping fee and Coupang's commission on it (with its VAT). */
const deliveryFeeSchema = z.lazy(() =>
  z.object({
    amount: optionalKrw,
    fee: optionalKrw,
    feeVat: optionalKrw,
    feeRatio: z.number().nullish(),
    settlementAmount: optionalKrw,
  }),
);

export const revenueSchema = z.lazy(() =>
  z.object({
    orderId: id,
    saleType: z.string(),
    saleDate: optionalText,
    recognitionDate: optionalText,
    settlementDate: optionalText,
    finalSettlementDate: optionalText,
    deliveryFee: deliveryFeeSchema.nullish(),
    items: z
      .array(revenueItemSchema)
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type Revenue = z.output<typeof revenueSchema>;

export const revenueHistoryResponse = z.lazy(() =>
  openapiEnvelopeObject(z.array(revenueSchema)).extend({
    hasNext: z.boolean().nullish(),
  }),
);

export const settlementSchema = z.lazy(() =>
  z.object({
    settlementType: z.string(),
    settlementDate: optionalText,
    revenueRecognitionYearMonth: optionalText,
    revenueRecognitionDateFrom: optionalText,
    revenueRecognitionDateTo: optionalText,
    totalSale: optionalKrw,
    serviceFee: optionalKrw,
    settlementTargetAmount: optionalKrw,
    settlementAmount: optionalKrw,
    lastAmount: optionalKrw,
    pendingReleasedAmount: optionalKrw,
    deductionAmount: optionalKrw,
    finalAmount: optionalKrw,
    status: optionalText,
  }),
);
export type Settlement = z.output<typeof settlementSchema>;

/** A bare JSON array, no envelope. */
export const settlementHistoriesResponse = z.lazy(() => z.array(settlementSchema));
