import type { sourcingMessages } from '../../../protocol/messages/crossborder-sourcing';
import type { Handlers } from '../../messaging/dispatcher';
import { readSourcing, removeFromSourcing } from '../../page-helpers/stores';
import { loadProductLinks } from '../links/product-links';

/** The sourcing list's messages: the offer helper's store, joined with the product links per offer. */
export function sourcingHandlers(): Handlers<typeof sourcingMessages> {
  return {
    'sourcing.list': async () => {
      const [entries, links] = await Promise.all([readSourcing(), loadProductLinks()]);
      return {
        rows: entries.map((e) => ({
          ...e,
          links: links
            .filter((l) => l.offerId === e.offerId)
            .map((l) => ({ vendorItemId: l.vendorItemId, mode: l.mode })),
        })),
      };
    },
    'sourcing.remove': ({ offerId }) => removeFromSourcing(offerId),
  };
}
