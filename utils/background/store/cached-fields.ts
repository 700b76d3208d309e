import type { DomainOrder } from '../../domain/order';
import type { OfferViewWire } from '../../protocol/messages/alibaba';
import type { PurchaseDraft, PurchaseResult } from '../alibaba/purchase/records';
import type { CategoryTreeRecord } from '../coupang/categories/mapping';
import type { CouponRequestRecord } from '../coupang/coupons/records';
import type { InquirySummary } from '../coupang/cs/inquiry-counts';
import type { InquiryRecord } from '../coupang/cs/mapping';
import type { ReplyText } from '../coupang/cs/store';
import type { ExchangesSnapshot } from '../coupang/exchanges/store';
import type { ProductRecord } from '../coupang/products/mapping';
import type { InflowRecord } from '../coupang/products/service';
import type { ReturnsSnapshot } from '../coupang/returns/store';
import type { RgStockRecord } from '../coupang/rocket-growth/stock';
import type { RevenueDayRecord } from '../coupang/settlement/mapping';
import type { PayoutMonthRecord } from '../coupang/settlement/payouts';
import type { PurchasePlan } from '../crossborder/flow/plan-record';
import type { RestockPlan } from '../crossborder/restock/plan-record';
import type { OpeningWindowsRecord } from '../orders/opening-windows';

/**
 * Minimum data (compliance C5): per cached kind, the whitelisted field paths that may reach
 * IndexedDB. `a.b` for nested fields, `a[]` for arrays of values, `a[].b` for fields of array
 * items. Each list is checked at compile time against its record type: adding a field to the type
 * without deciding whether it may be cached fails the typecheck below.
 */
type Leaf = string | number | boolean | bigint | null | undefined;

/** Every leaf path of T (optional fields included). */
export type LeafPaths<T, P extends string = ''> =
  NonNullable<T> extends Leaf
    ? P
    : NonNullable<T> extends readonly (infer U)[]
      ? LeafPaths<U, `${P}[]`>
      : {
          [K in keyof NonNullable<T> & string]-?: LeafPaths<NonNullable<T>[K], P extends '' ? K : `${P}.${K}`>;
        }[keyof NonNullable<T> & string];

/** True when `Fields` names every leaf of T; otherwise the missing paths, as a type error. */
type Complete<T, Fields extends readonly string[]> = [Exclude<LeafPaths<T>, Fields[number]>] extends [never]
  ? true
  : Exclude<LeafPaths<T>, Fields[number]>;

const money = <P extends string>(p: P) => [`${p}.currency`, `${p}.minor`] as const;

/** A `DomainOrder` is the order projection: each field is one the order views show. */
export const ORDER_FIELDS = [
  'key',
  'marketplace',
  'accountId',
  'role',
  'orderId',
  'shipmentId',
  'marketStatus',
  'workState',
  'orderedAt',
  'paidAt',
  'shipBy',
  'lines[].lineId',
  'lines[].productName',
  'lines[].optionName',
  'lines[].quantity',
  ...money('lines[].unitPrice'),
  'lines[].itemId',
  'lines[].productId',
  ...money('total'),
  ...money('shippingFee'),
  'recipient.name',
  'recipient.phone',
  'recipient.postcode',
  'recipient.address',
  'recipient.addressDetail',
  'recipient.customsCode',
  'recipient.memo',
  'shipping.courierCode',
  'shipping.courierName',
  'shipping.trackingNumber',
  'shipping.shippedAt',
  'shipping.deliveredAt',
  'counterpartyName',
  'timeline[].at',
  'timeline[].label',
  // What the stop-shipment action needs (Coupang cancel receipt); no personal data.
  'cancelRequest.receiptId',
  'cancelRequest.cancelCount',
] as const satisfies readonly LeafPaths<DomainOrder>[];

/** A 1688 offer as the offer helper and the purchase view show it (reference data, no PII). */
export const OFFER_FIELDS = [
  'id',
  'source',
  'title',
  'status',
  'priceTiers[].minQty',
  ...money('priceTiers[].price'),
  'minOrderQty',
  'stock',
  'unit',
  'supplier.name',
  'supplier.memberId',
  'shipFrom.province',
  'shipFrom.city',
  'skus[].skuId',
  'skus[].specId',
  'skus[].specs[].name',
  'skus[].specs[].value',
  ...money('skus[].price'),
  'skus[].stock',
] as const satisfies readonly LeafPaths<OfferViewWire>[];

/** The previewed purchase: the delivery address is PII (encrypted, PII TTL). */
export const PURCHASE_DRAFT_FIELDS = [
  'lines[].offerId',
  'lines[].specId',
  'lines[].quantity',
  'address.fullName',
  'address.mobile',
  'address.phone',
  'address.postCode',
  'address.provinceText',
  'address.cityText',
  'address.areaText',
  'address.townText',
  'address.address',
  'address.districtCode',
  'address.addressId',
  ...money('total'),
  'orderable',
  'tradeTypes[]',
] as const satisfies readonly LeafPaths<PurchaseDraft>[];

export const PURCHASE_RESULT_FIELDS = [
  'orderId',
  ...money('total'),
  'failedOffers[].offerId',
  'failedOffers[].errorCode',
] as const satisfies readonly LeafPaths<PurchaseResult>[];

export const INQUIRY_SUMMARY_FIELDS = [
  'online',
  'callCenter',
  'deadlines[]',
  'at',
] as const satisfies readonly LeafPaths<InquirySummary>[];

/** What the inquiries view shows and a reply needs; never the buyer's phone or e-mail. */
export const INQUIRY_FIELDS = [
  'key',
  'kind',
  'inquiryId',
  'state',
  'askedAt',
  'listedOn',
  'deadlineAt',
  'hardDeadline',
  'productName',
  'vendorItemId',
  'orderIds[]',
  'category',
  'thread[].who',
  'thread[].at',
  'thread[].content',
  'parentAnswerId',
  'syncedAt',
] as const satisfies readonly LeafPaths<InquiryRecord>[];

export const INQUIRY_REPLY_FIELDS = ['text'] as const satisfies readonly LeafPaths<ReplyText>[];

export const REVENUE_DAY_FIELDS = [
  'date',
  'lines[].orderId',
  'lines[].saleType',
  'lines[].saleDate',
  'lines[].recognitionDate',
  'lines[].settlementDate',
  'lines[].items[].vendorItemId',
  'lines[].items[].productId',
  'lines[].items[].productName',
  'lines[].items[].quantity',
  'lines[].items[].sale',
  'lines[].items[].serviceFee',
  'lines[].items[].serviceFeeVat',
  'lines[].items[].sellerDiscount',
  'lines[].items[].settlement',
  'lines[].delivery.amount',
  'lines[].delivery.fee',
  'lines[].delivery.feeVat',
  'lines[].delivery.settlement',
] as const satisfies readonly LeafPaths<RevenueDayRecord>[];

export const PAYOUT_MONTH_FIELDS = [
  'yearMonth',
  'rows[].settlementType',
  'rows[].yearMonth',
  'rows[].from',
  'rows[].to',
  'rows[].settlementDate',
  'rows[].status',
  'rows[].totalSale',
  'rows[].serviceFee',
  'rows[].targetAmount',
  'rows[].amount',
  'rows[].lastAmount',
  'rows[].finalAmount',
] as const satisfies readonly LeafPaths<PayoutMonthRecord>[];

/** Which order records the side panel's opening list shows first, and its tab counts (ids and numbers). */
export const OPENING_WINDOWS_FIELDS = [
  'market',
  'sort',
  'dir',
  'tabs[].tab',
  'tabs[].total',
  'tabs[].ids[]',
  'counts[].tab',
  'counts[].count',
  'digests[].marketplace',
  'digests[].accountId',
  'digests[].role',
  'digests[].workState',
  'digests[].marketStatus',
  'digests[].shipBy',
  'validUntil',
  'lastStoredAt',
  'lastStoredRecords',
] as const satisfies readonly LeafPaths<OpeningWindowsRecord>[];

export const PURCHASE_PLAN_FIELDS = [
  'alibabaAccountKey',
  'krwPerCny',
  'groups[].supplierId',
  'groups[].supplierName',
  'groups[].previewToken',
  'groups[].goodsFen',
  'groups[].freightFen',
  'groups[].totalFen',
  'groups[].orderable',
  'groups[].shares[].orderKey',
  'groups[].shares[].lineId',
  'groups[].shares[].offerId',
  'groups[].shares[].specId',
  'groups[].shares[].quantity',
  'groups[].shares[].goodsFen',
  'groups[].shares[].freightFen',
] as const satisfies readonly LeafPaths<PurchasePlan>[];
export const RESTOCK_PLAN_FIELDS = [
  'alibabaAccountKey',
  'krwPerCny',
  'groups[].supplierName',
  'groups[].previewToken',
  'groups[].goodsFen',
  'groups[].freightFen',
  'groups[].totalFen',
  'groups[].orderable',
  'groups[].lines[].vendorItemId',
  'groups[].lines[].offerId',
  'groups[].lines[].specId',
  'groups[].lines[].items',
  'groups[].lines[].quantity',
] as const satisfies readonly LeafPaths<RestockPlan>[];
export const CATEGORY_TREE_FIELDS = [
  'fetchedAt',
  'nodes[].code',
  'nodes[].name',
  'nodes[].parent',
  'nodes[].path',
  'nodes[].leaf',
  'nodes[].status',
] as const satisfies readonly LeafPaths<CategoryTreeRecord>[];

export const COUPON_REQUEST_FIELDS = [
  'requestedId',
  'couponId',
] as const satisfies readonly LeafPaths<CouponRequestRecord>[];

export const RG_STOCK_FIELDS = [
  'fetchedAt',
  'calls',
  'items[].vendorItemId',
  'items[].sku',
  'items[].name',
  'items[].stock',
  'items[].sales30',
] as const satisfies readonly LeafPaths<RgStockRecord>[];

export const PRODUCT_FIELDS = [
  'sellerProductId',
  'name',
  'state',
  'rejection',
  'createdAt',
  'options[].vendorItemId',
  'options[].itemName',
  'options[].sellerSku',
  'options[].salePrice',
  'options[].stock',
  'options[].onSale',
  'options[].autoGenerated',
] as const satisfies readonly LeafPaths<ProductRecord>[];

export const PRODUCT_INFLOW_FIELDS = [
  'registered',
  'permitted',
  'restricted',
  'fetchedAt',
] as const satisfies readonly LeafPaths<InflowRecord>[];

const complete: [
  Complete<DomainOrder, typeof ORDER_FIELDS>,
  Complete<OfferViewWire, typeof OFFER_FIELDS>,
  Complete<PurchaseDraft, typeof PURCHASE_DRAFT_FIELDS>,
  Complete<PurchaseResult, typeof PURCHASE_RESULT_FIELDS>,
  Complete<InquirySummary, typeof INQUIRY_SUMMARY_FIELDS>,
  Complete<InquiryRecord, typeof INQUIRY_FIELDS>,
  Complete<ReplyText, typeof INQUIRY_REPLY_FIELDS>,
  Complete<RevenueDayRecord, typeof REVENUE_DAY_FIELDS>,
  Complete<PayoutMonthRecord, typeof PAYOUT_MONTH_FIELDS>,
  Complete<PurchasePlan, typeof PURCHASE_PLAN_FIELDS>,
  Complete<OpeningWindowsRecord, typeof OPENING_WINDOWS_FIELDS>,
  Complete<RestockPlan, typeof RESTOCK_PLAN_FIELDS>,
  Complete<CategoryTreeRecord, typeof CATEGORY_TREE_FIELDS>,
  Complete<CouponRequestRecord, typeof COUPON_REQUEST_FIELDS>,
  Complete<RgStockRecord, typeof RG_STOCK_FIELDS>,
  Complete<ProductRecord, typeof PRODUCT_FIELDS>,
  Complete<InflowRecord, typeof PRODUCT_INFLOW_FIELDS>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void complete;

/** Return receipts: ids, states, reason category, amounts, items, pickup invoice (no requester data). */
export const RETURNS_SNAPSHOT_FIELDS = [
  'syncedAt',
  'items[].accountKey',
  'items[].receiptId',
  'items[].orderId',
  'items[].receiptType',
  'items[].receiptStatus',
  'items[].createdAt',
  'items[].modifiedAt',
  'items[].withdrawnAt',
  'items[].reasonCode',
  'items[].reason',
  'items[].faultBy',
  'items[].returnShippingCharge',
  'items[].releaseStopStatus',
  'items[].returnDeliveryType',
  'items[].items[].vendorItemId',
  'items[].items[].name',
  'items[].items[].cancelCount',
  'items[].items[].purchaseCount',
  'items[].items[].shipmentBoxId',
  'items[].items[].releaseStatus',
  'items[].cancelCount',
  'items[].pickup.courierCode',
  'items[].pickup.invoiceNumber',
  'patched[].id',
  'patched[].at',
] as const satisfies readonly LeafPaths<ReturnsSnapshot>[];

/** Exchanges: the replacement's delivery address is the only personal data (the seller ships there). */
export const EXCHANGES_SNAPSHOT_FIELDS = [
  'syncedAt',
  'items[].accountKey',
  'items[].exchangeId',
  'items[].orderId',
  'items[].status',
  'items[].collectStatus',
  'items[].collectCompleteAt',
  'items[].createdAt',
  'items[].modifiedAt',
  'items[].reasonCode',
  'items[].reason',
  'items[].faultType',
  'items[].amount',
  'items[].items[].vendorItemId',
  'items[].items[].name',
  'items[].items[].quantity',
  'items[].items[].originalShipmentBoxId',
  'items[].newShipmentBoxId',
  'items[].invoice.courierCode',
  'items[].invoice.invoiceNumber',
  'items[].delivery.name',
  'items[].delivery.phone',
  'items[].delivery.postcode',
  'items[].delivery.address',
  'items[].delivery.addressDetail',
  'patched[].id',
  'patched[].at',
] as const satisfies readonly LeafPaths<ExchangesSnapshot>[];
