import { yuan } from '../api/amounts';
import { parseShipFrom } from '../purchase/ship-from';
import type { ProductInfo } from './schemas';
import type { OfferSku, OfferView } from './view';

/** `productInfo` (own or cross-border offer) → the helper panel's offer view. Prices are yuan. */
function skus(p: ProductInfo): OfferSku[] {
  return p.skuInfos.flatMap((s) => {
    if (s.skuId === undefined) return [];
    const price = s.price ?? s.consignPrice;
    const sku: OfferSku = {
      skuId: s.skuId,
      specs: s.attributes.map((a) => ({
        name: a.attributeDisplayName ?? a.attributeName ?? '',
        value: a.attributeValue ?? a.value ?? '',
      })),
    };
    if (s.specId) sku.specId = s.specId;
    if (price !== undefined) sku.price = yuan(price);
    if (s.amountOnSale !== undefined) sku.stock = s.amountOnSale;
    return [sku];
  });
}

export function toOfferView(p: ProductInfo, source: 'own' | 'cross'): OfferView {
  const sale = p.saleInfo;
  const priceTiers = (sale?.priceRanges ?? [])
    .map((r) => ({ minQty: r.startQuantity, price: yuan(r.price) }))
    .sort((a, b) => a.minQty - b.minQty);
  const view: OfferView = {
    id: p.productID,
    source,
    title: p.subject || p.intelligentInfo?.title || '',
    priceTiers,
    minOrderQty: sale?.minOrderQuantity ?? p.beginAmount ?? priceTiers[0]?.minQty ?? 1,
    supplier: { name: p.supplierLoginId ?? p.sellerLoginId ?? '' },
    shipFrom: parseShipFrom(p.shippingInfo?.sendGoodsAddressText),
    skus: skus(p),
  };
  if (p.status) view.status = p.status;
  if (sale?.amountOnSale !== undefined) view.stock = sale.amountOnSale;
  if (sale?.unit) view.unit = sale.unit;
  return view;
}
