import { z } from 'zod';
import { defineMessage } from '../define';
import { accountKey, idString } from './shared-schemas';

/**
 * Money: Coupang revenue lines (what each order settled for), payouts, profit per order. Every
 * amount is a whole number of won (KRW has no minor unit); refunds are negative. No customer data
 * exists in any of these shapes: revenue lines carry order and product ids and amounts only.
 */

const won = z.number().int();
const ymd = z.lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * The columns of a revenue row (a day, a product, an order, the period):
 * settlement = sale + shippingFee − serviceFee − feeVat − shippingCommission − sellerDiscount.
 */
export const revenueAmounts = z.object({
  /** Item sale amounts (price × quantity), before coupons. */
  sale: won,
  /** Coupang's sales commission on the items (VAT not included). */
  serviceFee: won,
  /** VAT on both commissions (sales and shipping fee). */
  feeVat: won,
  /** The shipping fee the buyer paid (settled to the seller). */
  shippingFee: won,
  /** Coupang's commission on that shipping fee (VAT not included). */
  shippingCommission: won,
  /** Coupons and discounts the seller bears. */
  sellerDiscount: won,
  /** What Coupang settles to the seller. */
  settlement: won,
});
export type RevenueAmounts = z.infer<typeof revenueAmounts>;

export const revenueDay = revenueAmounts.extend({ date: ymd, orders: z.lazy(() => z.number().int()) });
export type RevenueDay = z.infer<typeof revenueDay>;

export const revenueProduct = revenueAmounts.extend({
  vendorItemId: z.string(),
  productName: z.string(),
  quantity: z.lazy(() => z.number().int()),
  /** The seller's unit cost for this item, when entered. */
  unitCost: won.optional(),
});
export type RevenueProduct = z.infer<typeof revenueProduct>;

/** Profit for the period: revenue (sale + shipping), Coupang's fees, the seller's cost. */
export const profitSummary = z.lazy(() =>
  z.object({
    revenue: won,
    fees: won,
    discounts: won,
    cost: won,
    profit: won,
    /** profit / revenue in tenths of a percent (one decimal), absent when revenue is 0. */
    marginTenths: z.number().int().optional(),
    /** Item lines whose product has no unit cost yet (their cost counts as 0). */
    linesWithoutCost: z.number().int(),
  }),
);
export type ProfitSummary = z.infer<typeof profitSummary>;

/** A delivered order Coupang should have recognised by now but no revenue line names. */
const revenueGap = z.lazy(() =>
  z.object({
    orderId: idString,
    deliveredDate: ymd,
    expectedDate: ymd,
  }),
);

export const revenueReport = z.lazy(() =>
  z.object({
    accountKey,
    /** The range actually covered (`to` is at most yesterday, KST). */
    from: ymd,
    to: ymd,
    fetchedAt: z.number(),
    totals: revenueAmounts.extend({ orders: z.number().int(), lines: z.number().int() }),
    /** Every date of the range, oldest first (zero rows included, so the chart shows quiet days). */
    days: z.array(revenueDay),
    /** By vendor item, highest sale first. */
    products: z.array(revenueProduct),
    profit: profitSummary,
    gaps: z.array(revenueGap),
  }),
);
export type RevenueReport = z.infer<typeof revenueReport>;

/** One order's profit: actual from its revenue line, or estimated before Coupang recognises it. */
export const orderProfit = z.lazy(() =>
  z.object({
    orderId: idString,
    basis: z.enum(['actual', 'estimated']),
    saleType: z.enum(['SALE', 'REFUND']),
    /** Recognition date (actual) or order date (estimated), KST. */
    date: ymd,
    productSummary: z.string(),
    sale: won,
    shippingFee: won,
    /** serviceFee + feeVat + shippingCommission. */
    fees: won,
    sellerDiscount: won,
    settlement: won,
    /** Actual rows of a synced order: what the landed-cost calculator expected Coupang to settle. */
    calculatorSettlement: won.optional(),
    cost: won,
    costKnown: z.boolean(),
    profit: won,
  }),
);
export type OrderProfit = z.infer<typeof orderProfit>;

export const payoutRow = z.lazy(() =>
  z.object({
    settlementType: z.string(),
    yearMonth: z.string(),
    from: z.string().optional(),
    to: z.string().optional(),
    /** When Coupang pays (expected while the status is not DONE). */
    settlementDate: z.string().optional(),
    status: z.string().optional(),
    totalSale: won,
    serviceFee: won,
    targetAmount: won,
    /** Paid in this settlement. */
    amount: won,
    /** Held back until the final settlement (weekly payouts pay 70 % first). */
    lastAmount: won,
    finalAmount: won,
  }),
);
export type PayoutRow = z.infer<typeof payoutRow>;

const range = {
  accountKey,
  from: ymd,
  to: ymd,
};

export const moneyMessages = {
  /** Revenue for a date range (KST), fetched in ≤31-day windows and cached with the reference TTL. */
  'money.revenue': defineMessage({
    needsConsent: true,
    request: () => z.object({ ...range, refresh: z.boolean().optional() }).strict(),
    reply: () => revenueReport,
    senders: ['extension-page'],
  }),
  /** Per-order profit rows of a range (from the cache the last money.revenue filled), a window at a time. */
  'money.orders': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          ...range,
          offset: z.number().int().min(0),
          limit: z.number().int().min(1).max(500),
        })
        .strict(),
    reply: () => z.object({ total: z.number().int(), rows: z.array(orderProfit) }),
    senders: ['extension-page'],
  }),
  /** The seller's revenue lines as CSV text (header in the seller's language; no customer data). */
  'money.exportCsv': defineMessage({
    needsConsent: true,
    request: () => z.object({ ...range }).strict(),
    reply: () => z.object({ csv: z.string(), filename: z.string(), lines: z.number().int() }),
    senders: ['extension-page'],
  }),
  /** Payout (settlement) history for the current and previous months. */
  'money.payouts': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, months: z.number().int().min(1).max(12).default(3) }).strict(),
    reply: () => z.object({ rows: z.array(payoutRow), fetchedAt: z.number() }),
    senders: ['extension-page'],
  }),
  /** The seller's unit cost per vendor item (their own numbers, never sent anywhere). */
  'money.costs': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ costs: z.record(z.string(), won) }),
    senders: ['extension-page'],
  }),
  'money.setCost': defineMessage({
    needsConsent: false,
    request: () =>
      z
        .object({
          vendorItemId: idString,
          /** Whole won; null removes it. */
          unitCost: won.min(0).max(100_000_000).nullable(),
        })
        .strict(),
    reply: () => z.object({ costs: z.record(z.string(), won) }),
    senders: ['extension-page'],
  }),
} as const;
