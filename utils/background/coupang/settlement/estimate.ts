import { calculateLandedCost } from '../../../calculator/landed-cost';
import type { CalculatorSettings } from '../../../calculator/settings';
import type { DomainOrder } from '../../../domain/order';
import type { OrderProfit } from '../../../protocol/messages/money';
import { kstDate } from '../api/kst';
import { summary, type UnitCosts } from './report';

/** Orders that will earn revenue but have no revenue line yet (paid, not cancelled). */
const EARNING = new Set(['new', 'toShip', 'inTransit', 'delivered', 'cancelRequested']);

/**
 * What the landed-cost calculator says Coupang settles for this order: its margin with no goods
 * cost, from the seller's settings (category commission, fee VAT, shipping-fee commission) and
 * the order's own sale and buyer-paid shipping fee.
 */
export function calculatorSettlement(o: DomainOrder, settings: CalculatorSettings) {
  const sale = o.lines.reduce((s, l) => s + l.unitPrice.minor * l.quantity, 0);
  const shippingFee = o.shippingFee?.minor ?? 0;
  const r = calculateLandedCost({
    tiers: [],
    unitPriceFenOverride: 0,
    quantity: 1,
    krwPerCny: 1,
    shipping: { mode: 'perUnit', perUnitKrw: 0 },
    dutyPercent: 0,
    vatPercent: 0,
    commissionPercent: settings.commissionPercent,
    feeVatPercent: settings.feeVatPercent,
    shippingFeeCommissionPercent: settings.shippingFeeCommissionPercent,
    coupangShippingFeeKrw: 0,
    buyerShippingFeeKrw: shippingFee,
    salePriceKrw: sale,
  });
  return {
    sale,
    shippingFee,
    fees: (r.commissionKrw ?? 0) + (r.commissionVatKrw ?? 0) + r.shippingCommissionKrw,
    settlement: r.marginKrw ?? 0,
  };
}

/**
 * Profit of an order Coupang has not recognised yet, from the seller's calculator settings (the
 * category commission, its VAT, the shipping-fee commission): marked `estimated`. Seller-funded
 * coupons are unknown until the revenue line exists and count as 0 here.
 */
export function estimatedProfit(o: DomainOrder, settings: CalculatorSettings, costs: UnitCosts): OrderProfit | null {
  if (o.marketplace !== 'coupang' || !EARNING.has(o.workState)) return null;
  const est = calculatorSettlement(o, settings);
  let cost = 0;
  let known = true;
  for (const l of o.lines) {
    const unit = l.itemId ? costs[l.itemId] : undefined;
    if (unit === undefined) known = false;
    else cost += unit * l.quantity;
  }
  const ordered = Date.parse(o.orderedAt);
  return {
    orderId: o.orderId,
    basis: 'estimated',
    saleType: 'SALE',
    date: Number.isNaN(ordered) ? o.orderedAt.slice(0, 10) : kstDate(ordered),
    productSummary: summary(o.lines.map((l) => l.productName)),
    sale: est.sale,
    shippingFee: est.shippingFee,
    fees: est.fees,
    sellerDiscount: 0,
    settlement: est.settlement,
    cost,
    costKnown: known,
    profit: est.settlement - cost,
  };
}
