import type { LandedCostInput, PriceTier } from './landed-cost';
import type { CalculatorSettings, OfferInputs } from './settings';

/**
 * The landed-cost input from the seller's calculator settings and their numbers for one offer
 * (the offer helper's calculator and the sourcing list use the same), or what is missing: the
 * rate the seller has not set, or any price (1688 gave no tiers and the seller typed none).
 */
export function landedCostInputOf(
  s: CalculatorSettings,
  inputs: OfferInputs,
  tiers: readonly PriceTier[],
): LandedCostInput | { missing: 'rate' | 'price' } {
  if (!s.rate) return { missing: 'rate' };
  if (!tiers.length && inputs.unitPriceFenOverride === undefined) return { missing: 'price' };
  return {
    tiers,
    quantity: inputs.quantity,
    unitPriceFenOverride: inputs.unitPriceFenOverride,
    krwPerCny: s.rate.krwPerCny,
    shipping:
      s.shipping.mode === 'perUnit'
        ? { mode: 'perUnit', perUnitKrw: s.shipping.perUnitKrw }
        : { mode: 'perKg', perKgKrw: s.shipping.perKgKrw, unitWeightKg: inputs.unitWeightKg ?? 0 },
    dutyPercent: s.dutyPercent,
    vatPercent: s.vatPercent,
    commissionPercent: s.commissionPercent,
    coupangShippingFeeKrw: s.coupangShippingFeeKrw,
    salePriceKrw: inputs.salePriceKrw,
  };
}

/** The price a listing draft starts from: the seller's own sale price, else break-even rounded up to Coupang's 10-won step. */
export function suggestedPrice(salePriceKrw: number | undefined, breakEvenKrw: number | undefined): number | undefined {
  if (salePriceKrw !== undefined && salePriceKrw > 0) return salePriceKrw;
  if (breakEvenKrw === undefined || breakEvenKrw <= 0) return undefined;
  return Math.ceil(breakEvenKrw / 10) * 10;
}
