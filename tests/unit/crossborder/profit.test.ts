import { describe, expect, it } from 'vitest';
import { crossborderProfit, LIST_CLEARANCE_USD_CENTS } from '../../../utils/background/crossborder/profit/profit';

/**
 * Profit per 구매대행 order against figures worked out by hand (each step written out below), to
 * the won.
 */
const coupang = {
  basis: 'actual' as const,
  sale: 29_900,
  shippingFee: 0,
  // 10.8 % commission of 29,900 = 3,229.2 → 3,229; its 10 % VAT = 323.
  fees: 3_552,
  sellerDiscount: 0,
  settlement: 26_348,
};

describe('crossborderProfit', () => {
  it('under USD 150: no duty or VAT; every figure by hand', () => {
    const p = crossborderProfit({
      coupang,
      purchases: [{ goodsFen: 4_560, freightFen: 800, krwPerCny: 191.25 }],
      forwarderKrw: 6_500,
      otherKrw: 700,
      krwPerUsd: 1_400,
      dutyPercent: 8,
      vatPercent: 10,
      sameDayOtherUsdCents: 0,
    });
    // 45.60 × 191.25 = 8,721.0 → 8,721; 8.00 × 191.25 = 1,530.
    expect(p.goodsKrw).toBe(8_721);
    expect(p.freightKrw).toBe(1_530);
    // 8,721 ÷ 1,400 = US$6.229… → 623 cents.
    expect(p.customsValueUsdCents).toBe(623);
    expect(p.dutyKrw).toBe(0);
    expect(p.importVatKrw).toBe(0);
    // 26,348 − 8,721 − 1,530 − 6,500 − 700 = 8,897.
    expect(p.profit).toBe(8_897);
    expect(p.costKnown).toBe(true);
    expect(p.combinedOverThreshold).toBe(false);
  });

  it('over USD 150: duty on goods + freight + forwarder fee, VAT on that plus duty', () => {
    const p = crossborderProfit({
      coupang: { ...coupang, basis: 'estimated', sale: 399_000, fees: 47_400, settlement: 351_600 },
      purchases: [{ goodsFen: 120_000, freightFen: 1_500, krwPerCny: 190 }],
      forwarderKrw: 12_000,
      otherKrw: 0,
      krwPerUsd: 1_400,
      dutyPercent: 8,
      vatPercent: 10,
      sameDayOtherUsdCents: 0,
    });
    // 1,200 × 190 = 228,000; 15 × 190 = 2,850; 228,000 ÷ 1,400 = US$162.86 > 150.
    expect(p.goodsKrw).toBe(228_000);
    expect(p.freightKrw).toBe(2_850);
    expect(p.customsValueUsdCents).toBe(16_286);
    expect(p.customsValueUsdCents).toBeGreaterThan(LIST_CLEARANCE_USD_CENTS);
    // Dutiable 228,000 + 2,850 + 12,000 = 242,850; duty 8 % = 19,428; VAT 10 % of 262,278 = 26,227.8 → 26,228.
    expect(p.dutyKrw).toBe(19_428);
    expect(p.importVatKrw).toBe(26_228);
    // 351,600 − 228,000 − 2,850 − 12,000 − 19,428 − 26,228 = 63,094.
    expect(p.profit).toBe(63_094);
    expect(p.basis).toBe('estimated');
  });

  it('flags one customer’s same-day orders that together cross USD 150, without taxing this one', () => {
    const p = crossborderProfit({
      coupang,
      purchases: [{ goodsFen: 50_000, freightFen: 0, krwPerCny: 190 }],
      forwarderKrw: 0,
      otherKrw: 0,
      krwPerUsd: 1_400,
      dutyPercent: 8,
      vatPercent: 10,
      sameDayOtherUsdCents: 9_000,
    });
    expect(p.customsValueUsdCents).toBe(6_786);
    expect(p.combinedOverThreshold).toBe(true);
    expect(p.dutyKrw).toBe(0);
    expect(p.profit).toBe(26_348 - 95_000);
  });

  it('without a 1688 cost (not bought, or 1688 disconnected) counts none and says so', () => {
    const p = crossborderProfit({
      purchases: [],
      coupang,
      forwarderKrw: 6_500,
      otherKrw: 0,
      krwPerUsd: 1_400,
      dutyPercent: 8,
      vatPercent: 10,
      sameDayOtherUsdCents: 50_000,
    });
    expect(p.costKnown).toBe(false);
    expect(p.goodsKrw).toBe(0);
    expect(p.combinedOverThreshold).toBe(false);
    expect(p.profit).toBe(26_348 - 6_500);
  });
});
