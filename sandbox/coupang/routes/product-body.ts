import { leafMeta } from '../data/categories';
import type { Product, VendorItem } from '../data/model';
import type { CoupangStore, VendorData } from '../data/store';
import { isKnownCourier } from '../orders/couriers';
import { isObject, type JsonObject, toBool, toInt, toStr } from '../request';

/**
 * Validation and mapping of the big seller-product create/update body (reference §4.3). Errors
 * come back as the seller_api does: a message, plus `errorItems[]` for per-item attribute problems.
 */
export interface BodyProblem {
  message: string;
  errorItems?: Array<{ index: number; itemName: string; message: string }>;
}

const REQUIRED = [
  'displayCategoryCode',
  'sellerProductName',
  'vendorId',
  'saleStartedAt',
  'saleEndedAt',
  'deliveryMethod',
  'deliveryCompanyCode',
  'deliveryChargeType',
  'returnCenterCode',
  'outboundShippingPlaceCode',
  'vendorUserId',
  'items',
];
const DELIVERY_METHODS = ['SEQUENCIAL', 'COLD_FRESH', 'MAKE_ORDER', 'AGENT_BUY', 'VENDOR_DIRECT'];
const CHARGE_TYPES = ['FREE', 'NOT_FREE', 'CHARGE_RECEIVED', 'CONDITIONAL_FREE'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
/** Fields kept as typed product properties; everything else is echoed back from `extra`. */
const MODELLED = new Set([
  ...REQUIRED,
  'brand',
  'generalProductName',
  'productGroup',
  'manufacture',
  'displayProductName',
]);
const ITEM_MODELLED = new Set([
  'itemName',
  'originalPrice',
  'salePrice',
  'maximumBuyCount',
  'outboundShippingTimeDay',
  'externalVendorSku',
  'barcode',
  'modelNo',
  'overseasPurchased',
  'adultOnly',
  'attributes',
  'sellerProductItemId',
  'vendorItemId',
]);

function pick(obj: JsonObject, modelled: Set<string>): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !modelled.has(k)));
}

export function validateProductBody(body: JsonObject, vd: VendorData, isUpdate: boolean): BodyProblem | null {
  for (const field of REQUIRED)
    if (body[field] === undefined || body[field] === null || body[field] === '')
      return { message: `${field} 은(는) 필수 입력 항목입니다.` };
  const name = String(body.sellerProductName);
  if (name.length > 100) return { message: 'sellerProductName 은(는) 100자 이하로 입력해주세요.' };
  const meta = leafMeta(toInt(body.displayCategoryCode) ?? -1);
  if (!meta)
    return { message: `유효하지 않은 노출카테고리코드입니다. displayCategoryCode=${body.displayCategoryCode}` };
  if (!DATE_TIME.test(String(body.saleStartedAt)) || !DATE_TIME.test(String(body.saleEndedAt)))
    return { message: "saleStartedAt/saleEndedAt 형식은 yyyy-MM-dd'T'HH:mm:ss 입니다." };
  if (!DELIVERY_METHODS.includes(String(body.deliveryMethod)))
    return { message: `Invalid deliveryMethod: ${body.deliveryMethod}` };
  if (!CHARGE_TYPES.includes(String(body.deliveryChargeType)))
    return { message: `Invalid deliveryChargeType: ${body.deliveryChargeType}` };
  if (!isKnownCourier(String(body.deliveryCompanyCode)))
    return { message: `invalid delivery company code: ${body.deliveryCompanyCode}` };
  if (!vd.returnCenters.some((r) => r.returnCenterCode === String(body.returnCenterCode)))
    return { message: `반품지센터코드(${body.returnCenterCode})가 유효하지 않습니다.` };
  if (!vd.outboundPlaces.some((p) => p.outboundShippingPlaceCode === toInt(body.outboundShippingPlaceCode)))
    return { message: `출고지주소코드(${body.outboundShippingPlaceCode})가 유효하지 않습니다.` };
  const user = toStr(body.vendorUserId);
  // "실사용자아이디(쿠팡 Wing ID)": a Wing login of this vendor; the vendor id is no user.
  if (user !== vd.vendor.wingUserId) return { message: `vendorUserId(${user})가 판매자에 속한 사용자가 아닙니다.` };
  const items = body.items;
  if (!Array.isArray(items) || items.length === 0) return { message: 'items 은(는) 필수 입력 항목입니다.' };
  if (items.length > 200) return { message: '옵션은 최대 200개까지 등록 가능합니다.' };
  const errorItems: NonNullable<BodyProblem['errorItems']> = [];
  items.forEach((raw, index) => {
    const item = isObject(raw) ? raw : {};
    const itemName = String(item.itemName ?? '');
    const fail = (message: string) => errorItems.push({ index, itemName, message });
    if (!itemName) fail('itemName 은(는) 필수 입력 항목입니다.');
    const price = toInt(item.salePrice);
    if (price === null || price <= 0 || price % 10 !== 0) fail('salePrice 는 10원 단위의 양수여야 합니다.');
    if (toInt(item.originalPrice) === null) fail('originalPrice 은(는) 필수 입력 항목입니다.');
    if (toInt(item.maximumBuyCount) === null) fail('maximumBuyCount 은(는) 필수 입력 항목입니다.');
    if (toInt(item.outboundShippingTimeDay) === null) fail('outboundShippingTimeDay 은(는) 필수 입력 항목입니다.');
    const images = Array.isArray(item.images) ? item.images.filter(isObject) : [];
    if (!isUpdate && !images.some((i) => i.imageType === 'REPRESENTATION'))
      fail('대표이미지(REPRESENTATION)는 필수입니다.');
    const given = new Set(
      (Array.isArray(item.attributes) ? item.attributes.filter(isObject) : []).map((a) => String(a.attributeTypeName)),
    );
    for (const a of meta.attributes)
      if (a.required && a.exposed && !given.has(a.name))
        fail(`필수 구매옵션 [${a.name}] 이(가) 누락되었습니다. 카테고리 메타정보를 확인해주세요.`);
  });
  if (errorItems.length) return { message: '상품 옵션 정보가 올바르지 않습니다.', errorItems };
  return null;
}

function itemFromBody(
  store: CoupangStore,
  product: Product,
  raw: JsonObject,
  index: number,
  existing?: VendorItem,
): VendorItem {
  const attributes = (Array.isArray(raw.attributes) ? raw.attributes.filter(isObject) : []).map((a) => ({
    attributeTypeName: String(a.attributeTypeName),
    attributeValueName: String(a.attributeValueName ?? ''),
    exposed: String(a.exposed ?? 'EXPOSED'),
  }));
  return {
    product,
    sellerProductItemId: existing?.sellerProductItemId ?? store.seq.sellerItem.take(),
    vendorItemId: existing?.vendorItemId ?? store.seq.vendorItem.take() * 10 + (index % 10),
    itemName: String(raw.itemName),
    originalPrice: toInt(raw.originalPrice) ?? 0,
    salePrice: toInt(raw.salePrice) ?? 0,
    stock: toInt(raw.maximumBuyCount) ?? 0,
    onSale: existing?.onSale ?? true,
    externalVendorSku: String(raw.externalVendorSku ?? ''),
    barcode: String(raw.barcode ?? ''),
    modelNo: String(raw.modelNo ?? ''),
    outboundShippingTimeDay: toInt(raw.outboundShippingTimeDay) ?? 1,
    overseasPurchased: raw.overseasPurchased === 'OVERSEAS_PURCHASED',
    adultOnly: raw.adultOnly === 'ADULT_ONLY',
    attributes,
    rgOrderable: existing?.rgOrderable ?? 0,
    rgSales30: existing?.rgSales30 ?? 0,
    autoGeneratedOptIn: existing?.autoGeneratedOptIn ?? false,
    extra: pick(raw, ITEM_MODELLED),
  };
}

/** Copies body fields onto a product (create: a fresh one; update: the existing one). */
export function applyProductBody(store: CoupangStore, product: Product, body: JsonObject): void {
  const name = String(body.sellerProductName);
  product.sellerProductName = name;
  product.displayProductName = String(body.displayProductName ?? name);
  product.brand = String(body.brand ?? '');
  product.generalProductName = String(body.generalProductName ?? name);
  product.productGroup = String(body.productGroup ?? '');
  product.manufacture = String(body.manufacture ?? body.brand ?? '');
  product.displayCategoryCode = toInt(body.displayCategoryCode) ?? product.displayCategoryCode;
  product.saleStartedAt = String(body.saleStartedAt);
  product.saleEndedAt = String(body.saleEndedAt);
  product.deliveryMethod = String(body.deliveryMethod);
  product.deliveryCompanyCode = String(body.deliveryCompanyCode);
  product.deliveryChargeType = String(body.deliveryChargeType);
  product.deliveryCharge = toInt(body.deliveryCharge) ?? 0;
  product.freeShipOverAmount = toInt(body.freeShipOverAmount) ?? 0;
  product.deliveryChargeOnReturn = toInt(body.deliveryChargeOnReturn) ?? 0;
  product.returnCharge = toInt(body.returnCharge) ?? 0;
  product.remoteAreaDeliverable = String(body.remoteAreaDeliverable ?? 'N');
  product.unionDeliveryType = String(body.unionDeliveryType ?? 'NOT_UNION_DELIVERY');
  product.returnCenterCode = String(body.returnCenterCode);
  product.outboundShippingPlaceCode = toInt(body.outboundShippingPlaceCode) ?? 0;
  product.vendorUserId = String(body.vendorUserId);
  product.requested = toBool(body.requested) ?? false;
  product.extra = pick(body, MODELLED);
  const previous = product.items;
  product.items = (body.items as unknown[]).filter(isObject).map((raw, i) => {
    // Items that name their ids keep them (and stay sellable); others are new options.
    const id = toInt(raw.vendorItemId) ?? toInt(raw.sellerProductItemId);
    const existing = previous.find((p) => p.vendorItemId === id || p.sellerProductItemId === id);
    return itemFromBody(store, product, raw, i, existing);
  });
  for (const item of product.items) store.items.set(item.vendorItemId, item);
}

/** Fields of the "partial" (delivery/return) view and update. */
export const PARTIAL_FIELDS = [
  'deliveryMethod',
  'deliveryCompanyCode',
  'deliveryChargeType',
  'deliveryCharge',
  'freeShipOverAmount',
  'deliveryChargeOnReturn',
  'remoteAreaDeliverable',
  'unionDeliveryType',
  'returnCenterCode',
  'returnCharge',
  'outboundShippingPlaceCode',
] as const;
