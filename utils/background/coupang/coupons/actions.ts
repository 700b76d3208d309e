import { z } from 'zod';
import { couponCreateInput } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import { applied, rejected, type Verdict } from '../../outbox/action';
import { cachedKind } from '../../store/cached-kind';
import type { CoupangClient } from '../api';
import type { CoupangClients } from '../client-factory';
import { singleWriteAction } from '../single-write';
import { downloadBody, instantBody, isSameCoupon } from './mapping';
import { type CouponRequestRecord, rememberDownloadCoupon } from './records';

export const COUPON_ACTION = 'coupang.coupon';
export const couponRequests = cachedKind<CouponRequestRecord>('coupang.couponRequest');

const kind = z.lazy(() => z.enum(['instant', 'download']));
const digits = z.lazy(() => z.string().regex(/^\d{1,30}$/));

/** A coupon write as the outbox keeps it: ids, amounts and the seller's Wing login; no customer data. */
export const couponPayload = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('create'), coupon: couponCreateInput }),
    z.object({
      op: z.literal('attach'),
      kind,
      couponId: digits,
      vendorItemIds: z.array(digits).min(1).max(10_000),
      userId: z.string(),
    }),
    z.object({ op: z.literal('expire'), kind, couponId: digits, userId: z.string() }),
  ]),
);
export type CouponPayload = z.infer<typeof couponPayload>;

const ask = { priority: 'interactive' as const };
/** Pages of a list looked through when reconciling (100 a page). */
const LOOK_PAGES = 20;

/**
 * Every coupon write. Instant-coupon writes are asynchronous on Coupang's side: the send stores the
 * request id to follow (the page polls it to DONE or FAIL and lists the failed options). A
 * download coupon whose attach fails is destroyed by Coupang: that comes back as a rejection
 * saying so. Reconciliation reads the coupon (or the list, for a create) — except a download
 * coupon create, which nothing can look up: its outcome stays unknown rather than guessed.
 */
export function couponAction(core: CoreServices, clients: CoupangClients) {
  const keep = async (accountKey: string, itemId: string, record: CouponRequestRecord) =>
    couponRequests.put(accountKey, itemId, record, { now: core.now(), ttl: (await core.settings.get()).cache });

  return singleWriteAction<CouponPayload>(clients, {
    type: COUPON_ACTION,
    payload: couponPayload,
    async send(client, p, item) {
      if (p.op === 'create' && p.coupon.kind === 'instant') {
        const requestedId = await client.coupons.createInstantCoupon(instantBody(p.coupon), ask);
        await keep(item.accountKey, item.id, { requestedId });
        return applied('REQUESTED');
      }
      if (p.op === 'create') {
        const created = await client.coupons.createDownloadCoupon(downloadBody(p.coupon), ask);
        await rememberDownloadCoupon(item.accountKey, created.couponId, core.now());
        await keep(item.accountKey, item.id, { couponId: created.couponId });
        return applied('CREATED');
      }
      if (p.op === 'attach' && p.kind === 'instant') {
        const requestedId = await client.coupons.attachInstantItems(p.couponId, p.vendorItemIds, ask);
        await keep(item.accountKey, item.id, { requestedId, couponId: p.couponId });
        return applied('REQUESTED');
      }
      if (p.op === 'attach') {
        const r = await client.coupons.attachDownloadItems(p.couponId, p.userId, p.vendorItemIds, ask);
        if (r.requestResultStatus === 'SUCCESS') return applied('ATTACHED');
        return rejected('COUPON_DESTROYED', r.errorMessage ?? r.errorCode);
      }
      if (p.kind === 'instant') {
        const requestedId = await client.coupons.expireInstantCoupon(p.couponId, ask);
        await keep(item.accountKey, item.id, { requestedId, couponId: p.couponId });
        return applied('REQUESTED');
      }
      await client.coupons.expireDownloadCoupon(p.couponId, p.userId, ask);
      return applied('EXPIRED');
    },
    reconcile: (client, p) => lookUp(client, p),
  });
}

async function lookUp(client: CoupangClient, p: CouponPayload): Promise<Verdict> {
  if (p.op === 'create') {
    if (p.coupon.kind === 'download') return 'unknown';
    for (let page = 1; page <= LOOK_PAGES; page++) {
      const list = await client.coupons.listInstantCoupons({ status: 'STANDBY', page, size: 100 });
      if (list.some((c) => isSameCoupon(c, p.coupon))) return 'applied';
      if (list.length < 100) break;
    }
    return 'notApplied';
  }
  if (p.op === 'attach' && p.kind === 'instant') {
    const wanted = new Set(p.vendorItemIds);
    for (let page = 1; page <= LOOK_PAGES; page++) {
      const items = await client.coupons.listInstantItems(p.couponId, page);
      if (items.some((i) => wanted.has(i.vendorItemId))) return 'applied';
      if (items.length < 100) break;
    }
    return 'notApplied';
  }
  if (p.kind === 'instant') {
    const c = await client.coupons.getInstantCoupon(p.couponId);
    return c?.status === 'EXPIRED' ? 'applied' : 'notApplied';
  }
  const c = await client.coupons.getDownloadCoupon(p.couponId);
  if (p.op === 'expire') return c.couponStatus === 'EXPIRED' ? 'applied' : 'notApplied';
  const attached = new Set(c.vendorItemIds);
  return p.vendorItemIds.every((v) => attached.has(v)) ? 'applied' : 'notApplied';
}
