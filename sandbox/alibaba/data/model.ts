/**
 * The sandbox's internal 1688 records. Ids are decimal strings (order ids exceed 2^53), instants
 * are epoch ms, money is integer fen. The API layer (apis/*-model.ts) turns these into the wire
 * shapes: yuan decimals, `+0800` dates, bare-number ids beside their string twins.
 */

export const ORDER_STATUSES = [
  'waitbuyerpay',
  'waitsellersend',
  'waitlogisticstakein',
  'waitbuyerreceive',
  'waitbuyersign',
  'signinsuccess',
  'confirm_goods',
  'success',
  'cancel',
  'terminated',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const STATUS_TEXT: Record<OrderStatus, string> = {
  waitbuyerpay: '等待买家付款',
  waitsellersend: '等待卖家发货',
  waitlogisticstakein: '等待物流公司揽件',
  waitbuyerreceive: '等待买家收货',
  waitbuyersign: '等待买家签收',
  signinsuccess: '买家已签收',
  confirm_goods: '已收货',
  success: '交易成功',
  cancel: '交易关闭',
  terminated: '交易终止',
};

/** Statuses in which the goods have left the seller (a shipment exists). */
export const SHIPPED_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'waitbuyerreceive',
  'waitbuyersign',
  'signinsuccess',
  'confirm_goods',
  'success',
]);
/** Statuses after payment. */
export const PAID_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'waitsellersend',
  'waitlogisticstakein',
  ...SHIPPED_STATUSES,
]);

export interface SkuAttribute {
  attributeId: number;
  name: string;
  value: string;
  imageUrl?: string;
}

export interface Sku {
  skuId: string;
  /** 32-hex, unique within the offer; what order creation needs. */
  specId: string;
  attributes: SkuAttribute[];
  priceFen: number;
  amountOnSale: number;
  cargoNumber: string;
}

export interface Offer {
  offerId: string;
  supplierMemberId: string;
  supplierLoginId: string;
  supplierUserId: string;
  companyName: string;
  subject: string;
  description: string;
  categoryId: number;
  categoryName: string;
  status: 'published' | 'expired' | 'deleted' | 'auditing';
  unit: string;
  minOrderQuantity: number;
  /** 0 quantity-priced without SKUs, 1 per-SKU price, 2 SKUs priced by quantity ranges. */
  quoteType: 0 | 1 | 2;
  mixWholeSale: boolean;
  priceRanges: Array<{ startQuantity: number; priceFen: number }>;
  skus: Sku[];
  /** Stock of an offer without SKUs (with SKUs, the sum of theirs). */
  amountOnSale: number;
  images: string[];
  province: string;
  city: string;
  weightKg: number;
  /** Flat freight the supplier charges per order, fen. */
  freightFen: number;
  cargoNumber: string;
  createMs: number;
  modifyMs: number;
}

export interface Receiver {
  fullName: string;
  mobile: string;
  phone: string;
  province: string;
  city: string;
  area: string;
  town: string;
  address: string;
  zip: string;
  divisionCode: string;
}

export interface Party {
  memberId: string;
  loginId: string;
  userId: string;
  companyName: string;
  contactName: string;
  mobile: string;
}

export interface OrderItem {
  subItemId: string;
  offerId: string;
  skuId?: string;
  specId?: string;
  name: string;
  skuInfos: Array<{ name: string; value: string }>;
  quantity: number;
  unit: string;
  priceFen: number;
  entryDiscountFen: number;
  cargoNumber: string;
  image: string;
}

export interface TraceStep {
  atMs: number;
  remark: string;
}

export interface Shipment {
  logisticsId: string;
  billNo: string;
  carrierName: string;
  carrierId: number;
  carrierCode: string;
  shippedMs: number;
  fromProvince: string;
  fromCity: string;
  /** Steps up to delivery; the APIs show those already past on the business clock. */
  steps: TraceStep[];
  signedMs?: number;
}

export interface Order {
  orderId: string;
  seller: Party;
  buyer: Party;
  status: OrderStatus;
  createMs: number;
  modifyMs: number;
  payMs?: number;
  shipMs?: number;
  receiveMs?: number;
  completeMs?: number;
  closeMs?: number;
  closeReason?: string;
  items: OrderItem[];
  shippingFeeFen: number;
  receiver: Receiver;
  buyerMemo: string;
  sellerMemo: string;
  buyerFeedback: string;
  refundStatus?: string;
  shipments: Shipment[];
  /** `general`, `saleproxy`, `fenxiao` … for orders made through fastCreateOrder. */
  flow?: string;
  outOrderId?: string;
}

/** Σ itemAmount (price × quantity − line discount). */
export const orderItemsFen = (o: Order) =>
  o.items.reduce((sum, i) => sum + i.priceFen * i.quantity - i.entryDiscountFen, 0);
/** totalAmount = Σ itemAmount + shippingFee (1688-api.md §4.5). */
export const orderTotalFen = (o: Order) => orderItemsFen(o) + o.shippingFeeFen;
/** baseInfo.discount: the line discounts, in fen. */
export const orderDiscountFen = (o: Order) => o.items.reduce((sum, i) => sum + i.entryDiscountFen, 0);
