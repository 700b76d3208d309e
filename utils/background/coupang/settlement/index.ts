import type { CoreServices } from '../../core/core';
import type { CoupangClients } from '../client-factory';
import { settlementHandlers } from './handlers';
import { SettlementService } from './service';

/**
 * Money: revenue lines, payouts and profit per order. Read on demand (the seller opens the money
 * view) through the vendor's queue; no sync job, no outbox actions (nothing is written).
 */
export function coupangSettlementFeature(core: CoreServices, clients: CoupangClients) {
  return settlementHandlers(core, new SettlementService(core, clients));
}
