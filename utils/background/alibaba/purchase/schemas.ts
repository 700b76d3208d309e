import { z } from 'zod';
import { amount, exactId, text } from '../api/common-schemas';

/**
 * `alibaba.createOrder.preview` and `alibaba.trade.fastCreateOrder` (docs/1688-api.md §4.7).
 * Sums (`sumPayment`, `sumCarriage`, …, `totalSuccessAmount`, `postFee`) are integer fen.
 */
const cargo = z.lazy(() =>
  z.object({
    offerId: exactId.optional(),
    specId: z.string().optional(),
    skuId: exactId.optional(),
    // Per-line `amount`/`finalUnitPrice` are yuan decimals (the SDK types them Double, unlike the Long fen sums).
    amount: amount.optional(),
    finalUnitPrice: amount.optional(),
    resultCode: text.optional(),
    message: z.string().optional(),
  }),
);

const tradeModel = z.lazy(() =>
  z.object({
    tradeType: text.optional(),
    name: z.string().optional(),
    description: z.string().optional(),
  }),
);

const previewOrder = z.lazy(() =>
  z.object({
    sumPayment: amount,
    sumCarriage: amount.default(0),
    sumPaymentNoCarriage: amount.optional(),
    discountFee: amount.optional(),
    additionalFee: amount.optional(),
    tradeModeNameList: z.array(text).default([]),
    tradeModelList: z.array(tradeModel).default([]),
    cargoList: z.array(cargo).default([]),
  }),
);

const offerIdList = z.lazy(() => z.array(exactId).default([]));

export const previewResponseSchema = z.lazy(() =>
  z.object({
    // Misspelled by 1688 (sic).
    orderPreviewResuslt: z.array(previewOrder).default([]),
    postFeeByDescOfferList: offerIdList,
    consignOfferList: offerIdList,
    unsupportedCrossBorderPayOfferList: offerIdList,
  }),
);

export const createOrderResponseSchema = z.lazy(() =>
  z.object({
    result: z.object({
      orderId: exactId,
      totalSuccessAmount: amount,
      postFee: amount.optional(),
      failedOfferList: z
        .array(
          z.object({
            offerId: exactId.optional(),
            specId: z.string().optional(),
            errorCode: text.optional(),
            errorMessage: z.string().optional(),
          }),
        )
        .default([]),
    }),
  }),
);
