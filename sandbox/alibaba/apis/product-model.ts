import type { Offer } from '../data/model';
import { formatAliDate } from '../time';
import { yuan } from './money';

function referencePrice(o: Offer): string {
  const prices = o.skus.length ? o.skus.map((s) => s.priceFen) : o.priceRanges.map((r) => r.priceFen);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  return lo === hi ? yuan(lo).toFixed(2) : `${yuan(lo).toFixed(2)}-${yuan(hi).toFixed(2)}`;
}

/** The productInfo model of alibaba.product.get (1688-api.md §4.2). */
export function productInfo(o: Offer) {
  return {
    productID: Number(o.offerId),
    productType: 'wholesale',
    categoryID: o.categoryId,
    categoryName: o.categoryName,
    subject: o.subject,
    description: o.description,
    language: 'CHINESE',
    status: o.status,
    image: { images: o.images },
    attributes: [
      { attributeID: 2176, attributeName: '品牌', value: '其他', isCustom: false },
      { attributeID: 1398, attributeName: '产地', value: o.city, isCustom: false },
      { attributeID: 100031521, attributeName: '货号', value: o.cargoNumber, isCustom: true },
    ],
    skuInfos: o.skus.map((s) => ({
      skuId: Number(s.skuId),
      specId: s.specId,
      price: o.quoteType === 1 ? yuan(s.priceFen) : undefined,
      retailPrice: yuan(Math.round(s.priceFen * 1.6)),
      consignPrice: yuan(Math.round(s.priceFen * 1.1)),
      amountOnSale: s.amountOnSale,
      cargoNumber: s.cargoNumber,
      attributes: s.attributes.map((a) => ({
        attributeID: a.attributeId,
        attributeDisplayName: a.name,
        attributeValue: a.value,
        skuImageUrl: a.imageUrl,
      })),
    })),
    saleInfo: {
      supportOnlineTrade: true,
      mixWholeSale: o.mixWholeSale,
      priceAuth: false,
      priceRanges: o.priceRanges.map((r) => ({ startQuantity: r.startQuantity, price: yuan(r.priceFen) })),
      amountOnSale: o.amountOnSale,
      unit: o.unit,
      minOrderQuantity: o.minOrderQuantity,
      batchNumber: 1,
      sellunit: o.unit,
      quoteType: o.quoteType,
    },
    shippingInfo: {
      freightTemplateID: 1,
      unitWeight: o.weightKg,
      suttleWeight: o.weightKg,
      sendGoodsAddressId: 1,
      sendGoodsAddressText: `${o.province} ${o.city}`,
    },
    supplierLoginId: o.supplierLoginId,
    supplierUserId: Number(o.supplierUserId),
    productCargoNumber: o.cargoNumber,
    referencePrice: referencePrice(o),
    crossBorderOffer: false,
    createTime: formatAliDate(o.createMs),
    lastUpdateTime: formatAliDate(o.modifyMs),
  };
}

/** alibaba.cross.productInfo's productInfo: the same model plus the cross-border extras. */
export function crossProductInfo(o: Offer) {
  return {
    ...productInfo(o),
    sellerLoginId: o.supplierLoginId,
    sevenDaysRefunds: true,
    beginAmount: o.minOrderQuantity,
    retailBeginAmount: 1,
    intelligentInfo: {
      title: o.subject,
      images: o.images,
      skuImages: o.skus.flatMap((s) => s.attributes.flatMap((a) => (a.imageUrl ? [a.imageUrl] : []))),
      descriptionImages: [],
    },
  };
}
