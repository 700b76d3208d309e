import { describe, expect, it } from 'vitest';
import { draftSource, followSpecs, seedItems, seedOf } from '@/entrypoints/sidepanel/products/draft-source';

describe('listing draft form', () => {
  const seed = seedOf({
    area: 'products',
    offerId: '610947572360',
    specIds: 'a1,b2',
    unitCost: '5662',
    salePrice: '24995',
  })!;

  it('reads only ids and numbers from the requested view', () => {
    expect(seed).toEqual({ offerId: '610947572360', specIds: ['a1', 'b2'], unitCost: 5662, salePrice: 24995 });
    expect(seedOf({ area: 'products' })).toBeUndefined();
  });

  it('makes one option per SKU at the suggested price, up to the 10-won step', () => {
    const items = seedItems(seed);
    expect(items).toHaveLength(2);
    expect(items.map((i) => [i.salePrice, i.itemName, i.sellerSku])).toEqual([
      [25000, '', ''],
      [25000, '', ''],
    ]);
  });

  it('keeps each option with its SKU when one is removed, edited or added', () => {
    const items = seedItems(seed);
    const specs = ['a1', 'b2'];
    expect(followSpecs(items, [items[1]!], specs)).toEqual(['b2']);
    expect(followSpecs(items, [{ ...items[0]!, itemName: 'x' }, items[1]!], specs)).toEqual(['a1', 'b2']);
    expect(followSpecs(items, [...items, { ...items[0]! }], specs)).toEqual(['a1', 'b2', undefined]);
    const source = draftSource(seed, { agent: true, units: '3', rights: true }, ['b2', undefined]);
    expect(source).toEqual({
      offerId: '610947572360',
      mode: 'agent',
      options: [{ specId: 'b2', unitsPerItem: 3 }, { unitsPerItem: 3 }],
    });
  });
});
