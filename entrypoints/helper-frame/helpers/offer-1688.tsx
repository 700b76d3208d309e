import { skuPriceRange } from '@/utils/calculator/offer-tiers';
import { MessageError, send } from '@/utils/protocol/client';
import type { OfferViewWire } from '@/utils/protocol/messages/alibaba';
import { formatMoney } from '@/utils/ui/format';
import { useT } from '../i18n';
import { Calculator } from './calculator';
import { HelperNotice, type HelperProps, Loading, useLoad } from './common';
import { OfferLink } from './offer-link';

/**
 * 1688 offer page: the offer as the official API describes it (`offers.get` through `helper.offer`,
 * never the page) and
 * the landed-cost calculator. Offer data lives only in this panel's memory and the background's
 * TTL cache; the sourcing list keeps the id and the seller's own numbers (C16).
 */
interface OfferRead {
  offer?: OfferViewWire;
  offerError?: MessageError;
}

export function Offer1688Helper(props: HelperProps) {
  const { t, locale } = useT();
  // The registry only runs this helper on a URL that names an offer.
  const offerId = props.ids.offerId ?? '';
  const data = useLoad(async () => {
    const [offer, calc, sourcing] = await Promise.all([
      // offers.get, judged by this page's current URL (the workbench is an SPA): see helper.offer.
      // Its failure (no 1688 member connected, say) is shown, and the calculator stays: the
      // seller's own unit price is enough for it.
      send('helper.offer', { offerId }).then<OfferRead, OfferRead>(
        (r) => ({ offer: r.offer }),
        (e: unknown) => ({
          offerError: e instanceof MessageError ? e : new MessageError({ code: 'handler_error', message: String(e) }),
        }),
      ),
      send('helper.calculator.get', {}),
      send('helper.sourcing.get', { offerId }),
    ]);
    return { ...offer, calc, sourcing };
  });
  if (!offerId) return null;
  if (data.loading && !data.value) return <Loading />;
  if (data.error || !data.value) {
    return data.error ? <HelperNotice error={data.error} marketplace="alibaba" onRetry={data.reload} /> : null;
  }
  const { offer, offerError, calc, sourcing } = data.value;
  const calculator = (
    <Calculator
      offerId={offerId}
      offer={offer}
      settings={calc.settings}
      entry={sourcing.entry}
      count={sourcing.count}
    />
  );
  if (!offer) {
    return (
      <div class="cd-offer" data-testid="offer-helper" data-offer-id={offerId} data-offer-read="false">
        {offerError ? <HelperNotice error={offerError} marketplace="alibaba" onRetry={data.reload} /> : null}
        {calculator}
      </div>
    );
  }
  const money = (m: { currency: 'KRW' | 'CNY'; minor: number }) => formatMoney(m, locale);
  const skuRange = skuPriceRange(offer);
  return (
    <div class="cd-offer" data-testid="offer-helper" data-offer-id={offer.id}>
      <h2 class="cd-title" data-testid="offer-title">
        {offer.title}
      </h2>
      <p class="cd-muted" data-testid="offer-source">
        {t(offer.source === 'own' ? 'offer.source.own' : 'offer.source.cross')}
        {offer.status ? ` · ${offer.status}` : ''}
      </p>
      <dl class="cd-facts">
        <dt>{t('offer.tiers')}</dt>
        <dd>
          <ul class="cd-tiers" data-testid="offer-tiers">
            {offer.priceTiers.map((tier) => (
              <li key={tier.minQty}>{t('offer.tier', { qty: tier.minQty, price: money(tier.price) })}</li>
            ))}
            {offer.priceTiers.length === 0 && skuRange && (
              <li>
                {t('offer.skuPrices', {
                  min: money({ currency: 'CNY', minor: skuRange.min }),
                  max: money({ currency: 'CNY', minor: skuRange.max }),
                })}
              </li>
            )}
          </ul>
        </dd>
        <dt>{t('offer.minOrder')}</dt>
        <dd data-testid="offer-min-order">
          {offer.minOrderQty}
          {offer.unit ? ` ${offer.unit}` : ''}
        </dd>
        {offer.stock !== undefined && (
          <>
            <dt>{t('offer.stock')}</dt>
            <dd data-testid="offer-stock">{offer.stock}</dd>
          </>
        )}
        <dt>{t('offer.supplier')}</dt>
        <dd data-testid="offer-supplier">{offer.supplier.name}</dd>
        <dt>{t('offer.shipFrom')}</dt>
        <dd data-testid="offer-ship-from">
          {[offer.shipFrom.province, offer.shipFrom.city].filter(Boolean).join(' ')}
        </dd>
      </dl>
      <OfferLink offer={offer} />
      {calculator}
    </div>
  );
}
