import type { CoreServices } from '../../core/core';
import type { CoupangClients } from '../client-factory';
import { createExchangeActions } from '../exchanges/actions';
import type { SideReads } from '../orders/side-reads';
import { createReturnActions } from '../returns/actions';
import { claimHandlers } from './handlers';
import { ClaimsService } from './service';

/**
 * Claims (issue 14): returns and exchanges read with each order sync (a side read, so the badge
 * and the popup count them) and when the claims area opens, into the cache; their writes as outbox
 * actions; the claims area's handlers. The one line module.ts adds for both API groups.
 */
export function coupangClaimsFeature(core: CoreServices, clients: CoupangClients, sideReads: SideReads) {
  const service = new ClaimsService(core, clients);
  sideReads.register('claims', (accountKey, _client, signal) =>
    service.sync(accountKey, { priority: 'background', signal }),
  );
  const returns = createReturnActions(clients, service.returns);
  core.outbox.register(returns.confirmReceipt);
  core.outbox.register(returns.approve);
  core.outbox.register(returns.alreadyShipped);
  core.outbox.register(returns.pickupInvoice);
  core.outbox.register(returns.stopShipment);
  const exchanges = createExchangeActions(core, clients, service.exchanges);
  core.outbox.register(exchanges.confirmReceipt);
  core.outbox.register(exchanges.reject);
  core.outbox.register(exchanges.uploadInvoice);
  return claimHandlers(core, service);
}
