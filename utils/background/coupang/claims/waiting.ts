import type { ExchangeClaim, ReturnClaim } from '../../../protocol/messages/claims';
import { cachedKind } from '../../store/cached-kind';
import { SNAPSHOT_ENTITY, type Snapshot } from '../../store/snapshot-kind';
import { type ClaimsWaiting, claimsWaiting } from './counts';

const returnsKind = cachedKind<Snapshot<ReturnClaim>>('coupang.returns');
const exchangesKind = cachedKind<Snapshot<ExchangeClaim>>('coupang.exchanges');

/**
 * Returns and exchanges waiting for one Coupang account's seller, from the cached claims (counts
 * only; nothing is fetched): the popup's and the badge's claims part. Zero when nothing is cached.
 */
export async function readClaimsWaiting(accountKey: string, now: number): Promise<ClaimsWaiting> {
  const [r, x] = await Promise.all([
    returnsKind.get(accountKey, SNAPSHOT_ENTITY, now),
    exchangesKind.get(accountKey, SNAPSHOT_ENTITY, now),
  ]);
  return claimsWaiting(r?.items ?? [], x?.items ?? []);
}

/** The badge's number for claims: returns and exchanges waiting, over these accounts. */
export async function claimsWaitingTotal(accountKeys: string[], now: number): Promise<number> {
  const all = await Promise.all(
    accountKeys.filter((k) => k.startsWith('coupang:')).map((k) => readClaimsWaiting(k, now)),
  );
  return all.reduce((n, w) => n + w.returns + w.exchanges, 0);
}
