import { orderKey } from '../../../domain/keys';
import type { Money } from '../../../domain/money';
import type { DomainOrder, OrderLine, Recipient, TimelineEntry, TimelineEvent } from '../../../domain/order';
import { yuan } from '../api/amounts';
import { parseAnyAopDate, toChinaIso } from '../api/aop-time';
import type { TradeInfo } from './schemas';
import { workStateOf } from './work-state';

/** `TradeInfo` (seller or buyer view) → the marketplace-neutral order. Money in yuan → fen. */
class OrderMappingError extends Error {
  override readonly name = 'OrderMappingError';
}

/** A date field as ISO +08:00; unreadable dates are dropped rather than invented. */
function iso(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = parseAnyAopDate(text);
  return t === undefined ? undefined : toChinaIso(t);
}

/**
 * The exact order id: `idOfStr`, or `id` only when it is a safe integer. The plain `id` above
 * 2^53 is already rounded by the server (sample: 58218860983545944 vs idOfStr …941).
 */
function exactOrderId(base: TradeInfo['baseInfo']): string {
  if (base.idOfStr) return base.idOfStr;
  if (typeof base.id === 'number' && Number.isSafeInteger(base.id)) return String(base.id);
  throw new OrderMappingError('order has no exact id (idOfStr missing)');
}

function lineId(item: TradeInfo['productItems'][number], orderId: string, index: number): string {
  if (item.subItemIDString) return item.subItemIDString;
  if (typeof item.subItemID === 'number' && Number.isSafeInteger(item.subItemID)) return String(item.subItemID);
  return `${orderId}#${index}`;
}

function lines(info: TradeInfo, orderId: string): OrderLine[] {
  return info.productItems.map((item, index) => {
    const option = item.skuInfos?.map((s) => `${s.name}: ${s.value}`).join(', ');
    const line: OrderLine = {
      lineId: lineId(item, orderId, index),
      productName: item.name,
      quantity: item.quantity,
      unitPrice: yuan(item.price),
    };
    if (option) line.optionName = option;
    if (item.skuID !== undefined) line.itemId = item.skuID;
    if (item.productID !== undefined) line.productId = item.productID;
    return line;
  });
}

const joinNonEmpty = (parts: (string | undefined)[], sep = ' ') => parts.filter((p) => p && p.trim() !== '').join(sep);

/** Prefers the structured `nativeLogistics` receiver; falls back to `baseInfo.receiverInfo`. */
function recipient(info: TradeInfo): Recipient {
  const n = info.nativeLogistics;
  const r = info.baseInfo.receiverInfo;
  const memo = info.baseInfo.buyerFeedback;
  if (n && (n.contactPerson || n.address)) {
    return {
      name: n.contactPerson ?? '',
      phone: n.mobile || n.telephone || '',
      postcode: n.zip ?? '',
      address: joinNonEmpty([n.province, n.city, n.area, n.town]),
      addressDetail: n.address ?? '',
      ...(memo ? { memo } : {}),
    };
  }
  return {
    name: r?.toFullName ?? '',
    phone: r?.toMobile || r?.toPhone || '',
    postcode: r?.toPost ?? '',
    address: r?.toArea ?? '',
    addressDetail: '',
    ...(memo ? { memo } : {}),
  };
}

function timeline(base: TradeInfo['baseInfo']): TimelineEntry[] {
  const entries: [string | undefined, TimelineEvent][] = [
    [base.createTime, 'ordered'],
    [base.payTime, 'paid'],
    [base.allDeliveredTime, 'shipped'],
    [base.receivingTime, 'received'],
    [base.completeTime, 'completed'],
  ];
  const out: TimelineEntry[] = [];
  for (const [when, label] of entries) {
    const at = iso(when);
    if (at) out.push({ at, label });
  }
  return out;
}

function counterparty(info: TradeInfo, role: 'seller' | 'buyer'): string | undefined {
  const b = info.baseInfo;
  const name =
    role === 'seller'
      ? b.buyerContact?.companyName || b.buyerContact?.name || b.buyerLoginId
      : b.sellerContact?.companyName || b.sellerContact?.name || b.sellerLoginId;
  return name || undefined;
}

export function toDomainOrder(info: TradeInfo, role: 'seller' | 'buyer', memberId: string): DomainOrder {
  const base = info.baseInfo;
  const orderId = exactOrderId(base);
  const orderedAt = iso(base.createTime);
  if (!orderedAt) throw new OrderMappingError('order createTime is not a 1688 date');
  const firstParcel = info.nativeLogistics?.logisticsItems?.[0];
  const shippedAt = iso(firstParcel?.deliveredTime) ?? iso(base.allDeliveredTime);
  const deliveredAt = iso(base.receivingTime);
  const shippingFee: Money | undefined = base.shippingFee !== undefined ? yuan(base.shippingFee) : undefined;
  const paidAt = iso(base.payTime);

  const order: DomainOrder = {
    key: orderKey('alibaba', memberId, orderId),
    marketplace: 'alibaba',
    accountId: memberId,
    role,
    orderId,
    shipmentId: orderId,
    marketStatus: base.status,
    workState: workStateOf(base.status, role, base.refundStatus),
    orderedAt,
    lines: lines(info, orderId),
    total: yuan(base.totalAmount),
    recipient: recipient(info),
    shipping: {
      ...(firstParcel?.logisticsCompanyNo || firstParcel?.logisticsCode
        ? { courierCode: firstParcel.logisticsCompanyNo || firstParcel.logisticsCode }
        : {}),
      ...(firstParcel?.logisticsCompanyName ? { courierName: firstParcel.logisticsCompanyName } : {}),
      ...(firstParcel?.logisticsBillNo ? { trackingNumber: firstParcel.logisticsBillNo } : {}),
      ...(shippedAt ? { shippedAt } : {}),
      ...(deliveredAt ? { deliveredAt } : {}),
    },
    timeline: timeline(base),
  };
  if (paidAt) order.paidAt = paidAt;
  if (shippingFee) order.shippingFee = shippingFee;
  const name = counterparty(info, role);
  if (name) order.counterpartyName = name;
  return order;
}
