import type { CoreServices } from '../../core/core';
import type { CoupangClients } from '../client-factory';
import type { SideReads } from '../orders/side-reads';
import { createInquiryActions } from './actions';
import { inquiryHandlers } from './handlers';
import { syncInquiries } from './sync';

/**
 * Customer inquiries (Coupang CS): read with each order sync (a side read) and on demand; replies
 * and confirmations go through the outbox, one inquiry per item.
 */
export function coupangInquiriesFeature(core: CoreServices, clients: CoupangClients, sideReads: SideReads) {
  sideReads.register('inquiries', (accountKey, client, signal) =>
    syncInquiries(core, accountKey, client, { priority: 'background', signal }),
  );
  const actions = createInquiryActions(core, clients);
  core.outbox.register(actions.reply);
  core.outbox.register(actions.confirm);
  return inquiryHandlers(core, clients);
}
