import type { CallOptions, Transport } from '../api/transport';
import {
  type CouponRequestStatus,
  cashbackResponse,
  couponRequestStatusResponse,
  type DownloadCoupon,
  downloadCouponSchema,
  type InstantCoupon,
  instantCouponListResponse,
  instantCouponResponse,
} from './schemas';

/** Coupons and book cashback — lookups only for now, §4.7. */

const FMS_V1 = '/v2/providers/fms/apis/api/v1/vendors/{vendorId}';
const FMS_V2 = '/v2/providers/fms/apis/api/v2/vendors/{vendorId}';

export type CouponStatus = 'STANDBY' | 'APPLIED' | 'PAUSED' | 'EXPIRED' | 'DETACHED';

export function createCouponsApi(t: Transport) {
  async function listInstantCoupons(
    params: { status: CouponStatus; page?: number; size?: number },
    options: CallOptions = {},
  ): Promise<InstantCoupon[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${FMS_V2}/coupons`,
      query: [
        ['status', params.status],
        ['page', params.page ?? 1],
        ['size', params.size ?? 20],
      ],
      schema: instantCouponListResponse,
    });
    return body.data.content;
  }

  async function getInstantCoupon(couponId: string, options: CallOptions = {}): Promise<InstantCoupon | undefined> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${FMS_V2}/coupon`,
      query: [['couponId', couponId]],
      schema: instantCouponResponse,
    });
    const content = body.data.content;
    return Array.isArray(content) ? content[0] : content;
  }

  /** Instant-coupon writes are asynchronous: poll this until DONE or FAIL. */
  async function getRequestStatus(requestedId: string, options: CallOptions = {}): Promise<CouponRequestStatus> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${FMS_V1}/requested/{requestedId}`,
      pathParams: { requestedId },
      schema: couponRequestStatusResponse,
    });
    return body.data.content;
  }

  async function getDownloadCoupon(couponId: string, options: CallOptions = {}): Promise<DownloadCoupon> {
    return t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/marketplace_openapi/apis/api/v1/coupons/{couponId}',
      pathParams: { couponId },
      schema: downloadCouponSchema,
    });
  }

  /** Book cashback rule of an item (books only); the shape is not documented in detail. */
  async function getBookCashback(
    params: { ruleId?: string; vendorItemId?: string },
    options: CallOptions = {},
  ): Promise<unknown> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}/products/items/cashback',
      query: [
        ['ruleId', params.ruleId],
        ['vendorItemId', params.vendorItemId],
      ],
      schema: cashbackResponse,
    });
    return body.data;
  }

  return { listInstantCoupons, getInstantCoupon, getRequestStatus, getDownloadCoupon, getBookCashback };
}

export type CouponsApi = ReturnType<typeof createCouponsApi>;
