import type { DomainOrder } from '../../../domain/order';
import type { ProductLink } from '../../../protocol/messages/crossborder';
import type { RestockLine } from '../../../protocol/messages/crossborder-restock';
import { daysOfCover } from '../../coupang/rocket-growth/stock';

const DAY_MS = 86_400_000;

/** What is known of one Coupang option from the products list of a connected account. */
export interface OptionFacts {
  productName: string;
  itemName: string;
  stock?: number;
}

export interface LineInputs {
  options: ReadonlyMap<string, OptionFacts>;
  /** Rocket Growth stock rows (Coupang's orderable stock and its 30-day sales count). */
  rg: ReadonlyMap<string, { stock: number; sales30: number }>;
  /** Units sold per option in the synced Coupang orders of the last 30 days. */
  sales30: ReadonlyMap<string, number>;
  /** Coupang units bought for stock and not received yet, per option. */
  onOrder: ReadonlyMap<string, number>;
  /** Names from synced orders, for options the products list has not shown yet. */
  names: ReadonlyMap<string, { productName: string; optionName?: string }>;
  sourcingOffers: ReadonlySet<string>;
  unitCostFen: (link: ProductLink) => number | undefined;
  coverDays: number;
}

/**
 * Units of each option sold in Coupang orders placed in the 30 days before `now` (cancelled orders
 * left out). Only orders shipped by the seller are synced: Rocket Growth sales come from Coupang's
 * own 30-day count instead.
 */
export function salesLast30Days(orders: readonly DomainOrder[], now: number): Map<string, number> {
  const since = now - 30 * DAY_MS;
  const out = new Map<string, number>();
  for (const o of orders) {
    if (o.marketplace !== 'coupang' || o.workState === 'cancelled') continue;
    const at = Date.parse(o.orderedAt);
    if (!(at >= since && at <= now)) continue;
    for (const l of o.lines) if (l.itemId) out.set(l.itemId, (out.get(l.itemId) ?? 0) + l.quantity);
  }
  return out;
}

/**
 * Coupang units to buy so the stock covers `coverDays` at the last 30 days' pace: the units those
 * days sell (rounded up) less the stock and what is already on order; never below zero, and zero
 * for an option that sold nothing.
 */
export function suggestedQuantity(stock: number, sales30: number, onOrder: number, coverDays: number): number {
  if (sales30 <= 0) return 0;
  const need = Math.ceil((sales30 * coverDays) / 30);
  return Math.max(0, need - Math.max(0, stock) - onOrder);
}

/** One plan line per 사입 link: stock and pace from Rocket Growth when the option is RG, else seller stock and synced orders. */
export function restockLine(link: ProductLink, x: LineInputs): RestockLine {
  const id = link.vendorItemId;
  const option = x.options.get(id);
  const rg = x.rg.get(id);
  const sales30 = x.sales30.get(id) ?? 0;
  const onOrder = x.onOrder.get(id) ?? 0;
  const stock = rg ? rg.stock : option?.stock;
  const pace = rg ? rg.sales30 : sales30;
  const days = stock === undefined ? undefined : daysOfCover(stock, pace);
  const name = option ? { productName: option.productName, optionName: option.itemName } : x.names.get(id);
  const cost = x.unitCostFen(link);
  return {
    vendorItemId: id,
    ...(name?.productName ? { productName: name.productName } : {}),
    ...(name?.optionName ? { optionName: name.optionName } : {}),
    offerId: link.offerId,
    ...(link.specId ? { specId: link.specId } : {}),
    unitsPerItem: link.unitsPerItem,
    onSourcingList: x.sourcingOffers.has(link.offerId),
    ...(option?.stock !== undefined ? { sellerStock: option.stock } : {}),
    sales30,
    ...(rg ? { rg: { stock: rg.stock, sales30: rg.sales30 } } : {}),
    ...(days !== undefined ? { daysOfCover: days } : {}),
    onOrder,
    suggested: suggestedQuantity(stock ?? 0, pace, onOrder, x.coverDays),
    ...(cost !== undefined ? { unitCostFen: cost } : {}),
  };
}
