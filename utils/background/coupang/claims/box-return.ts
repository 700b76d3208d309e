import type { DomainOrder } from '../../../domain/order';
import type { ReturnClaim } from '../../../protocol/messages/claims';
import { cachedKind } from '../../store/cached-kind';
import { SNAPSHOT_ENTITY, type Snapshot } from '../../store/snapshot-kind';
import { addDays, type CoupangClient, kstDate } from '../api';
import type { CallOptions } from '../api/transport';
import { toReturnClaim } from '../returns/mapping';

/** The market status Crossdock gives a box Coupang took back through a return (not a Coupang status). */
export const RETURNED = 'RETURNED';

const returnsKind = cachedKind<Snapshot<ReturnClaim>>('coupang.returns');

/** A return (not a stop before shipping, not withdrawn) that took this box back. */
const tookBack = (box: string) => (c: ReturnClaim) =>
  c.receiptType === 'RETURN' &&
  !c.withdrawnAt &&
  c.items.some((i) => i.shipmentBoxId === box && i.releaseStatus !== 'S' && i.releaseStatus !== 'N');

/**
 * Why Coupang no longer lists a box (its single read answers 400 for cancelled and returned
 * boxes alike): the return that took it back, if any. The cached claims first; else one return
 * list by the order (a list call, not a single look-up) over the month after it was placed.
 */
export async function returnOfBox(
  accountKey: string,
  o: DomainOrder,
  client: CoupangClient,
  now: number,
  call: CallOptions,
): Promise<ReturnClaim | undefined> {
  const cached = await returnsKind.get(accountKey, SNAPSHOT_ENTITY, now);
  const hit = cached?.items.find(tookBack(o.shipmentId));
  if (hit || cached) return hit;
  const from = o.orderedAt ? kstDate(Date.parse(o.orderedAt)) : addDays(kstDate(now), -30);
  // The list's window is at most 31 days, and never past today (dates compare as text).
  const to = [addDays(from, 30), kstDate(now)].sort()[0]!;
  const page = await client.returns.list({ createdAtFrom: from, createdAtTo: to, orderId: o.orderId }, call);
  return page.returns.map((r) => toReturnClaim(accountKey, r)).find(tookBack(o.shipmentId));
}
