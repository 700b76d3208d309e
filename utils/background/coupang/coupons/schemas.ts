import { z } from 'zod';
import { id, optionalId, optionalInt, optionalText } from '../api/common-schemas';
import { fmsEnvelope, openapiEnvelope } from '../api/envelope';

/** Instant (fms) and download coupons, book cashback — read-side basics, §4.7. */

export const instantCouponSchema = z.lazy(() =>
  z.object({
    couponId: id,
    contractId: optionalId,
    promotionName: optionalText,
    status: optionalText,
    type: optionalText,
    discount: z.number().nullish(),
    maxDiscountPrice: z.number().nullish(),
    startAt: optionalText,
    endAt: optionalText,
    wowExclusive: z.union([z.boolean(), z.string()]).nullish(),
  }),
);
export type InstantCoupon = z.output<typeof instantCouponSchema>;

export const instantCouponListResponse = fmsEnvelope(z.lazy(() => z.array(instantCouponSchema)));
export const instantCouponResponse = fmsEnvelope(
  z.lazy(() => z.union([instantCouponSchema, z.array(instantCouponSchema)])),
);

/** Coupon requests are asynchronous: poll until DONE or FAIL. */
export const couponRequestStatusSchema = z.lazy(() =>
  z.object({
    couponId: optionalId,
    requestedId: optionalId,
    type: optionalText,
    status: optionalText,
    succeeded: optionalInt,
    failed: optionalInt,
    total: optionalInt,
    failedVendorItems: z
      .array(z.object({ vendorItemId: optionalId, reason: optionalText }))
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type CouponRequestStatus = z.output<typeof couponRequestStatusSchema>;
export const couponRequestStatusResponse = fmsEnvelope(couponRequestStatusSchema);

/** Download coupon lookup: a bare coupon object. */
export const downloadCouponSchema = z.lazy(() =>
  z.object({
    couponId: id,
    title: optionalText,
    couponType: optionalText,
    couponStatus: optionalText,
    startDate: optionalText,
    endDate: optionalText,
    couponPolicies: z
      .array(
        z.object({
          title: optionalText,
          typeOfDiscount: optionalText,
          discount: z.number().nullish(),
          minimumPrice: z.number().nullish(),
          maximumDiscountPrice: z.number().nullish(),
          maximumPerDaily: z.number().nullish(),
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
    contractId: optionalId,
    vendorItemIds: z
      .array(id)
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type DownloadCoupon = z.output<typeof downloadCouponSchema>;

/** Book cashback rule lookup: shape not documented in detail, kept loose. */
export const cashbackResponse = openapiEnvelope(z.unknown());

/** Instant-coupon writes answer the request to follow. */
export const couponRequestedResponse = z.lazy(() =>
  fmsEnvelope(z.object({ requestedId: id, success: z.boolean().nullish() })),
);

export const contractSchema = z.lazy(() =>
  z.object({
    contractId: id,
    vendorContractId: optionalId,
    sellerShareRatio: z.number().nullish(),
    type: optionalText,
    start: optionalText,
    end: optionalText,
  }),
);
export type Contract = z.output<typeof contractSchema>;
export const contractListResponse = fmsEnvelope(z.lazy(() => z.array(contractSchema)));

export const budgetSchema = z.lazy(() =>
  z.object({
    contractId: optionalId,
    targetMonth: optionalText,
    vendorShareRatio: z.number().nullish(),
    budgetAmount: z.number().nullish(),
    usedBudgetAmount: z.number().nullish(),
    remainBudgetAmount: z.number().nullish(),
  }),
);
export type Budget = z.output<typeof budgetSchema>;
export const budgetResponse = fmsEnvelope(budgetSchema);

export const couponItemSchema = z.lazy(() =>
  z.object({ couponItemId: optionalId, vendorItemId: id, status: optionalText }),
);
export const couponItemListResponse = fmsEnvelope(z.lazy(() => z.array(couponItemSchema)));

/** Download-coupon writes: `{requestResultStatus, body, errorCode, errorMessage}` (items: an array of them). */
export const downloadResultSchema = z.lazy(() =>
  z.object({
    requestResultStatus: z.string(),
    body: z.unknown().optional(),
    errorCode: optionalText,
    errorMessage: optionalText,
  }),
);
export type DownloadResult = z.output<typeof downloadResultSchema>;
export const downloadItemsResponse = z.lazy(() => z.union([z.array(downloadResultSchema), downloadResultSchema]));
