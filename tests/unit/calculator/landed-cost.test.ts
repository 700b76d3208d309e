import {
  CalculatorInputError,
  calculateLandedCost,
  type LandedCostInput,
  mulDivRound,
  pickTier,
  toScaled,
} from '@/utils/calculator/landed-cost';
import {
  COUPANG_COMMISSION_DEFAULTS,
  DEFAULT_CALCULATOR_SETTINGS,
  defaultCommission,
} from '@/utils/calculator/settings';

const TIERS = [
  { minQty: 500, priceFen: 980 },
  { minQty: 1, priceFen: 1250 },
  { minQty: 100, priceFen: 1100 },
];

const base: LandedCostInput = {
  tiers: TIERS,
  quantity: 120,
  krwPerCny: 191.25,
  shipping: { mode: 'perKg', perKgKrw: 7000, unitWeightKg: 0.35 },
  dutyPercent: 8,
  vatPercent: 10,
  commissionPercent: 10.8,
  coupangShippingFeeKrw: 3000,
  salePriceKrw: 15900,
};

describe('landed cost and Coupang margin', () => {
  it('works a full example line by line (each line rounded to whole won, half up)', () => {
    const r = calculateLandedCost(base);
    // Tier: 120 units → the 100+ tier, ¥11.00.
    expect(r.tierIndex).toBe(1);
    expect(r.unitPriceFen).toBe(1100);
    // Goods 11 × 191.25 = 2103.75 → 2104; shipping 7000 × 0.35 = 2450.
    expect(r.goodsKrw).toBe(2104);
    expect(r.shippingKrw).toBe(2450);
    // Duty 8 % of (2104 + 2450) = 364.32 → 364; VAT 10 % of (4554 + 364) = 491.8 → 492.
    expect(r.dutyKrw).toBe(364);
    expect(r.vatKrw).toBe(492);
    expect(r.landedKrw).toBe(2104 + 2450 + 364 + 492);
    expect(r.orderGoodsFen).toBe(1100 * 120);
    expect(r.orderLandedKrw).toBe(5410 * 120);
    // Commission 10.8 % of 15,900 = 1717.2 → 1717, its VAT 171.7 → 172 (as Coupang settles it);
    // margin 15900 − 1717 − 172 − 3000 − 5410.
    expect(r.commissionKrw).toBe(1717);
    expect(r.commissionVatKrw).toBe(172);
    expect(r.settlementKrw).toBe(15900 - 1717 - 172);
    expect(r.marginKrw).toBe(5601);
    expect(r.marginPercent).toBe(35.2);
    // Break-even: smallest P with P − fee − VAT(fee) − 8410 ≥ 0 → 9544 (fee 1031, VAT 103).
    expect(r.breakEvenKrw).toBe(9544);
  });

  it('the break-even price has margin ≥ 0 and one won less has margin < 0', () => {
    for (const commissionPercent of [0, 4.5, 7.8, 10.8, 33.33, 90.9]) {
      for (const fee of [0, 2500, 3000]) {
        const input = { ...base, commissionPercent, coupangShippingFeeKrw: fee, buyerShippingFeeKrw: 2500 };
        const be = calculateLandedCost(input).breakEvenKrw!;
        expect(calculateLandedCost({ ...input, salePriceKrw: be }).marginKrw).toBeGreaterThanOrEqual(0);
        expect(calculateLandedCost({ ...input, salePriceKrw: be - 1 }).marginKrw).toBeLessThan(0);
      }
    }
  });

  it('has no break-even price when the commission takes everything', () => {
    expect(calculateLandedCost({ ...base, commissionPercent: 100 }).breakEvenKrw).toBeUndefined();
    // 91 % plus its 10 % VAT is more than the price.
    expect(calculateLandedCost({ ...base, commissionPercent: 91 }).breakEvenKrw).toBeUndefined();
  });

  it('picks the tier by quantity, from sorted tiers', () => {
    const pick = (q: number) => calculateLandedCost({ ...base, quantity: q }).unitPriceFen;
    expect(pick(1)).toBe(1250);
    expect(pick(99)).toBe(1250);
    expect(pick(100)).toBe(1100);
    expect(pick(499)).toBe(1100);
    expect(pick(500)).toBe(980);
    expect(pick(100_000)).toBe(980);
    expect(pickTier([], 5)).toEqual({ index: -1, below: false });
  });

  it('uses the first tier below every minimum, and says so', () => {
    const r = calculateLandedCost({ ...base, tiers: [{ minQty: 10, priceFen: 500 }], quantity: 3 });
    expect(r.unitPriceFen).toBe(500);
    expect(r.belowFirstTier).toBe(true);
    expect(calculateLandedCost({ ...base, quantity: 3 }).belowFirstTier).toBe(false);
  });

  it("uses the seller's own unit price instead of the tier price", () => {
    const r = calculateLandedCost({ ...base, unitPriceFenOverride: 1000 });
    expect(r.tierIndex).toBe(-1);
    expect(r.unitPriceFen).toBe(1000);
    expect(r.goodsKrw).toBe(1913); // 10 × 191.25 = 1912.5 → 1913 (half up)
    expect(calculateLandedCost({ ...base, tiers: [], unitPriceFenOverride: 1000 }).goodsKrw).toBe(1913);
  });

  it('charges shipping per unit or per kg of unit weight', () => {
    expect(calculateLandedCost({ ...base, shipping: { mode: 'perUnit', perUnitKrw: 1800 } }).shippingKrw).toBe(1800);
    // 6500 won/kg × 0.0125 kg = 81.25 → 81; weights beyond grams round half up (0.0005 kg → 1 g).
    expect(
      calculateLandedCost({ ...base, shipping: { mode: 'perKg', perKgKrw: 6500, unitWeightKg: 0.0125 } }).shippingKrw,
    ).toBe(Math.round(6500 * 0.013));
    expect(
      calculateLandedCost({ ...base, shipping: { mode: 'perKg', perKgKrw: 8000, unitWeightKg: 1.25 } }).shippingKrw,
    ).toBe(10000);
  });

  it('taxes duty on goods + shipping and VAT on goods + shipping + duty', () => {
    const r = calculateLandedCost({
      ...base,
      shipping: { mode: 'perUnit', perUnitKrw: 1000 },
      dutyPercent: 13,
      vatPercent: 10,
    });
    const dutiable = r.goodsKrw + 1000;
    expect(r.dutyKrw).toBe(Math.round((dutiable * 13) / 100));
    expect(r.vatKrw).toBe(Math.round(((dutiable + r.dutyKrw) * 10) / 100));
    const free = calculateLandedCost({ ...base, dutyPercent: 0, vatPercent: 0 });
    expect(free.dutyKrw + free.vatKrw).toBe(0);
    expect(free.landedKrw).toBe(free.goodsKrw + free.shippingKrw);
  });

  it('rounds half up exactly at .5 and keeps lines adding up to the total', () => {
    // 1 fen × 50 won/yuan = 0.5 won → 1.
    expect(calculateLandedCost({ ...base, tiers: [{ minQty: 1, priceFen: 1 }], krwPerCny: 50 }).goodsKrw).toBe(1);
    // 1 fen × 49.9999 = 0.499999 → 0.
    expect(calculateLandedCost({ ...base, tiers: [{ minQty: 1, priceFen: 1 }], krwPerCny: 49.9999 }).goodsKrw).toBe(0);
    for (const rate of [180.1, 190.55, 201.3333]) {
      const r = calculateLandedCost({ ...base, krwPerCny: rate });
      expect(r.landedKrw).toBe(r.goodsKrw + r.shippingKrw + r.dutyKrw + r.vatKrw);
      expect(r.marginKrw).toBe(15900 - r.commissionKrw! - r.commissionVatKrw! - 3000 - r.landedKrw);
    }
  });

  it('reports a negative margin and its percent (half away from zero)', () => {
    const r = calculateLandedCost({ ...base, salePriceKrw: 8000 });
    expect(r.marginKrw).toBeLessThan(0);
    // 8000 − 864 − 86 − 3000 − 5410 = −1360 → −17.0 %
    expect(r.marginKrw).toBe(-1360);
    expect(r.marginPercent).toBe(-17);
    expect(calculateLandedCost({ ...base, salePriceKrw: 0 }).marginPercent).toBeUndefined();
  });

  it('computes without a sale price (break-even only)', () => {
    const r = calculateLandedCost({ ...base, salePriceKrw: undefined });
    expect(r.marginKrw).toBeUndefined();
    expect(r.commissionKrw).toBeUndefined();
    expect(r.breakEvenKrw).toBe(9544);
  });

  it('learns the fee VAT and the shipping-fee commission: with no cost, the margin is what Coupang settles', () => {
    // A sandbox-style order: 2 × 12,900 and a 2,500 shipping fee paid by the buyer.
    const noCost = {
      ...base,
      tiers: [],
      unitPriceFenOverride: 0,
      quantity: 1,
      shipping: { mode: 'perUnit' as const, perUnitKrw: 0 },
      coupangShippingFeeKrw: 0,
      salePriceKrw: 25_800,
      buyerShippingFeeKrw: 2500,
    };
    const r = calculateLandedCost(noCost);
    // Sale: fee 2,786 (2,786.4), VAT 279 (278.6). Shipping: fee 75, VAT 8 (7.5 → 8).
    expect(r.commissionKrw).toBe(2786);
    expect(r.commissionVatKrw).toBe(279);
    expect(r.shippingCommissionKrw).toBe(83);
    expect(r.marginKrw).toBe(25_800 - 2786 - 279 + 2500 - 83);
    expect(r.settlementKrw).toBe(r.marginKrw);
    // The old rule (no VAT, no shipping fee) would be off by hundreds of won.
    expect(calculateLandedCost({ ...noCost, feeVatPercent: 0, buyerShippingFeeKrw: 0 }).marginKrw).toBe(25_800 - 2786);
  });

  it('handles amounts beyond 2^53 in intermediate products without float error', () => {
    const r = calculateLandedCost({
      ...base,
      tiers: [{ minQty: 1, priceFen: 999_999_999 }],
      krwPerCny: 9999.9999,
      quantity: 1,
    });
    // 9,999,999.99 yuan × 9999.9999 = 99,999,998,900.0000001 → 99,999,998,900
    expect(r.goodsKrw).toBe(99_999_998_900);
  });

  it('refuses invalid input with the field that is wrong', () => {
    const bad: Array<[Partial<LandedCostInput>, string]> = [
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: 1.5 }, 'quantity'],
      [{ krwPerCny: 0 }, 'krwPerCny'],
      [{ krwPerCny: -1 }, 'krwPerCny'],
      [{ krwPerCny: Number.NaN }, 'krwPerCny'],
      [{ dutyPercent: -3 }, 'dutyPercent'],
      [{ vatPercent: 101 }, 'percent'],
      [{ tiers: [] }, 'tiers'],
      [{ coupangShippingFeeKrw: 10.5 }, 'coupangShippingFeeKrw'],
      [{ salePriceKrw: -100 }, 'salePriceKrw'],
      [{ shipping: { mode: 'perKg', perKgKrw: 7000, unitWeightKg: -1 } }, 'shipping.unitWeightKg'],
    ];
    for (const [patch, field] of bad) {
      let err: unknown;
      try {
        calculateLandedCost({ ...base, ...patch });
      } catch (e) {
        err = e;
      }
      expect(err, field).toBeInstanceOf(CalculatorInputError);
      expect((err as CalculatorInputError).field).toBe(field);
    }
  });

  it('scales decimals to integers, rounding half up on the typed decimal', () => {
    expect(toScaled(10.8, 2, 'x')).toBe(1080n);
    expect(toScaled(1.005, 2, 'x')).toBe(101n);
    expect(toScaled(0.1 + 0.2, 2, 'x')).toBe(30n);
    expect(toScaled(191.25, 4, 'x')).toBe(1_912_500n);
    expect(toScaled(0.00005, 4, 'x')).toBe(1n);
    expect(toScaled(0.00004, 4, 'x')).toBe(0n);
    expect(mulDivRound(3n, 1n, 2n)).toBe(2n);
    expect(mulDivRound(5n, 1n, 4n)).toBe(1n);
  });

  it('starts from sensible defaults: 10.8 % general commission, 10 % VAT', () => {
    expect(defaultCommission('general')).toBe(10.8);
    expect(defaultCommission('no-such-category')).toBe(10.8);
    expect(DEFAULT_CALCULATOR_SETTINGS.vatPercent).toBe(10);
    expect(DEFAULT_CALCULATOR_SETTINGS.commissionPercent).toBe(defaultCommission(DEFAULT_CALCULATOR_SETTINGS.category));
    expect(DEFAULT_CALCULATOR_SETTINGS.rate).toBeUndefined();
    for (const c of COUPANG_COMMISSION_DEFAULTS) expect(c.percent).toBeGreaterThan(0);
  });
});
