import { skuPriceRange, tiersOf } from '@/utils/calculator/offer-tiers';

const cny = (minor: number) => ({ currency: 'CNY' as const, minor });

describe('offer tiers for the calculator', () => {
  it('uses the price ranges, sorted by quantity', () => {
    const tiers = tiersOf({
      priceTiers: [
        { minQty: 100, price: cny(1100) },
        { minQty: 2, price: cny(1250) },
      ],
      skus: [{ skuId: '1', specs: [], price: cny(900) }],
      minOrderQty: 2,
    });
    expect(tiers).toEqual([
      { minQty: 2, priceFen: 1250 },
      { minQty: 100, priceFen: 1100 },
    ]);
  });

  it('prices an offer without ranges at its cheapest SKU, from the minimum order', () => {
    const offer = {
      priceTiers: [],
      skus: [
        { skuId: '1', specs: [], price: cny(1500) },
        { skuId: '2', specs: [], price: cny(1300) },
        { skuId: '3', specs: [] },
      ],
      minOrderQty: 3,
    };
    expect(tiersOf(offer)).toEqual([{ minQty: 3, priceFen: 1300 }]);
    expect(skuPriceRange(offer)).toEqual({ min: 1300, max: 1500 });
    expect(tiersOf({ priceTiers: [], skus: [], minOrderQty: 0 })).toEqual([]);
    expect(skuPriceRange({ skus: [] })).toBeUndefined();
  });
});
