import type { CoreServices, MarketplaceModule, Verification } from '../core/core';
import { toWireError } from '../core/to-wire-error';
import { coupangCategoriesFeature } from './categories';
import { coupangClaimsFeature } from './claims';
import { CoupangClients } from './client-factory';
import { coupangConnectHandlers } from './connect';
import { coupangCouponsFeature } from './coupons';
import { coupangInquiriesFeature } from './cs';
import { coupangLogisticsFeature } from './logistics';
import { coupangOrdersFeature } from './orders';
import { SideReads } from './orders/side-reads';
import { coupangProductsFeature } from './products';
import { coupangRocketGrowthFeature } from './rocket-growth';
import { coupangSettlementFeature } from './settlement';

/**
 * Coupang in the background: one client (and rate-limited queue) per vendor shared by every
 * feature, the connection, and one line per feature folder (coupang/<feature>/index.ts), each
 * registering its sync job and outbox actions and giving back its message handlers.
 */
export function createCoupangModule(core: CoreServices) {
  const clients = new CoupangClients(core);
  // Reads each order sync makes after the orders (inquiries, claims): registered by their features.
  const sideReads = new SideReads();
  const handlers = {
    ...coupangConnectHandlers(core, clients),
    ...coupangOrdersFeature(core, clients, sideReads),
    ...coupangSettlementFeature(core, clients),
    ...coupangClaimsFeature(core, clients, sideReads),
    ...coupangInquiriesFeature(core, clients, sideReads),
    ...coupangCategoriesFeature(core, clients),
    ...coupangLogisticsFeature(core, clients),
    ...coupangCouponsFeature(core, clients),
    ...coupangRocketGrowthFeature(core, clients),
    ...coupangProductsFeature(core, clients),
  };
  const module: MarketplaceModule<typeof handlers> = {
    handlers,
    forget: (accountKey) => clients.forget(accountKey),
    verify: async (accountKey): Promise<Verification> => {
      const result = await (await clients.get(accountKey)).verifyCredentials();
      if (result.ok) {
        await core.accounts.setHealth(accountKey, {});
        return { ok: true };
      }
      const error = toWireError(result.error);
      return { ok: false, error, clockSkewSeconds: result.error.params?.clockSkewSeconds as number | undefined };
    },
  };
  // Features wired outside this module (cross-border listing drafts) add their own side reads.
  return Object.assign(module, { sideReads });
}
