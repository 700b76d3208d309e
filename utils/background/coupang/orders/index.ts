import type { CoreServices } from '../../core/core';
import type { CoupangClients } from '../client-factory';
import { createCoupangActions } from './actions';
import { coupangOrderHandlers } from './handlers';
import type { SideReads } from './side-reads';
import { CoupangSyncer } from './sync';

/**
 * The Coupang orders feature: its sync job and outbox actions register with the core; its
 * message handlers go back to the module. The one line a feature adds to coupang/module.ts.
 */
export function coupangOrdersFeature(core: CoreServices, clients: CoupangClients, sideReads: SideReads) {
  core.sync.register(new CoupangSyncer(core, clients, sideReads));
  const actions = createCoupangActions(core, clients);
  core.outbox.register(actions.acknowledge);
  core.outbox.register(actions.uploadInvoice);
  core.outbox.register(actions.updateInvoice);
  core.outbox.register(actions.stopShipment);
  return coupangOrderHandlers(core);
}
