import type { MarketplaceId } from './order';

/**
 * The two keys every zone uses, built and read only here (no `split(':')` or template strings
 * elsewhere). Ids stay strings: a Coupang shipmentBoxId (18 digits) and a 1688 order id (> 2^53)
 * pass through untouched.
 *
 * - account key `${marketplace}:${accountId}` — one connected Coupang vendor or 1688 member;
 * - order key `${marketplace}:${accountId}:${shipmentId}` — one order (Coupang: one shipment box).
 */
export type AccountKey = `${MarketplaceId}:${string}`;

const MARKETPLACES: readonly MarketplaceId[] = ['coupang', 'alibaba'];
const isMarketplace = (v: string | undefined): v is MarketplaceId =>
  v !== undefined && (MARKETPLACES as readonly string[]).includes(v);

export function accountKey(marketplace: MarketplaceId, accountId: string): AccountKey {
  return `${marketplace}:${accountId}`;
}

/** The account key of anything that names its marketplace and account (an order, a record). */
export function accountKeyOf(o: { marketplace: MarketplaceId; accountId: string }): AccountKey {
  return accountKey(o.marketplace, o.accountId);
}

export function parseAccountKey(key: string): { marketplace: MarketplaceId; accountId: string } | undefined {
  const i = key.indexOf(':');
  const marketplace = key.slice(0, i);
  const accountId = key.slice(i + 1);
  if (i < 0 || !isMarketplace(marketplace) || !accountId || accountId.includes(':')) return undefined;
  return { marketplace, accountId };
}

/** The marketplace an account key belongs to, if it is one. */
export const marketplaceOfAccount = (key: string): MarketplaceId | undefined => parseAccountKey(key)?.marketplace;

export function orderKey(marketplace: MarketplaceId, accountId: string, shipmentId: string): string {
  return `${marketplace}:${accountId}:${shipmentId}`;
}

export interface ParsedOrderKey {
  marketplace: MarketplaceId;
  accountId: string;
  shipmentId: string;
  accountKey: AccountKey;
}

export function parseOrderKey(key: string): ParsedOrderKey | undefined {
  const [marketplace, accountId, shipmentId, ...rest] = key.split(':');
  if (rest.length || !isMarketplace(marketplace) || !accountId || !shipmentId) return undefined;
  return { marketplace, accountId, shipmentId, accountKey: accountKey(marketplace, accountId) };
}

/** What a person reads for an order key: its shipment id, or the key itself when it is not one. */
export const shipmentIdOf = (key: string): string => parseOrderKey(key)?.shipmentId ?? key;
