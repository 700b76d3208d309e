import type { OfferViewWire } from '../protocol/messages/alibaba';
import { type PriceTier, sortTiers } from './landed-cost';

/**
 * The quantity tiers the calculator prices an offer by: its CNY price ranges; an offer priced per
 * SKU only gets one tier at its lowest SKU price, from its minimum order.
 */
export function tiersOf(offer: Pick<OfferViewWire, 'priceTiers' | 'skus' | 'minOrderQty'>): PriceTier[] {
  const tiers = offer.priceTiers
    .filter((t) => t.price.currency === 'CNY')
    .map((t) => ({ minQty: t.minQty, priceFen: t.price.minor }));
  if (tiers.length) return sortTiers(tiers);
  const skuPrices = offer.skus.flatMap((s) => (s.price?.currency === 'CNY' ? [s.price.minor] : []));
  return skuPrices.length ? [{ minQty: Math.max(1, offer.minOrderQty), priceFen: Math.min(...skuPrices) }] : [];
}

/** Lowest and highest SKU price (fen), for offers without quantity tiers. */
export function skuPriceRange(offer: Pick<OfferViewWire, 'skus'>): { min: number; max: number } | undefined {
  const prices = offer.skus.flatMap((s) => (s.price?.currency === 'CNY' ? [s.price.minor] : []));
  return prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : undefined;
}
