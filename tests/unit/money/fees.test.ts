import { describe, expect, it } from 'vitest';
import { coupangFee, estimateSettlement } from '@/utils/calculator/coupang-fees';

/** Exact reference: round-half-up of amount × percent / 100 in rationals (BigInt), then the VAT. */
function exact(amount: number, pctHundredths: number) {
  const a = BigInt(amount);
  const fee = (2n * a * BigInt(pctHundredths) + 10_000n) / 20_000n;
  const vat = (2n * fee * 1000n + 10_000n) / 20_000n;
  return { fee: Number(fee), vat: Number(vat) };
}

describe('Coupang fees in won', () => {
  it('rounds the commission and then its VAT half-up, each to the won', () => {
    // 12,345 × 10.8 % = 1,333.26 → 1,333; VAT 133.3 → 133
    expect(coupangFee(12_345, 10.8)).toEqual({ fee: 1333, vat: 133, net: 12_345 - 1333 - 133 });
    // 2,500 × 3 % = 75; VAT 7.5 → 8 (half-up)
    expect(coupangFee(2500, 3)).toEqual({ fee: 75, vat: 8, net: 2417 });
    // 3,000 × 3 % = 90; VAT 9
    expect(coupangFee(3000, 3)).toEqual({ fee: 90, vat: 9, net: 2901 });
    // 4,750 × 10.8 % = 513.0; 4,625 × 10.8 % = 499.5 → 500; VAT 50
    expect(coupangFee(4625, 10.8)).toEqual({ fee: 500, vat: 50, net: 4075 });
  });

  it('equals exact rational rounding for every amount (sales commission and shipping-fee commission)', () => {
    for (let amount = 0; amount <= 200_000; amount++) {
      const want = exact(amount, 1080);
      const got = coupangFee(amount, 10.8);
      if (got.fee !== want.fee || got.vat !== want.vat) expect({ amount, ...got }).toEqual({ amount, ...want });
      const ship = coupangFee(amount, 3);
      const wantShip = exact(amount, 300);
      if (ship.fee !== wantShip.fee || ship.vat !== wantShip.vat)
        expect({ amount, ...ship }).toEqual({ amount, ...wantShip });
    }
  });

  it('mirrors a refund: negative amount, negative fee and VAT of the same size', () => {
    expect(coupangFee(-12_345, 10.8)).toEqual({ fee: -1333, vat: -133, net: -(12_345 - 1333 - 133) });
  });

  it('refuses fractional won', () => {
    expect(() => coupangFee(100.5, 10.8)).toThrow(RangeError);
  });

  it('estimates a settlement as the sale and the shipping fee, each net of its fee and VAT', () => {
    const est = estimateSettlement({ saleWon: 25_800, shippingFeeWon: 3000, commissionPercent: 10.8 });
    // 25,800 × 10.8 % = 2,786.4 → 2,786; VAT 278.6 → 279; shipping 90 + 9
    expect(est).toEqual({
      serviceFee: 2786,
      shippingCommission: 90,
      feeVat: 279 + 9,
      settlement: 25_800 - 2786 - 279 + 3000 - 99,
    });
  });
});
