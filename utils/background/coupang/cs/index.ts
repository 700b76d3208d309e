import type { CoreServices } from '../../core/core';
import type { CoupangClients } from '../client-factory';
import { createInquiryActions } from './actions';
import { inquiryHandlers } from './handlers';

/**
 * Customer inquiries (Coupang CS): read with the order sync (orders/sync.ts calls syncInquiries,
 * the coordinator runs one job per marketplace) and on demand; replies and confirmations go
 * through the outbox, one inquiry per item.
 */
export function coupangInquiriesFeature(core: CoreServices, clients: CoupangClients) {
  const actions = createInquiryActions(core, clients);
  core.outbox.register(actions.reply);
  core.outbox.register(actions.confirm);
  return inquiryHandlers(core, clients);
}
