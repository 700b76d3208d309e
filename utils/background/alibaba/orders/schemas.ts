import { z } from 'zod';
import { amount, exactId, numeric, text } from '../api/common-schemas';

/**
 * `TradeInfo` (docs/1688-api.md §4.5), the model shared by the seller and buyer order APIs.
 * Only the fields the domain mapping reads are declared; zod drops the rest, so unused PII
 * (buyer alipay ids, invoice data, contacts' emails…) never leaves this layer.
 */
const contact = z.lazy(() => z.object({ name: z.string().optional(), companyName: z.string().optional() }));

const receiverInfo = z.lazy(() =>
  z.object({
    toFullName: z.string().optional(),
    toMobile: text.optional(),
    toPhone: text.optional(),
    toArea: z.string().optional(),
    toPost: text.optional(),
  }),
);

const baseInfo = z.lazy(() =>
  z.object({
    // Possibly rounded by the server (sample: id …944 vs idOfStr …941); only a fallback when safe.
    id: z.unknown().optional(),
    idOfStr: z.string().regex(/^\d+$/).optional(),
    status: z.string(),
    createTime: z.string(),
    payTime: z.string().optional(),
    allDeliveredTime: z.string().optional(),
    receivingTime: z.string().optional(),
    completeTime: z.string().optional(),
    totalAmount: amount,
    shippingFee: amount.optional(),
    refundStatus: z.string().optional(),
    currency: z.string().optional(),
    buyerLoginId: z.string().optional(),
    sellerLoginId: z.string().optional(),
    buyerContact: contact.optional(),
    sellerContact: contact.optional(),
    receiverInfo: receiverInfo.optional(),
    buyerFeedback: z.string().optional(),
  }),
);

const productItem = z.lazy(() =>
  z.object({
    productID: exactId.optional(),
    skuID: exactId.optional(),
    specId: z.string().optional(),
    name: z.string().default(''),
    quantity: numeric,
    price: amount,
    subItemID: z.unknown().optional(),
    subItemIDString: z.string().regex(/^\d+$/).optional(),
    skuInfos: z.array(z.object({ name: z.string(), value: text })).optional(),
  }),
);

const logisticsItem = z.lazy(() =>
  z.object({
    logisticsBillNo: text.optional(),
    logisticsCompanyName: z.string().optional(),
    logisticsCompanyNo: text.optional(),
    logisticsCode: text.optional(),
    deliveredTime: z.string().optional(),
  }),
);

const nativeLogistics = z.lazy(() =>
  z.object({
    contactPerson: z.string().optional(),
    mobile: text.optional(),
    telephone: text.optional(),
    province: z.string().optional(),
    city: z.string().optional(),
    area: z.string().optional(),
    town: z.string().optional(),
    address: z.string().optional(),
    zip: text.optional(),
    logisticsItems: z.array(logisticsItem).optional(),
  }),
);

export const tradeInfoSchema = z.lazy(() =>
  z.object({
    baseInfo,
    productItems: z.array(productItem).default([]),
    nativeLogistics: nativeLogistics.optional(),
  }),
);

export type TradeInfo = z.infer<typeof tradeInfoSchema>;

export const orderListResponseSchema = z.lazy(() =>
  z.object({
    result: z.array(tradeInfoSchema).default([]),
    totalRecord: numeric.default(0),
  }),
);

export const orderDetailResponseSchema = z.lazy(() => z.object({ result: tradeInfoSchema }));
