import { orderKey } from '../../../domain/keys';
import { addMoney, type Money, money } from '../../../domain/money';
import type { DomainOrder, OrderLine, TimelineEntry, TimelineEvent, WorkState } from '../../../domain/order';
import { statusRow } from '../../../domain/order-status';
import { formatKoreanPhone } from '../../../privacy/phone';
import { findCourier } from '../api/couriers';
import { coupangToKstIso } from '../api/kst';
import type { OrderItem, Ordersheet } from './schemas';

/**
 * Coupang ordersheet → DomainOrder. Every timestamp is already a KST ISO string (the schema
 * converted it); money is KRW; ids are strings.
 */

export interface OrderMapContext {
  vendorId: string;
  /**
   * A stop-shipment request (return list status RU) is open for this box. The ordersheet alone only
   * shows cancels Coupang is holding (`holdCountForCancel`), so the caller passes what it knows.
   */
  cancelRequested?: boolean;
}

const isPreShipment = (status: string) => statusRow('coupang', status).preShipment;

function isItemCancelled(item: OrderItem): boolean {
  return item.canceled === true || (item.cancelCount ?? 0) >= item.shippingCount;
}

export function workStateOf(sheet: Ordersheet, cancelRequested = false): WorkState {
  const items = sheet.orderItems;
  if (items.length > 0 && items.every(isItemCancelled)) return 'cancelled';
  if (cancelRequested) return 'cancelRequested';
  if (isPreShipment(sheet.status) && items.some((i) => (i.holdCountForCancel ?? 0) > 0)) return 'cancelRequested';
  return statusRow('coupang', sheet.status).workState;
}

/**
 * Latest hand-over time: the earliest per-item ship date (split-shipping plan first, else the
 * expected ship date Coupang computed at order time), at 23:59:59 KST when only a date is given.
 * Only for orders not yet shipped — afterwards there is no deadline to highlight.
 */
export function shipByOf(sheet: Ordersheet): string | undefined {
  if (!isPreShipment(sheet.status)) return undefined;
  let earliest: string | undefined;
  for (const item of sheet.orderItems) {
    if (isItemCancelled(item)) continue;
    const raw = item.plannedShippingDate ?? item.estimatedShippingDate;
    if (!raw) continue;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T23:59:59+09:00` : coupangToKstIso(raw);
    if (iso && (!earliest || iso < earliest)) earliest = iso; // same offset → string order = time order
  }
  return earliest;
}

function lineTotal(item: OrderItem): Money {
  return item.orderPrice ?? money('KRW', item.salesPrice.minor * item.shippingCount);
}

function mapLines(items: OrderItem[]): OrderLine[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.vendorItemId) ?? 0) + 1;
    seen.set(item.vendorItemId, n);
    return {
      lineId: n === 1 ? item.vendorItemId : `${item.vendorItemId}#${n}`,
      productName: item.sellerProductName ?? item.vendorItemName ?? '',
      optionName: item.sellerProductItemName,
      quantity: item.shippingCount,
      unitPrice: item.salesPrice,
      itemId: item.vendorItemId,
      productId: item.sellerProductId,
    };
  });
}

function latest(values: Array<string | undefined>): string | undefined {
  return values
    .filter((v): v is string => !!v)
    .sort()
    .pop();
}

function timelineOf(sheet: Ordersheet): TimelineEntry[] {
  const entries: Array<[string | undefined, TimelineEvent]> = [
    [sheet.orderedAt, 'ordered'],
    [sheet.paidAt, 'paid'],
    [latest(sheet.orderItems.map((i) => i.invoiceNumberUploadDate)), 'invoiceUploaded'],
    [sheet.inTrasitDateTime, 'shipped'],
    [sheet.deliveredDate, 'delivered'],
    [latest(sheet.orderItems.map((i) => i.confirmDate)), 'purchaseConfirmed'],
  ];
  return entries
    .filter((e): e is [string, TimelineEvent] => !!e[0])
    .map(([at, label]) => ({ at, label }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export function mapOrdersheet(sheet: Ordersheet, context: OrderMapContext): DomainOrder {
  const shippingFee = addMoney(sheet.shippingPrice ?? money('KRW', 0), sheet.remotePrice ?? money('KRW', 0));
  // Gross order value: item prices (after seller price, before Coupang-funded discounts) + shipping.
  const total = sheet.orderItems.reduce((sum, item) => addMoney(sum, lineTotal(item)), shippingFee);
  const receiver = sheet.receiver;
  const customsCode = sheet.overseaShippingInfoDto?.personalCustomsClearanceCode;
  const courierName = sheet.deliveryCompanyName;
  const shipBy = shipByOf(sheet);
  return {
    key: orderKey('coupang', context.vendorId, sheet.shipmentBoxId),
    marketplace: 'coupang',
    accountId: context.vendorId,
    role: 'seller',
    orderId: sheet.orderId,
    shipmentId: sheet.shipmentBoxId,
    marketStatus: sheet.status,
    workState: workStateOf(sheet, context.cancelRequested),
    orderedAt: sheet.orderedAt,
    ...(sheet.paidAt ? { paidAt: sheet.paidAt } : {}),
    ...(shipBy ? { shipBy } : {}),
    lines: mapLines(sheet.orderItems),
    total,
    shippingFee,
    recipient: {
      name: receiver?.name ?? '',
      // The safe (virtual 050x) number; the real number is normally null and only a fallback.
      // Stored as Wing writes it (0505-3269-0325): the API may give E.164 (+8250532690325).
      phone: formatKoreanPhone(receiver?.safeNumber ?? receiver?.receiverNumber ?? ''),
      postcode: receiver?.postCode ?? '',
      address: receiver?.addr1 ?? '',
      addressDetail: receiver?.addr2 ?? '',
      ...(customsCode ? { customsCode } : {}),
      ...(sheet.parcelPrintMessage ? { memo: sheet.parcelPrintMessage } : {}),
    },
    shipping: {
      ...(courierName ? { courierName, courierCode: findCourier(courierName)?.code } : {}),
      ...(sheet.invoiceNumber ? { trackingNumber: sheet.invoiceNumber } : {}),
      ...(sheet.inTrasitDateTime ? { shippedAt: sheet.inTrasitDateTime } : {}),
      ...(sheet.deliveredDate ? { deliveredAt: sheet.deliveredDate } : {}),
    },
    timeline: timelineOf(sheet),
  };
}
