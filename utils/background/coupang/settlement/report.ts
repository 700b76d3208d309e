import type { DomainOrder } from '../../../domain/order';
import type {
  OrderProfit,
  ProfitSummary,
  RevenueDay,
  RevenueProduct,
  RevenueReport,
} from '../../../protocol/messages/money';
import { addDays, kstDate } from '../api/kst';
import type { DateWindow } from '../api/windows';
import { addItem, addLine, lineAmounts, type RevenueLine, zeroAmounts } from './mapping';
import { eachDay } from './windows';

/**
 * Pure aggregation of cached revenue lines into what the money view shows. Every sum is of whole
 * won integers taken from Coupang's own line amounts, so the totals equal Coupang's to the won.
 */

/** Coupang recognises a delivered order this many days after delivery (purchase confirmation). */
const RECOGNITION_DAYS = 7;

export type UnitCosts = Readonly<Record<string, number>>;

/** The seller's cost of a line: unit cost × quantity per item; a refund gives the cost back. */
function lineCost(line: RevenueLine, costs: UnitCosts): { cost: number; known: boolean; missing: number } {
  const sign = line.saleType === 'REFUND' ? -1 : 1;
  let cost = 0;
  let missing = 0;
  for (const i of line.items) {
    const unit = costs[i.vendorItemId];
    if (unit === undefined) missing++;
    else cost += sign * unit * Math.abs(i.quantity);
  }
  return { cost, known: missing === 0, missing };
}

/** margin in tenths of a percent, half away from zero, integers only. */
export function marginTenths(profit: number, revenue: number): number | undefined {
  if (revenue === 0) return undefined;
  const sign = Math.sign(profit) * Math.sign(revenue);
  const p = Math.abs(profit);
  const r = Math.abs(revenue);
  return sign * Math.floor((2 * p * 1000 + r) / (2 * r));
}

export function profitOf(lines: readonly RevenueLine[], costs: UnitCosts): ProfitSummary {
  const a = zeroAmounts();
  let cost = 0;
  let linesWithoutCost = 0;
  for (const l of lines) {
    addLine(a, l);
    const c = lineCost(l, costs);
    cost += c.cost;
    linesWithoutCost += c.missing;
  }
  const revenue = a.sale + a.shippingFee;
  const fees = a.serviceFee + a.feeVat + a.shippingCommission;
  // settlement = revenue − fees − discounts (Coupang's identity); profit is what is left after cost.
  const profit = a.settlement - cost;
  const m = marginTenths(profit, revenue);
  return {
    revenue,
    fees,
    discounts: a.sellerDiscount,
    cost,
    profit,
    ...(m === undefined ? {} : { marginTenths: m }),
    linesWithoutCost,
  };
}

export function buildReport(input: {
  accountKey: string;
  range: DateWindow;
  lines: readonly RevenueLine[];
  costs: UnitCosts;
  orders: readonly DomainOrder[];
  fetchedAt: number;
  productLimit?: number;
}): RevenueReport {
  const { range, lines, costs } = input;
  const days = new Map<string, RevenueDay>(eachDay(range).map((date) => [date, { date, orders: 0, ...zeroAmounts() }]));
  const products = new Map<string, RevenueProduct>();
  const totals = { ...zeroAmounts(), orders: 0, lines: 0 };
  const orderIds = new Set<string>();
  for (const line of lines) {
    const day = days.get(line.recognitionDate);
    if (!day) continue;
    addLine(day, line);
    day.orders++;
    addLine(totals, line);
    totals.lines++;
    orderIds.add(line.orderId);
    for (const item of line.items) {
      let p = products.get(item.vendorItemId);
      if (!p) {
        p = { vendorItemId: item.vendorItemId, productName: item.productName, quantity: 0, ...zeroAmounts() };
        const unit = costs[item.vendorItemId];
        if (unit !== undefined) p.unitCost = unit;
        products.set(item.vendorItemId, p);
      }
      addItem(p, item);
      p.quantity += line.saleType === 'REFUND' ? -Math.abs(item.quantity) : item.quantity;
    }
  }
  totals.orders = orderIds.size;
  return {
    accountKey: input.accountKey,
    from: range.from,
    to: range.to,
    fetchedAt: input.fetchedAt,
    totals,
    days: [...days.values()],
    products: [...products.values()].sort((a, b) => b.sale - a.sale).slice(0, input.productLimit ?? 200),
    profit: profitOf(lines, costs),
    gaps: findGaps(range, lines, input.orders),
  };
}

/**
 * Delivered orders whose recognition day (delivery + 7 days, KST) lies in the fetched range but
 * which no revenue line names: Coupang owes the seller a line for them.
 */
export function findGaps(range: DateWindow, lines: readonly RevenueLine[], orders: readonly DomainOrder[]) {
  const named = new Set(lines.map((l) => l.orderId));
  const gaps: RevenueReport['gaps'] = [];
  const seen = new Set<string>();
  for (const o of orders) {
    if (o.marketplace !== 'coupang' || o.workState !== 'delivered' || !o.shipping.deliveredAt) continue;
    if (named.has(o.orderId) || seen.has(o.orderId)) continue;
    const delivered = Date.parse(o.shipping.deliveredAt);
    if (Number.isNaN(delivered)) continue;
    const deliveredDate = kstDate(delivered);
    const expectedDate = addDays(deliveredDate, RECOGNITION_DAYS);
    if (expectedDate < range.from || expectedDate > range.to) continue;
    seen.add(o.orderId);
    gaps.push({ orderId: o.orderId, deliveredDate, expectedDate });
  }
  return gaps.sort((a, b) => (a.expectedDate < b.expectedDate ? -1 : a.expectedDate > b.expectedDate ? 1 : 0));
}

/** One order's actual profit, from its revenue line. */
export function actualProfit(line: RevenueLine, costs: UnitCosts): OrderProfit {
  const a = lineAmounts(line);
  const c = lineCost(line, costs);
  return {
    orderId: line.orderId,
    basis: 'actual',
    saleType: line.saleType,
    date: line.recognitionDate,
    productSummary: summary(line.items.map((i) => i.productName)),
    sale: a.sale,
    shippingFee: a.shippingFee,
    fees: a.serviceFee + a.feeVat + a.shippingCommission,
    sellerDiscount: a.sellerDiscount,
    settlement: a.settlement,
    cost: c.cost,
    costKnown: c.known,
    profit: a.settlement - c.cost,
  };
}

export function summary(names: string[]): string {
  const unique = [...new Set(names.filter(Boolean))];
  return unique.length > 1 ? `${unique[0]} +${unique.length - 1}` : (unique[0] ?? '');
}
