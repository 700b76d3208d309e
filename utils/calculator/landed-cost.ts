/**
 * Landed cost of a 1688 offer in Korea and the margin of selling it on Coupang. Pure integer
 * arithmetic, no floats in money:
 *
 * - Inputs are scaled to integers first: the CNY→KRW rate to 1/10,000 won (4 decimals), percents
 *   to 1/100 of a percent (2 decimals), the unit weight to grams (3 decimals of a kg). More
 *   decimals than that are rounded half-up to that precision.
 * - Every line item (goods, international shipping, duty, VAT, Coupang commission) is rounded to
 *   a whole won, half-up, on its own; totals are sums of the rounded lines, so the figures the
 *   seller sees always add up.
 * - Duty is charged on goods + international shipping (the CIF basis, insurance not modelled);
 *   import VAT on goods + shipping + duty. Both are costs here (the seller's sales-VAT return,
 *   which may reclaim import VAT, is not modelled).
 * - Coupang's commission is a percent of the sale price (the price the buyer pays, VAT included),
 *   plus VAT on that commission (10 %, rounded to the won on its own), as Coupang settles it.
 * - A shipping fee the buyer pays is the seller's income less Coupang's shipping-fee commission
 *   (3 %) and its VAT — the same rule as the revenue line's deliveryFee (coupang-fees.ts).
 * - Margin = sale price − commission − commission VAT + buyer shipping fee net of its commission
 *   − Coupang shipping fee − landed cost, in whole won. With no cost it is exactly what Coupang
 *   settles for the order (the revenue line's settlement amount, seller coupons aside).
 * - Margin % = margin / sale price, rounded half away from zero to one decimal (display only).
 * - Break-even price = the smallest whole-won sale price whose margin is ≥ 0.
 */

import { COUPANG_FEE_VAT_PERCENT, COUPANG_SHIPPING_FEE_COMMISSION_PERCENT } from './coupang-fees';

export interface PriceTier {
  /** The tier applies from this quantity up. */
  minQty: number;
  /** Unit price in fen (1/100 yuan). */
  priceFen: number;
}

export type ShippingInput =
  | { mode: 'perUnit'; perUnitKrw: number }
  | { mode: 'perKg'; perKgKrw: number; unitWeightKg: number };

export interface LandedCostInput {
  tiers: readonly PriceTier[];
  /** Units the seller plans to order (picks the tier). */
  quantity: number;
  /** The seller's own unit price (fen), e.g. a SKU price or a negotiated one; replaces the tier price. */
  unitPriceFenOverride?: number;
  /** Won per yuan, set by the seller (e.g. 191.25). */
  krwPerCny: number;
  shipping: ShippingInput;
  dutyPercent: number;
  vatPercent: number;
  commissionPercent: number;
  /** What the seller pays per unit to ship to the Coupang buyer. */
  coupangShippingFeeKrw: number;
  /** Target sale price on Coupang (KRW); without it there is no margin, only the break-even price. */
  salePriceKrw?: number;
  /** VAT on Coupang's commissions, percent (default 10). */
  feeVatPercent?: number;
  /** Shipping fee the buyer pays per order (KRW, default 0): income, less Coupang's commission on it. */
  buyerShippingFeeKrw?: number;
  /** Coupang's commission on that shipping fee, percent (default 3). */
  shippingFeeCommissionPercent?: number;
}

export interface LandedCostResult {
  /** Index into the tiers sorted by minQty, or -1 when the override price is used or there are no tiers. */
  tierIndex: number;
  /** The quantity is below the first tier's minimum (the first tier's price is used). */
  belowFirstTier: boolean;
  unitPriceFen: number;
  goodsKrw: number;
  shippingKrw: number;
  dutyKrw: number;
  vatKrw: number;
  /** Per unit: goods + shipping + duty + VAT. */
  landedKrw: number;
  /** For the whole quantity. */
  orderGoodsFen: number;
  orderLandedKrw: number;
  coupangShippingKrw: number;
  commissionKrw?: number;
  /** VAT on the commission. */
  commissionVatKrw?: number;
  /** Coupang's commission on the buyer-paid shipping fee, VAT included. */
  shippingCommissionKrw: number;
  /** What Coupang settles: sale − commission − its VAT + shipping fee − its commission and VAT. */
  settlementKrw?: number;
  marginKrw?: number;
  marginPercent?: number;
  /** Undefined when no price can break even (commission ≥ 100 %). */
  breakEvenKrw?: number;
}

export class CalculatorInputError extends RangeError {
  constructor(readonly field: string) {
    super(`invalid calculator input: ${field}`);
  }
}

const RATE_SCALE = 10_000n; // rate in 1/10,000 won
const PCT_SCALE = 10_000n; // percent × 100 → fraction of 10,000
const GRAMS = 1_000n;

/** A non-negative decimal as an integer of `10^digits` units, rounded half-up. */
export function toScaled(value: number, digits: number, field: string): bigint {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e12)
    throw new CalculatorInputError(field);
  // Decimal digits from toFixed (two extra to round on), avoiding 1.005 * 100 = 100.49999… surprises.
  const [int, frac = ''] = value.toFixed(digits + 2).split('.');
  const kept = BigInt(int + frac.slice(0, digits));
  return Number(frac.slice(digits)) >= 50 ? kept + 1n : kept;
}

function wholeNonNegative(value: number, field: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new CalculatorInputError(field);
  return BigInt(value);
}

/** round(a × b / d), half-up, for non-negative integers. */
export function mulDivRound(a: bigint, b: bigint, d: bigint): bigint {
  return (2n * a * b + d) / (2n * d);
}

/** The tier for a quantity: the last one whose minimum it reaches (the first one below every minimum). */
export function pickTier(tiers: readonly PriceTier[], quantity: number): { index: number; below: boolean } {
  const first = tiers[0];
  if (!first) return { index: -1, below: false };
  let index = 0;
  tiers.forEach((tier, i) => {
    if (tier.minQty <= quantity) index = i;
  });
  return { index, below: quantity < first.minQty };
}

export function sortTiers(tiers: readonly PriceTier[]): PriceTier[] {
  return [...tiers].sort((a, b) => a.minQty - b.minQty);
}

function percentOf(amount: bigint, pctScaled: bigint): bigint {
  return mulDivRound(amount, pctScaled, PCT_SCALE);
}

export function calculateLandedCost(input: LandedCostInput): LandedCostResult {
  const quantity = wholeNonNegative(input.quantity, 'quantity');
  if (quantity === 0n) throw new CalculatorInputError('quantity');
  const tiers = sortTiers(input.tiers);
  const picked = pickTier(tiers, input.quantity);
  let unitPriceFen: bigint;
  let tierIndex = picked.index;
  if (input.unitPriceFenOverride !== undefined) {
    unitPriceFen = wholeNonNegative(input.unitPriceFenOverride, 'unitPriceFenOverride');
    tierIndex = -1;
  } else {
    const tier = tiers[picked.index];
    if (!tier) throw new CalculatorInputError('tiers');
    unitPriceFen = wholeNonNegative(tier.priceFen, 'tiers');
  }
  const rate = toScaled(input.krwPerCny, 4, 'krwPerCny');
  if (rate === 0n) throw new CalculatorInputError('krwPerCny');
  const duty = toScaled(input.dutyPercent, 2, 'dutyPercent');
  const vat = toScaled(input.vatPercent, 2, 'vatPercent');
  const commission = toScaled(input.commissionPercent, 2, 'commissionPercent');
  if (duty > PCT_SCALE * 10n || vat > PCT_SCALE || commission > PCT_SCALE) throw new CalculatorInputError('percent');
  const coupangShipping = wholeNonNegative(input.coupangShippingFeeKrw, 'coupangShippingFeeKrw');
  const feeVat = toScaled(input.feeVatPercent ?? COUPANG_FEE_VAT_PERCENT, 2, 'feeVatPercent');
  const shipPct = toScaled(
    input.shippingFeeCommissionPercent ?? COUPANG_SHIPPING_FEE_COMMISSION_PERCENT,
    2,
    'shippingFeeCommissionPercent',
  );
  if (feeVat > PCT_SCALE || shipPct > PCT_SCALE) throw new CalculatorInputError('percent');
  const buyerShipping = wholeNonNegative(input.buyerShippingFeeKrw ?? 0, 'buyerShippingFeeKrw');
  const shipFee = percentOf(buyerShipping, shipPct);
  const shipCommission = shipFee + percentOf(shipFee, feeVat);

  // Goods: fen × (won per yuan) / 100 fen per yuan.
  const goods = mulDivRound(unitPriceFen, rate, 100n * RATE_SCALE);
  let shipping: bigint;
  if (input.shipping.mode === 'perUnit') {
    shipping = wholeNonNegative(input.shipping.perUnitKrw, 'shipping.perUnitKrw');
  } else {
    const perKg = wholeNonNegative(input.shipping.perKgKrw, 'shipping.perKgKrw');
    const grams = toScaled(input.shipping.unitWeightKg, 3, 'shipping.unitWeightKg');
    shipping = mulDivRound(perKg, grams, GRAMS);
  }
  const dutyKrw = percentOf(goods + shipping, duty);
  const vatKrw = percentOf(goods + shipping + dutyKrw, vat);
  const landed = goods + shipping + dutyKrw + vatKrw;
  // What the order costs besides the commission; the buyer's shipping fee (net) offsets it.
  const fixed = landed + coupangShipping - (buyerShipping - shipCommission);

  const result: LandedCostResult = {
    tierIndex,
    belowFirstTier: input.unitPriceFenOverride === undefined && picked.below,
    unitPriceFen: Number(unitPriceFen),
    goodsKrw: Number(goods),
    shippingKrw: Number(shipping),
    dutyKrw: Number(dutyKrw),
    vatKrw: Number(vatKrw),
    landedKrw: Number(landed),
    orderGoodsFen: Number(unitPriceFen * quantity),
    orderLandedKrw: Number(landed * quantity),
    coupangShippingKrw: Number(coupangShipping),
    shippingCommissionKrw: Number(shipCommission),
    breakEvenKrw: breakEven(fixed, commission, feeVat),
  };
  if (input.salePriceKrw !== undefined) {
    const sale = wholeNonNegative(input.salePriceKrw, 'salePriceKrw');
    const commissionKrw = percentOf(sale, commission);
    const commissionVat = percentOf(commissionKrw, feeVat);
    const settlement = sale - commissionKrw - commissionVat + buyerShipping - shipCommission;
    const margin = settlement - landed - coupangShipping;
    result.commissionKrw = Number(commissionKrw);
    result.commissionVatKrw = Number(commissionVat);
    result.settlementKrw = Number(settlement);
    result.marginKrw = Number(margin);
    result.marginPercent = sale === 0n ? undefined : percentOneDecimal(margin, sale);
  }
  return result;
}

/** margin / sale as a percent with one decimal, half away from zero. */
function percentOneDecimal(margin: bigint, sale: bigint): number {
  const neg = margin < 0n;
  const abs = neg ? -margin : margin;
  const tenths = (2n * abs * 1000n + sale) / (2n * sale);
  return (neg ? -1 : 1) * (Number(tenths) / 10);
}

/** Smallest whole-won price P ≥ 0 with P − fee(P) − VAT(fee(P)) − fixed ≥ 0. */
function breakEven(fixed: bigint, commission: bigint, feeVat: bigint): number | undefined {
  // The effective rate c × (1 + vat); at 100 % or more no price breaks even.
  const effective = mulDivRound(commission, PCT_SCALE + feeVat, PCT_SCALE);
  if (effective >= PCT_SCALE) return undefined;
  const marginAt = (p: bigint) => {
    const fee = percentOf(p, commission);
    return p - fee - percentOf(fee, feeVat) - fixed;
  };
  if (fixed <= 0n) return 0;
  // Exact solution of P(1 − c') = fixed, rounded up, then corrected for the roundings.
  let p = (fixed * PCT_SCALE + (PCT_SCALE - effective) - 1n) / (PCT_SCALE - effective);
  while (p > 0n && marginAt(p - 1n) >= 0n) p--;
  while (marginAt(p) < 0n) p++;
  return Number(p);
}
