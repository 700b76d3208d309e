import { storageItem } from '../../store/storage';

/** What the coupons feature keeps: request ids to follow, and the download coupons it knows. */

/**
 * What a coupon write got back, by outbox item (declared kind `coupang.couponRequest`): the
 * request id of an instant-coupon write (to follow until DONE or FAIL), the id of a created
 * download coupon.
 */
export interface CouponRequestRecord {
  requestedId?: string;
  couponId?: string;
}

/** Download coupons Coupang cannot list: the ids created here or added by the seller. */
export interface KnownDownloadCoupon {
  couponId: string;
  addedAt: number;
}

const known = storageItem<KnownDownloadCoupon[]>('downloadCoupons');

export async function knownDownloadCoupons(accountKey: string): Promise<KnownDownloadCoupon[]> {
  const raw = await known.get(accountKey);
  return Array.isArray(raw) ? raw.filter((k) => typeof k?.couponId === 'string') : [];
}

export async function rememberDownloadCoupon(accountKey: string, couponId: string, now: number): Promise<void> {
  await known.update((list) => {
    const current = Array.isArray(list) ? list : [];
    return current.some((k) => k.couponId === couponId) ? current : [...current, { couponId, addedAt: now }];
  }, accountKey);
}
