import { RawJsonNumber } from '../../net/lossless-json';
import type { CallOptions, Transport } from '../api/transport';
import {
  type Budget,
  budgetResponse,
  type Contract,
  type CouponRequestStatus,
  cashbackResponse,
  contractListResponse,
  couponItemListResponse,
  couponRequestedResponse,
  couponRequestStatusResponse,
  type DownloadCoupon,
  type DownloadResult,
  downloadCouponSchema,
  downloadItemsResponse,
  downloadResultSchema,
  type InstantCoupon,
  instantCouponListResponse,
  instantCouponResponse,
} from './schemas';

/** Instant-discount and download coupons, contracts and budgets, book cashback, §4.7. */

const DOWNLOAD = '/v2/providers/marketplace_openapi/apis/api/v1';

export interface InstantCouponBody {
  contractId: string;
  name: string;
  maxDiscountPrice: number;
  discount: number;
  /** `yyyy-MM-dd HH:mm:ss`, KST. */
  startAt: string;
  endAt: string;
  type: 'RATE' | 'PRICE' | 'FIXED_WITH_QUANTITY';
  wowExclusive: boolean;
}

export interface DownloadCouponBody {
  title: string;
  contractId: string;
  couponType: 'DOWNLOAD';
  startDate: string;
  endDate: string;
  userId: string;
  policies: Array<{
    title: string;
    description: string;
    typeOfDiscount: 'PRICE' | 'RATE';
    discount: number;
    minimumPrice: number;
    maximumDiscountPrice: number;
    maximumPerDaily: number;
  }>;
}

const FMS_V1 = '/v2/providers/fms/apis/api/v1/vendors/{vendorId}';
const FMS_V2 = '/v2/providers/fms/apis/api/v2/vendors/{vendorId}';

/** Ids go to Coupang as bare JSON numbers, written from their digits (never through a double). */
const rawId = (digits: string) => new RawJsonNumber(digits);

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

  async function listContracts(options: CallOptions = {}): Promise<Contract[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${FMS_V2}/contract/list`,
      schema: contractListResponse,
    });
    return body.data.content;
  }

  /** The contract's budget for a month (`yyyy-MM`). */
  async function getBudget(contractId: string, targetMonth: string, options: CallOptions = {}): Promise<Budget> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${FMS_V1}/budgets`,
      query: [
        ['contractId', contractId],
        ['targetMonth', targetMonth],
      ],
      schema: budgetResponse,
    });
    return body.data.content;
  }

  /** Answers the request id to poll (the coupon id shows on the request once it is done). */
  async function createInstantCoupon(input: InstantCouponBody, options: CallOptions = {}): Promise<string> {
    const body = await t.call({
      ...options,
      method: 'POST',
      path: `${FMS_V2}/coupon`,
      body: { ...input, contractId: rawId(input.contractId) },
      schema: couponRequestedResponse,
    });
    return body.data.content.requestedId;
  }

  async function attachInstantItems(
    couponId: string,
    vendorItemIds: string[],
    options: CallOptions = {},
  ): Promise<string> {
    const body = await t.call({
      ...options,
      method: 'POST',
      path: `${FMS_V1}/coupons/{couponId}/items`,
      pathParams: { couponId },
      body: { vendorItems: vendorItemIds.map(rawId) },
      schema: couponRequestedResponse,
    });
    return body.data.content.requestedId;
  }

  /** Fails while another request on the coupon is still being processed. */
  async function expireInstantCoupon(couponId: string, options: CallOptions = {}): Promise<string> {
    const body = await t.call({
      ...options,
      method: 'PUT',
      path: `${FMS_V1}/coupons/{couponId}`,
      pathParams: { couponId },
      query: [['action', 'expire']],
      schema: couponRequestedResponse,
    });
    return body.data.content.requestedId;
  }

  /** One page of a coupon's items (`size` ≤ 100). */
  async function listInstantItems(couponId: string, page: number, options: CallOptions = {}) {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${FMS_V1}/coupons/{couponId}/items`,
      pathParams: { couponId },
      query: [
        ['page', page],
        ['size', 100],
      ],
      schema: couponItemListResponse,
    });
    return body.data.content;
  }

  async function createDownloadCoupon(input: DownloadCouponBody, options: CallOptions = {}): Promise<DownloadCoupon> {
    return t.call({
      ...options,
      method: 'POST',
      path: `${DOWNLOAD}/coupons`,
      body: { ...input, contractId: rawId(input.contractId) },
      schema: downloadCouponSchema,
    });
  }

  /**
   * Attaches options (≤ 100) to a download coupon. If Coupang fails the attach, it destroys the
   * coupon: the answer is per coupon, a FAIL result is returned (not thrown) so the caller can say so.
   */
  async function attachDownloadItems(
    couponId: string,
    userId: string,
    vendorItemIds: string[],
    options: CallOptions = {},
  ): Promise<DownloadResult> {
    const body = await t.call({
      ...options,
      method: 'PUT',
      path: `${DOWNLOAD}/coupon-items`,
      body: { couponItems: [{ couponId: rawId(couponId), userId, vendorItemIds: vendorItemIds.map(rawId) }] },
      schema: downloadItemsResponse,
    });
    const first = Array.isArray(body) ? body[0] : body;
    return first ?? { requestResultStatus: 'FAIL', errorCode: undefined, errorMessage: 'no result' };
  }

  async function expireDownloadCoupon(couponId: string, userId: string, options: CallOptions = {}): Promise<void> {
    await t.call({
      ...options,
      method: 'POST',
      path: `${DOWNLOAD}/coupons/expire`,
      body: { expireCouponList: [{ couponId: rawId(couponId), reason: 'expired', userId }] },
      schema: downloadResultSchema,
    });
  }

  return {
    listInstantCoupons,
    getInstantCoupon,
    getRequestStatus,
    getDownloadCoupon,
    getBookCashback,
    listContracts,
    getBudget,
    createInstantCoupon,
    attachInstantItems,
    expireInstantCoupon,
    listInstantItems,
    createDownloadCoupon,
    attachDownloadItems,
    expireDownloadCoupon,
  };
}

export type CouponsApi = ReturnType<typeof createCouponsApi>;
