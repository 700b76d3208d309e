import type { CoreServices, MarketplaceModule, Verification } from '../core/core';
import { toWireError } from '../core/to-wire-error';
import type { Handlers } from '../messaging/dispatcher';
import { CoupangClients } from './client-factory';
import { createCoupangActions } from './orders/actions';
import { coupangHandlers } from './orders/handlers';
import { CoupangSyncer } from './orders/sync';

/** Coupang in the background: clients per vendor, order sync, outbox actions, message handlers. */
export function createCoupangModule(
  core: CoreServices,
): MarketplaceModule<Handlers<ReturnType<typeof coupangHandlers> extends Handlers<infer C> ? C : never>> {
  const clients = new CoupangClients(core);
  core.sync.register(new CoupangSyncer(core, clients));
  const actions = createCoupangActions(core, clients);
  core.outbox.register(actions.acknowledge);
  core.outbox.register(actions.uploadInvoice);
  core.outbox.register(actions.updateInvoice);
  core.outbox.register(actions.stopShipment);
  return {
    handlers: coupangHandlers(core, clients),
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
}
