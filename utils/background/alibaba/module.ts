import { browser } from 'wxt/browser';
import type { alibabaMessages } from '../../protocol/messages/alibaba';
import type { CoreServices, MarketplaceModule, Verification } from '../core/core';
import type { Handlers } from '../messaging/dispatcher';
import { isAlibabaApiError } from './api';
import { AlibabaClients } from './clients';
import { AlibabaConnector, type AuthFlow } from './connect';
import { alibabaWireError, asHandled, needsReauth } from './errors';
import { alibabaHandlers } from './handlers';
import { LogisticsService } from './logistics/service';
import { OfferService } from './offers/service';
import { createOrderCompleter } from './orders/detail';
import { createAlibabaSyncer } from './orders/sync';
import { PURCHASE_ACTION, PurchaseService } from './purchase/service';
import { SecretStore } from './secrets';

/** The real OAuth window: `launchWebAuthFlow` to the authorize page, redirect to the extension. */
const browserAuthFlow: AuthFlow = {
  redirectUri: () => browser.identity.getRedirectURL('alibaba'),
  launch: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
};

export interface AlibabaModuleOptions {
  authFlow?: AuthFlow;
}

/**
 * The 1688 marketplace module (issue #5): connection (own app or signing relay, OAuth, tokens in
 * the vault), one client + token manager + rate-limited queue per member, the order syncer
 * (sales and purchase orders), logistics, offers and purchase orders through the outbox.
 */
export function createAlibabaModule(
  core: CoreServices,
  options: AlibabaModuleOptions = {},
): MarketplaceModule<Handlers<typeof alibabaMessages>> {
  const secrets = new SecretStore();
  const clients = new AlibabaClients(core, secrets);
  const connector = new AlibabaConnector(core, secrets, clients, options.authFlow ?? browserAuthFlow);
  const logistics = new LogisticsService(core, clients);
  const offers = new OfferService(core, clients);
  const purchases = new PurchaseService(core, clients);

  core.sync.register(createAlibabaSyncer(core, clients));
  core.outbox.register(purchases.action());

  return {
    handlers: alibabaHandlers({ core, secrets, connector, logistics, offers, purchases }),
    completeOrder: createOrderCompleter(core, clients),

    async start() {
      // Creates interrupted by a suspended worker are settled (looked up, never re-sent blindly).
      // Not awaited: a lookup may take seconds and messages must not wait for it.
      void (async () => {
        const pending = (await core.outbox.list()).filter(
          (r) => r.action === PURCHASE_ACTION && (r.state === 'queued' || r.state === 'sending'),
        );
        for (const key of new Set(pending.map((r) => r.accountKey))) void core.outbox.process(key);
      })().catch(() => undefined);
    },

    async forget(accountKey) {
      // Runs before the vault is wiped, so the relay installation key can still be revoked.
      const secret = await secrets.get(accountKey).catch(() => undefined);
      secrets.forget(accountKey);
      clients.drop(accountKey);
      // Relay mode: the installation key stops working on the relay too (best effort, bounded).
      if (secret)
        await Promise.race([connector.unpair(secret), new Promise((r) => setTimeout(r, 3000))]).catch(() => undefined);
    },

    async verify(accountKey): Promise<Verification> {
      try {
        const conn = await clients.get(accountKey);
        const probe = (role: 'seller' | 'buyer') =>
          conn.queue.run(
            (s) =>
              role === 'seller'
                ? conn.client.listSellerOrders({ pageSize: 1 }, { signal: s })
                : conn.client.listBuyerOrders({ pageSize: 1 }, { signal: s }),
            { priority: 'interactive' },
          );
        try {
          await probe('seller');
        } catch (e) {
          if (!isAlibabaApiError(e, 'apiNotGranted')) throw e;
          await probe('buyer');
        }
        return { ok: true };
      } catch (e) {
        // The token manager already put the account in needsReauth; answering with an error (not
        // a failed verification) keeps connections.verify from overwriting that with 'error'.
        if (needsReauth(e)) throw asHandled(e);
        return { ok: false, error: alibabaWireError(e) };
      }
    },
  };
}
