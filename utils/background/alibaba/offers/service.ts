import { type OfferViewWire, offerViewSchema } from '../../../protocol/messages/alibaba';
import type { CoreServices } from '../../core/core';
import { cachedKind } from '../../store/cached-kind';
import { isAlibabaApiError, type OfferView } from '../api';
import type { AlibabaClients } from '../clients';
import { alibabaError } from '../errors';

const offers = cachedKind<OfferViewWire>('alibaba.offer');
/** product.get refuses another supplier's offer in several ways; the cross-border API may still read it. */
function notOwnOffer(e: unknown): boolean {
  return (
    isAlibabaApiError(e) &&
    (e.kind === 'business' || e.kind === 'noPermission' || e.kind === 'notFound' || e.kind === 'apiNotGranted')
  );
}

/** The connected 1688 accounts that may read offers, healthy ones first. */
async function alibabaAccountKeys(core: CoreServices, preferred?: string): Promise<string[]> {
  const all = (await core.accounts.list()).filter((a) => a.marketplace === 'alibaba');
  if (preferred) {
    if (!all.some((a) => a.accountKey === preferred)) {
      throw alibabaError('not_connected', 'noAccount', 'This 1688 member is not connected.');
    }
    return [preferred];
  }
  const keys = [...all.filter((a) => a.status === 'ok'), ...all.filter((a) => a.status !== 'ok')].map(
    (a) => a.accountKey,
  );
  if (!keys.length) throw alibabaError('not_connected', 'noAccount', 'Connect a 1688 member in settings first.');
  return keys;
}

/**
 * Offer details by id: the seller's own offer through `alibaba.product.get`, anyone else's
 * through `alibaba.cross.productInfo` (1688-api.md §4.2). Reference data (no personal data),
 * projected to the view's fields and cached for the seller's reference TTL.
 */
export class OfferService {
  constructor(
    private core: CoreServices,
    private clients: AlibabaClients,
  ) {}

  async get(offerId: string, accountKey?: string): Promise<{ offer: OfferViewWire; accountKey: string }> {
    const keys = await alibabaAccountKeys(this.core, accountKey);
    for (const k of keys) {
      const cached = await offers.get(k, offerId, this.core.now());
      if (cached) return { offer: cached, accountKey: k };
    }
    const key = keys[0]!;
    const conn = await this.clients.get(key);
    let view: OfferView;
    try {
      view = await conn.queue.run((s) => conn.client.getOwnOffer(offerId, { signal: s }), {
        priority: 'interactive',
        dedupeKey: `offer.own:${offerId}`,
      });
    } catch (e) {
      if (!notOwnOffer(e)) throw e;
      view = await conn.queue.run((s) => conn.client.getCrossOffer(offerId, { signal: s }), {
        priority: 'interactive',
        dedupeKey: `offer.cross:${offerId}`,
      });
    }
    // The wire schema strips anything the view does not name; the cache projects again (C5).
    const offer = offerViewSchema.parse(view);
    const { cache } = await this.core.settings.get();
    await offers.put(key, offerId, offer, { now: this.core.now(), ttl: cache });
    return { offer, accountKey: key };
  }
}
