import type { Money } from '../../../domain/money';
import type { RevenueAmounts } from '../../../protocol/messages/money';
import type { Revenue } from './schemas';

/**
 * A revenue-history entry as cached: ids, dates and whole-won amounts, nothing about the buyer
 * (the API sends none; the projection would drop it anyway). Refund lines keep Coupang's negative
 * amounts, so sums over a period net them out.
 */
export interface RevenueItem {
  vendorItemId: string;
  productId?: string;
  productName: string;
  quantity: number;
  sale: number;
  serviceFee: number;
  serviceFeeVat: number;
  sellerDiscount: number;
  settlement: number;
}

export interface RevenueLine {
  orderId: string;
  saleType: 'SALE' | 'REFUND';
  saleDate?: string;
  recognitionDate: string;
  settlementDate?: string;
  items: RevenueItem[];
  delivery: { amount: number; fee: number; feeVat: number; settlement: number };
}

/** Cached per recognition day: an empty day is a fetched day with no lines, not a missing one. */
export interface RevenueDayRecord {
  date: string;
  lines: RevenueLine[];
}

const won = (m: Money | undefined) => m?.minor ?? 0;

export function toRevenueLine(r: Revenue): RevenueLine | null {
  if (!r.recognitionDate) return null;
  const d = r.deliveryFee;
  return {
    orderId: r.orderId,
    saleType: r.saleType === 'REFUND' ? 'REFUND' : 'SALE',
    saleDate: r.saleDate?.slice(0, 10),
    recognitionDate: r.recognitionDate.slice(0, 10),
    settlementDate: r.settlementDate?.slice(0, 10),
    items: r.items.map((i) => ({
      vendorItemId: i.vendorItemId ?? '',
      productId: i.productId,
      productName: i.productName ?? '',
      quantity: i.quantity ?? 0,
      sale: won(i.saleAmount),
      serviceFee: won(i.serviceFee),
      serviceFeeVat: won(i.serviceFeeVat),
      // Coupang-funded coupons (coupangDiscountCoupon) are not the seller's cost.
      sellerDiscount: won(i.sellerDiscountCoupon) + won(i.downloadableCoupon),
      settlement: won(i.settlementAmount),
    })),
    delivery: {
      amount: won(d?.amount),
      fee: won(d?.fee),
      feeVat: won(d?.feeVat),
      settlement: won(d?.settlementAmount),
    },
  };
}

export const zeroAmounts = (): RevenueAmounts => ({
  sale: 0,
  serviceFee: 0,
  feeVat: 0,
  shippingFee: 0,
  shippingCommission: 0,
  sellerDiscount: 0,
  settlement: 0,
});

/** Adds an item's columns into `into` (shipping columns untouched). */
export function addItem(into: RevenueAmounts, i: RevenueItem): void {
  into.sale += i.sale;
  into.serviceFee += i.serviceFee;
  into.feeVat += i.serviceFeeVat;
  into.sellerDiscount += i.sellerDiscount;
  into.settlement += i.settlement;
}

/** Adds a whole line (its items and its shipping fee) into `into`. */
export function addLine(into: RevenueAmounts, line: RevenueLine): void {
  for (const i of line.items) addItem(into, i);
  into.shippingFee += line.delivery.amount;
  into.shippingCommission += line.delivery.fee;
  into.feeVat += line.delivery.feeVat;
  into.settlement += line.delivery.settlement;
}

export function lineAmounts(line: RevenueLine): RevenueAmounts {
  const a = zeroAmounts();
  addLine(a, line);
  return a;
}
