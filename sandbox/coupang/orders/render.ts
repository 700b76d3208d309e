import type { OrderRecord, OrderStatus, VendorItem } from '../data/model';
import { type Buyer, buyerFor, toE164 } from '../data/people';
import { DAY_MS, isoKstMicros, kstDate, localKst, spacedKst } from '../time';
import { courierName } from './couriers';
import { deliveredAt, orderStatus, STATUS_DESCRIPTIONS, type TransitSettings } from './state';

/**
 * Ordersheets as the API writes them. v5 (2025 internationalisation) uses money objects,
 * ISO-8601 times with offset and E.164 phones; v4 uses plain KRW integers, offset-less KST times
 * and domestic phone numbers. Box ids stay `bigint` so they reach the wire as bare 18-digit numbers.
 */
export type ApiVersion = 'v4' | 'v5';

export interface RenderContext {
  now: number;
  settings: TransitSettings;
  version: ApiVersion;
}

export function moneyV5(units: number) {
  return { currencyCode: 'KRW', units, nanos: 0 };
}

/** Purchase confirmation happens 7 days after delivery unless the buyer confirms earlier. */
const CONFIRM_AFTER_MS = 7 * DAY_MS;

interface Line {
  item: VendorItem;
  qty: number;
  index: number;
}

function lines(order: OrderRecord): Line[] {
  const out: Line[] = [{ item: order.item0, qty: order.qty0, index: 0 }];
  if (order.item1) out.push({ item: order.item1, qty: order.qty1, index: 1 });
  return out;
}

/** The receiver after any buyer address change / test patch. */
export function receiverOf(order: OrderRecord, buyer: Buyer = buyerFor(order.seed)) {
  const patch = order.patch?.receiver ?? {};
  return {
    name: patch.name ?? buyer.receiverName,
    safeNumber: patch.safeNumber ?? buyer.receiverSafeNumber,
    addr1: patch.addr1 ?? buyer.addr1,
    addr2: patch.addr2 ?? buyer.addr2,
    postCode: patch.postCode ?? buyer.postCode,
  };
}

export function productNameOf(order: OrderRecord, item: VendorItem): string {
  return order.patch?.productName ?? item.product.sellerProductName;
}

export function memoOf(order: OrderRecord, buyer: Buyer): string | null {
  if (order.patch && 'parcelPrintMessage' in order.patch) return order.patch.parcelPrintMessage ?? null;
  return buyer.memo === '' ? null : buyer.memo;
}

function renderItem(order: OrderRecord, line: Line, buyer: Buyer, rc: RenderContext) {
  const { item, qty } = line;
  const v5 = rc.version === 'v5';
  const money = (n: number) => (v5 ? moneyV5(n) : n);
  const unit = item.salePrice;
  const orderPrice = unit * qty;
  const instant = Math.round((orderPrice * buyer.couponPercent) / 1000) * 10;
  const canceled = (order.canceledMask & (1 << line.index)) !== 0;
  const onHold = !canceled && (order.holdMask & (1 << line.index)) !== 0;
  const productName = productNameOf(order, item);
  const delivered = deliveredAt(order, rc.now, rc.settings);
  const confirmAt = delivered && delivered + CONFIRM_AFTER_MS <= rc.now ? delivered + CONFIRM_AFTER_MS : 0;
  const base = {
    vendorItemPackageId: 0,
    vendorItemPackageName: productName,
    productId: item.product.productId,
    vendorItemId: item.vendorItemId,
    vendorItemName: `${productName}, ${item.itemName}`,
    shippingCount: qty,
    salesPrice: money(unit),
    orderPrice: money(orderPrice),
    discountPrice: money(instant),
  };
  const discounts = v5
    ? {
        instantCouponDiscount: moneyV5(instant),
        downloadableCouponDiscount: moneyV5(0),
        coupangDiscount: moneyV5(0),
      }
    : {};
  return {
    ...base,
    ...discounts,
    externalVendorSkuCode: item.externalVendorSku,
    etcInfoHeader: null,
    etcInfoValue: null,
    etcInfoValues: [],
    sellerProductId: item.product.sellerProductId,
    sellerProductName: productName,
    sellerProductItemName: item.itemName,
    firstSellerProductItemName: item.itemName,
    cancelCount: canceled ? qty : 0,
    holdCountForCancel: onHold ? qty : 0,
    estimatedShippingDate: kstDate(order.orderedAt + item.outboundShippingTimeDay * DAY_MS),
    plannedShippingDate: '',
    invoiceNumberUploadDate: order.shippedAt ? localKst(order.shippedAt) : '',
    extraProperties: {},
    pricingBadge: false,
    usedProduct: false,
    confirmDate: confirmAt ? (v5 ? isoKstMicros(confirmAt, buyer.micro) : spacedKst(confirmAt)) : null,
    deliveryChargeTypeName: order.shippingPrice > 0 ? '유료' : '무료',
    canceled,
  };
}

/** The customs code the buyer gave, or the one a test planted (a missing or mistyped code). */
function customsCodeOf(order: OrderRecord, seeded: string): string | null {
  return order.patch && 'customsCode' in order.patch ? (order.patch.customsCode ?? null) : seeded;
}

export function renderOrdersheet(order: OrderRecord, rc: RenderContext): Record<string, unknown> {
  const buyer = buyerFor(order.seed);
  const v5 = rc.version === 'v5';
  const status = orderStatus(order, rc.now, rc.settings);
  const time = (ms: number) => (ms ? (v5 ? isoKstMicros(ms, buyer.micro) : localKst(ms)) : null);
  const phone = (n: string) => (v5 ? toE164(n) : n);
  const receiver = receiverOf(order, buyer);
  const overseas = lines(order).some((l) => l.item.overseasPurchased);
  const delivered = deliveredAt(order, rc.now, rc.settings);
  const paidAt = order.orderedAt + 1000 + (buyer.micro % 50) * 100;
  const body: Record<string, unknown> = {
    shipmentBoxId: order.shipmentBoxId,
    orderId: order.orderId,
    orderedAt: time(order.orderedAt),
    orderer: {
      name: buyer.ordererName,
      email: '',
      safeNumber: phone(buyer.ordererSafeNumber),
      ordererNumber: null,
    },
    paidAt: time(paidAt),
    status,
    shippingPrice: v5 ? moneyV5(order.shippingPrice) : order.shippingPrice,
    remotePrice: order.remoteArea ? (v5 ? moneyV5(3000) : 3000) : v5 ? null : 0,
    remoteArea: order.remoteArea,
    parcelPrintMessage: memoOf(order, buyer),
    splitShipping: false,
    ableSplitShipping: order.item1 !== null,
    receiver: {
      name: receiver.name,
      safeNumber: phone(receiver.safeNumber),
      receiverNumber: null,
      addr1: receiver.addr1,
      addr2: receiver.addr2,
      postCode: receiver.postCode,
    },
    orderItems: lines(order).map((l) => renderItem(order, l, buyer, rc)),
    overseaShippingInfoDto: {
      personalCustomsClearanceCode: overseas ? customsCodeOf(order, buyer.customsCode) : null,
      ordererSsn: '',
      ordererPhoneNumber: overseas ? phone(buyer.customsPhone) : '',
    },
    deliveryCompanyName: order.courier ? courierName(order.courier) : '',
    invoiceNumber: order.invoiceNumber,
    inTrasitDateTime: time(order.shippedAt),
    deliveredDate: time(delivered),
    refer: buyer.refer,
    shipmentType: 'THIRD_PARTY',
  };
  if (v5) {
    body.isCod = false;
    body.extraProperties = { sameDayShipping: 'false', cutOffTimeHour: '0' };
  }
  return body;
}

/** `details[]` of the v5 delivery-status history, oldest first. */
export function renderHistory(order: OrderRecord, rc: RenderContext) {
  const buyer = buyerFor(order.seed);
  const a = rc.settings.coupangDepartureToDeliveringMs;
  const steps: Array<[OrderStatus, number]> = [['ACCEPT', order.orderedAt]];
  if (order.ackAt) steps.push(['INSTRUCT', order.ackAt]);
  if (order.shippedAt) {
    if (order.courier === 'DIRECT') steps.push(['NONE_TRACKING', order.shippedAt]);
    else {
      steps.push(['DEPARTURE', order.shippedAt]);
      const delivered = deliveredAt(order, rc.now, rc.settings);
      if (order.shippedAt + a <= rc.now && (!delivered || order.shippedAt + a < delivered))
        steps.push(['DELIVERING', order.shippedAt + a]);
      if (delivered) steps.push(['FINAL_DELIVERY', delivered]);
    }
  }
  return steps.map(([status, at]) => ({
    deliveryStatus: status,
    deliveryStatusDesc: STATUS_DESCRIPTIONS[status],
    updatedAt: isoKstMicros(at, buyer.micro),
  }));
}
