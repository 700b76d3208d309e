import type { SeedOptions } from '../../core/context';
import { Rng } from '../../core/rng';
import type { TransitSettings } from '../orders/state';
import type { VendorRegistry } from '../vendors';
import { seedCatalog } from './seed-catalog';
import { seedClaims } from './seed-claims';
import { seedInquiries, seedPromotions, seedRocketGrowth, seedSettlements } from './seed-extras';
import { seedOrders } from './seed-orders';
import { CoupangStore, type VendorData } from './store';

/**
 * Builds every vendor's data from the seed. Each vendor draws from its own PRNG stream, so adding
 * orders to one vendor never changes another's data.
 */
export function seedStore(
  registry: VendorRegistry,
  options: SeedOptions,
  now: number,
  settings: TransitSettings,
): CoupangStore {
  const store = new CoupangStore();
  store.vendors = registry.list.map(
    (vendor, idx): VendorData => ({
      idx,
      vendor,
      products: [],
      orders: [],
      bySeq: [],
      receipts: [],
      exchanges: [],
      onlineInquiries: [],
      callCenterInquiries: [],
      contracts: [],
      instantCoupons: [],
      downloadCoupons: [],
      cashback: [],
      outboundPlaces: [],
      returnCenters: [],
      rgOrders: [],
      settlements: [],
      autoCategoryAgreed: idx !== 1,
      nextOrderSeq: 0,
    }),
  );
  for (const vd of store.vendors) {
    const rng = new Rng((options.seed * 7919 + vd.idx * 104_729) >>> 0);
    seedCatalog(store, vd, rng, now);
    seedOrders(store, vd, Math.max(0, Math.floor(options.orders)), rng, now, settings);
    seedClaims(store, vd, rng, now, settings);
    seedInquiries(store, vd, rng, now);
    seedPromotions(store, vd, rng, now);
    seedSettlements(vd, rng, now);
    seedRocketGrowth(store, vd, rng, now);
  }
  return store;
}
