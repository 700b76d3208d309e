import { pageContextFor } from '../../page-helpers/registry';
import { HandledError } from '../../protocol/envelope';
import type { alibabaMessages } from '../../protocol/messages/alibaba';
import type { CoreServices } from '../core/core';
import type { Handlers } from '../messaging/dispatcher';
import { relayOrigin } from './clients';
import type { AlibabaConnector } from './connect';
import { asHandled } from './errors';
import type { LogisticsService } from './logistics/service';
import type { OfferService } from './offers/service';
import type { PurchaseService } from './purchase/service';
import type { SecretStore } from './secrets';

export interface AlibabaHandlerDeps {
  core: CoreServices;
  secrets: SecretStore;
  connector: AlibabaConnector;
  logistics: LogisticsService;
  offers: OfferService;
  purchases: PurchaseService;
}

/** Runs a handler body; 1688 and queue failures reach the page as typed, presentable errors. */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw asHandled(e);
  }
}

export function alibabaHandlers(d: AlibabaHandlerDeps): Handlers<typeof alibabaMessages> {
  const { core } = d;
  return {
    'connections.connectAlibaba': (req) =>
      guarded(async () => ({ account: await core.accounts.toView(await d.connector.connect(req), core.now()) })),

    'connections.reauthorize': ({ accountKey }) =>
      guarded(async () => ({
        account: await core.accounts.toView(await d.connector.reauthorize(accountKey), core.now()),
      })),

    'alibaba.connectionInfo': () =>
      guarded(async () => {
        const accounts = (await core.accounts.list()).filter((a) => a.marketplace === 'alibaba');
        const connections = await Promise.all(
          accounts.map(async (a) => {
            const secret = await d.secrets.get(a.accountKey).catch(() => undefined);
            const mode = secret?.mode ?? (a.mode === 'relay' ? 'relay' : 'ownApp');
            return {
              accountKey: a.accountKey,
              mode,
              ...(secret?.mode === 'relay' ? { relayOrigin: relayOrigin(secret.relayUrl) } : {}),
              ...(a.refreshExpiresAt !== undefined ? { refreshExpiresAt: a.refreshExpiresAt } : {}),
            };
          }),
        );
        return { connections };
      }),

    'alibaba.logistics': ({ orderKey }) => guarded(() => d.logistics.get(orderKey)),

    'offers.get': ({ offerId, accountKey }, sender) =>
      guarded(async () => {
        if (sender.kind !== 'extension-page') {
          // A page (the helper frame in its tab) may ask only about the offer its URL names (architecture: trust zones).
          const ctx = pageContextFor(sender.pageUrl);
          if (ctx?.ids.offerId !== offerId) {
            throw new HandledError(
              'forbidden',
              'This page may only ask about its own offer.',
              'alibaba.offerNotInPage',
            );
          }
          return d.offers.get(offerId);
        }
        return d.offers.get(offerId, accountKey);
      }),

    'purchase.preview': ({ accountKey, lines, address }) =>
      guarded(() => d.purchases.preview(accountKey, lines, address)),

    'purchase.create': (req) => guarded(() => d.purchases.create(req)),

    'purchase.status': ({ accountKey, idempotencyKey }) =>
      guarded(() => d.purchases.status(accountKey, idempotencyKey)),
  };
}
