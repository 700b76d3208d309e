import { z } from 'zod';
import { amount, exactId, numeric, text } from '../api/common-schemas';

/**
 * `productInfo` of `alibaba.product.get` and `alibaba.cross.productInfo` (docs/1688-api.md §4.2).
 * Images, descriptions and attributes are not declared: the offer view needs none of them and
 * C16 forbids republishing 1688 images.
 */
const skuAttribute = z.lazy(() =>
  z.object({
    attributeDisplayName: z.string().optional(),
    attributeName: z.string().optional(),
    attributeValue: text.optional(),
    value: text.optional(),
  }),
);

const skuInfo = z.lazy(() =>
  z.object({
    skuId: exactId.optional(),
    specId: z.string().optional(),
    price: amount.optional(),
    consignPrice: amount.optional(),
    amountOnSale: numeric.optional(),
    attributes: z.array(skuAttribute).default([]),
  }),
);

const saleInfo = z.lazy(() =>
  z.object({
    priceRanges: z.array(z.object({ startQuantity: numeric, price: amount })).default([]),
    amountOnSale: numeric.optional(),
    minOrderQuantity: numeric.optional(),
    unit: z.string().optional(),
    quoteType: numeric.optional(),
  }),
);

export const productInfoSchema = z.lazy(() =>
  z.object({
    productID: exactId,
    subject: z.string().default(''),
    status: z.string().optional(),
    skuInfos: z.array(skuInfo).default([]),
    saleInfo: saleInfo.optional(),
    shippingInfo: z.object({ sendGoodsAddressText: z.string().optional() }).optional(),
    supplierLoginId: z.string().optional(),
    sellerLoginId: z.string().optional(),
    supplierUserId: text.optional(),
    beginAmount: numeric.optional(),
    intelligentInfo: z.object({ title: z.string().optional() }).optional(),
  }),
);

export type ProductInfo = z.infer<typeof productInfoSchema>;

export const productResponseSchema = z.lazy(() => z.object({ productInfo: productInfoSchema }));
