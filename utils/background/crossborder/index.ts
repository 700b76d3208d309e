import type { TrustedSender } from '../messaging/dispatcher';
import type { CrossborderDeps } from './flow/deps';
import { FlowService } from './flow/service';
import { crossborderHandlers } from './handlers';
import { settlePendingDrafts } from './links/draft-links';
import { pruneDisconnected } from './links/order-links';
import { restockHandlers } from './restock/handlers';
import { RestockService } from './restock/service';
import { pruneRestockAmounts } from './restock/store';
import { sourcingHandlers } from './sourcing/handlers';

export type { CrossborderDeps } from './flow/deps';

/**
 * Who a handler call the background makes on its own behalf comes from: the extension itself (the
 * same trust zone as its pages). Only handlers that ignore the sender are called this way.
 */
const BACKGROUND_SENDER: TrustedSender = { kind: 'extension-page', url: 'chrome-extension://crossdock/background' };

/**
 * Cross-border fulfilment (issue 17): product and order links, the 구매대행 flow from a Coupang
 * order to the 1688 purchase that fills it and back, profit per order, and the 사입 restock plan. It spans both marketplaces,
 * so it is wired in the composition root with the two modules' handlers it builds on; it registers
 * no sync job or outbox action of its own (purchases and invoices are the modules' actions).
 */
export function crossborderFeature(d: CrossborderDeps) {
  // A disconnected 1688 member's amounts leave the order links with it (1688 §5.11.7).
  d.core.accounts.onChange(() => {
    void d.core.accounts
      .list()
      .then(async (all) => {
        const connected = new Set(all.filter((a) => a.marketplace === 'alibaba').map((a) => a.accountKey));
        await pruneDisconnected(connected);
        await pruneRestockAmounts(connected);
      })
      .catch(() => undefined);
  });
  // Listing drafts whose product Coupang approved are linked after each order sync, panel open or not.
  d.coupangSideReads.register('listingDrafts', (accountKey) =>
    settlePendingDrafts(
      accountKey,
      async (sellerSku) => (await d.productsStatus({ accountKey, sellerSku }, BACKGROUND_SENDER)).product?.items ?? [],
      d.core.now(),
    ),
  );
  return {
    ...crossborderHandlers(d, new FlowService(d)),
    ...restockHandlers(new RestockService(d)),
    ...sourcingHandlers(),
  };
}
