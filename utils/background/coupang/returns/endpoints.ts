import { RawJsonNumber } from '../../net/lossless-json';
import { ackEnvelope } from '../api/envelope';
import { daysBetween, isKstDate } from '../api/kst';
import { type WalkCheckpoint, type WalkPage, walkDateWindows } from '../api/paging';
import type { CallOptions, Transport } from '../api/transport';
import {
  RETURN_STATUSES,
  type ReturnRequest,
  type ReturnStatusFilter,
  returnListResponse,
  returnResponse,
  type Withdrawal,
  withdrawalListResponse,
  withdrawalPageResponse,
} from './schemas';

/**
 * Returns and cancellations, §4.5. A buyer's cancel request on an acknowledged order shows up here
 * as status RU (출고중지요청): answer it with `stopShipment` when the box has not left, or
 * `markAlreadyShipped` when it has (that turns it into a return).
 */

const V6 = '/v2/providers/openapi/apis/api/v6/vendors/{vendorId}';
const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';
const MAX_RETURN_DAYS = 31;
/** Withdraw history: `dateFrom`..`dateTo` inclusive, at most 7 days. */
export const MAX_WITHDRAW_DAYS = 7;

export interface ListReturnsParams {
  /** KST `YYYY-MM-DD`, ≤31 days. */
  createdAtFrom: string;
  createdAtTo: string;
  /** Omit with `cancelType: 'CANCEL'` (cancels made while ACCEPT). */
  status?: ReturnStatusFilter;
  cancelType?: 'RETURN' | 'CANCEL';
  orderId?: string;
  nextToken?: string;
  maxPerPage?: number;
}

export interface ReturnPage {
  returns: ReturnRequest[];
  nextToken?: string;
}

export function createReturnsApi(t: Transport) {
  async function list(params: ListReturnsParams, options: CallOptions = {}): Promise<ReturnPage> {
    if (!isKstDate(params.createdAtFrom) || !isKstDate(params.createdAtTo))
      throw new RangeError('dates must be YYYY-MM-DD');
    const span = daysBetween(params.createdAtFrom, params.createdAtTo);
    if (span < 0 || span >= MAX_RETURN_DAYS) throw new RangeError('return window must be 1–31 days');
    if (params.status && !RETURN_STATUSES.includes(params.status)) throw new RangeError('unknown return status');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V6}/returnRequests`,
      query: [
        ['createdAtFrom', params.createdAtFrom],
        ['createdAtTo', params.createdAtTo],
        ['status', params.status],
        ['cancelType', params.cancelType],
        ['orderId', params.orderId],
        ['nextToken', params.nextToken],
        ['maxPerPage', params.maxPerPage ?? 50],
      ],
      schema: returnListResponse,
      heavy: true,
    });
    return { returns: body.data, ...(body.nextToken ? { nextToken: body.nextToken } : {}) };
  }

  /** Pending stop-shipment (cancel) requests over any range, resumable like the ordersheet walk. */
  function walkStopShipmentRequests(
    range: { from: string; to: string },
    resume?: WalkCheckpoint | null,
    options: CallOptions = {},
  ): AsyncGenerator<WalkPage<ReturnRequest>> {
    return walkDateWindows(
      range,
      MAX_RETURN_DAYS,
      async (window, nextToken) => {
        const page = await list(
          { createdAtFrom: window.from, createdAtTo: window.to, status: 'RU', nextToken },
          options,
        );
        return { items: page.returns, nextToken: page.nextToken };
      },
      resume,
    );
  }

  async function get(receiptId: string, options: CallOptions = {}): Promise<ReturnRequest> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V6}/returnRequests/{receiptId}`,
      pathParams: { receiptId },
      schema: returnResponse,
    });
    return Array.isArray(body.data) ? body.data[0]! : body.data;
  }

  async function put(
    path: string,
    receiptId: string,
    body: Record<string, unknown>,
    options: CallOptions,
  ): Promise<void> {
    await t.call({
      ...options,
      method: 'PUT',
      path: `${V4}/returnRequests/{receiptId}/${path}`,
      pathParams: { receiptId },
      body: { vendorId: t.vendorId, receiptId: new RawJsonNumber(receiptId), ...body },
      schema: ackEnvelope,
    });
  }

  /** One page of returns the buyers withdrew between two KST dates (inclusive, ≤7 days). */
  async function listWithdrawals(
    params: { dateFrom: string; dateTo: string; pageIndex?: number; sizePerPage?: number },
    options: CallOptions = {},
  ): Promise<{ withdrawals: Withdrawal[]; nextPageIndex?: number }> {
    if (!isKstDate(params.dateFrom) || !isKstDate(params.dateTo)) throw new RangeError('dates must be YYYY-MM-DD');
    const span = daysBetween(params.dateFrom, params.dateTo);
    if (span < 0 || span >= MAX_WITHDRAW_DAYS) throw new RangeError('withdraw window must be 1–7 days');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V4}/returnWithdrawRequests`,
      query: [
        ['dateFrom', params.dateFrom],
        ['dateTo', params.dateTo],
        ['pageIndex', params.pageIndex ?? 1],
        ['sizePerPage', params.sizePerPage ?? 100],
      ],
      schema: withdrawalPageResponse,
      heavy: true,
    });
    return { withdrawals: body.data, ...(body.nextPageIndex ? { nextPageIndex: body.nextPageIndex } : {}) };
  }

  /** Which of these receipts (≤50) the buyers withdrew. */
  async function withdrawalsByIds(receiptIds: string[], options: CallOptions = {}): Promise<Withdrawal[]> {
    if (receiptIds.length === 0 || receiptIds.length > 50) throw new RangeError('1–50 receipt ids');
    const body = await t.call({
      ...options,
      method: 'POST',
      path: `${V4}/returnWithdrawList`,
      body: { vendorId: t.vendorId, cancelIds: receiptIds.map((id) => new RawJsonNumber(id)) },
      schema: withdrawalListResponse,
    });
    return body.data;
  }

  /** 회수송장 for sellers without automatic pickup (Goodsflow): the courier collecting the return. */
  async function registerPickupInvoice(
    input: { type: 'RETURN' | 'EXCHANGE'; receiptId: string; courierCode: string; trackingNumber: string },
    options: CallOptions = {},
  ): Promise<void> {
    await t.call({
      ...options,
      method: 'POST',
      path: `${V4}/return-exchange-invoices/manual`,
      body: {
        vendorId: t.vendorId,
        returnExchangeDeliveryType: input.type,
        receiptId: new RawJsonNumber(input.receiptId),
        deliveryCompanyCode: input.courierCode,
        invoiceNumber: input.trackingNumber,
        regNumber: '',
      },
      schema: ackEnvelope,
    });
  }

  return {
    list,
    listWithdrawals,
    withdrawalsByIds,
    registerPickupInvoice,
    walkStopShipmentRequests,
    get,
    /** 출고중지완료: the box did not leave. `cancelCount` = total quantity of the receipt. */
    stopShipment: (receiptId: string, cancelCount: number, options: CallOptions = {}) =>
      put('stoppedShipment', receiptId, { cancelCount }, options),
    /** 이미출고: the box already left; becomes a return (seller pays round-trip shipping). */
    markAlreadyShipped: (receiptId: string, courierCode: string, trackingNumber: string, options: CallOptions = {}) =>
      put('completedShipment', receiptId, { deliveryCompanyCode: courierCode, invoiceNumber: trackingNumber }, options),
    /** 입고확인: the returned goods arrived. */
    confirmReceipt: (receiptId: string, options: CallOptions = {}) =>
      put('receiveConfirmation', receiptId, {}, options),
    approve: (receiptId: string, cancelCount: number, options: CallOptions = {}) =>
      put('approval', receiptId, { cancelCount }, options),
  };
}

export type ReturnsApi = ReturnType<typeof createReturnsApi>;
