import { describe, expect, it } from 'vitest';
import { landedCostInputOf, suggestedPrice } from '../../../utils/calculator/from-settings';
import { calculateLandedCost } from '../../../utils/calculator/landed-cost';
import { DEFAULT_CALCULATOR_SETTINGS } from '../../../utils/calculator/settings';

/** The sourcing list and the offer helper make the calculator's input the same way (issue 17). */
describe('landed-cost input from the seller settings and kept numbers', () => {
  const tiers = [{ minQty: 1, priceFen: 662 }];
  const rated = { ...DEFAULT_CALCULATOR_SETTINGS, rate: { krwPerCny: 191.25, date: '2026-12-04' } };

  it('names what is missing: the rate, then any price', () => {
    expect(landedCostInputOf(DEFAULT_CALCULATOR_SETTINGS, { quantity: 10 }, tiers)).toEqual({ missing: 'rate' });
    expect(landedCostInputOf(rated, { quantity: 10 }, [])).toEqual({ missing: 'price' });
    expect('missing' in landedCostInputOf(rated, { quantity: 10, unitPriceFenOverride: 500 }, [])).toBe(false);
  });

  it('per-kg shipping takes the kept unit weight; the result is the calculator figure to the won', () => {
    const input = landedCostInputOf(rated, { quantity: 10, unitWeightKg: 0.5, salePriceKrw: 25000 }, tiers);
    if ('missing' in input) throw new Error('complete input');
    expect(input.shipping).toEqual({ mode: 'perKg', perKgKrw: 7000, unitWeightKg: 0.5 });
    const r = calculateLandedCost(input);
    // ¥6.62 × 191.25 = ₩1,266 goods; + ₩3,500 shipping; 8 % duty and 10 % VAT on goods + shipping.
    expect(r.goodsKrw).toBe(1266);
    expect(r.shippingKrw).toBe(3500);
    expect(r.landedKrw).toBe(r.goodsKrw + r.shippingKrw + r.dutyKrw + r.vatKrw);
    expect(r.marginKrw).toBeDefined();
  });
});

describe('the price a listing draft starts from (helper and sourcing list)', () => {
  it("is the seller's sale price, else break-even up to Coupang's 10-won step, else none", () => {
    expect(suggestedPrice(25000, 9831)).toBe(25000);
    expect(suggestedPrice(undefined, 9831)).toBe(9840);
    expect(suggestedPrice(0, 9830)).toBe(9830);
    expect(suggestedPrice(undefined, undefined)).toBeUndefined();
  });
});
