import { HandledError } from '../../../protocol/envelope';
import type { crossborderMessages } from '../../../protocol/messages/crossborder';
import { refuseCopied } from '../../coupang/products/handlers';
import type { Handlers } from '../../messaging/dispatcher';
import { bestEffort, type CrossborderDeps } from '../flow/deps';
import { addPendingDraft, linkApproved } from './draft-links';
import { loadProductLinks } from './product-links';

type DraftMessages = Pick<typeof crossborderMessages, 'crossborder.createDraft' | 'crossborder.draftStatus'>;

/**
 * Listing drafts from 1688 offers (issue 17): the offer's own words, read from 1688's API answer,
 * are what the seller's title, option names and images may not repeat; the create itself is the
 * products feature's (its outbox action, exactly once); links are saved when Coupang approves.
 */
export function draftHandlers(d: CrossborderDeps): Handlers<DraftMessages> {
  return {
    'crossborder.createDraft': async ({ accountKey, draft, source }, sender) => {
      if (source.options.length !== draft.items.length)
        throw new HandledError('invalid_request', 'Each option of the draft needs its 1688 SKU and units.');
      // Without a connected 1688 member the offer cannot be read: the host check still applies.
      const read = await bestEffort(() => d.offersGet({ offerId: source.offerId }, sender));
      const offer = read?.offer;
      const offerTexts = offer
        ? [offer.title, offer.supplier.name, ...offer.skus.flatMap((s) => s.specs.map((x) => x.value))]
        : [];
      refuseCopied(draft, offerTexts);
      const reply = await d.productsCreate({ accountKey, draft }, sender);
      await addPendingDraft(accountKey, {
        offerId: source.offerId,
        mode: source.mode,
        options: draft.items.map((item, i) => ({
          sellerSku: item.sellerSku,
          ...(source.options[i]?.specId ? { specId: source.options[i]!.specId } : {}),
          unitsPerItem: source.options[i]?.unitsPerItem ?? 1,
        })),
        createdAt: d.core.now(),
      });
      return reply;
    },

    'crossborder.draftStatus': async ({ accountKey, sellerSku }, sender) => {
      const { product } = await d.productsStatus({ accountKey, sellerSku }, sender);
      const items = product?.items ?? [];
      if (items.length) await linkApproved(accountKey, items, d.core.now());
      const ids = new Set(items.map((i) => i.vendorItemId));
      const links = (await loadProductLinks()).filter((l) => ids.has(l.vendorItemId));
      return { ...(product ? { product } : {}), links };
    },
  };
}
