import { RawJsonNumber } from '../../net/lossless-json';
import { ackEnvelope } from '../api/envelope';
import { daysBetween, isKstDate } from '../api/kst';
import type { CallOptions, Transport } from '../api/transport';
import { EXCHANGE_STATUSES, type Exchange, type ExchangeStatus, exchangeListResponse } from './schemas';

/** Exchanges, §4.6. */

const BASE = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}/exchangeRequests';
const MAX_EXCHANGE_DAYS = 7;

export interface ListExchangesParams {
  /** KST `YYYY-MM-DD`, ≤7 days (sent as whole-day `yyyy-MM-ddTHH:mm:ss` bounds). */
  createdAtFrom: string;
  createdAtTo: string;
  status?: ExchangeStatus;
  orderId?: string;
  nextToken?: string;
  maxPerPage?: number;
}

export function createExchangesApi(t: Transport) {
  async function list(
    params: ListExchangesParams,
    options: CallOptions = {},
  ): Promise<{ exchanges: Exchange[]; nextToken?: string }> {
    if (!isKstDate(params.createdAtFrom) || !isKstDate(params.createdAtTo))
      throw new RangeError('dates must be YYYY-MM-DD');
    const span = daysBetween(params.createdAtFrom, params.createdAtTo);
    if (span < 0 || span >= MAX_EXCHANGE_DAYS) throw new RangeError('exchange window must be 1–7 days');
    if (params.status && !EXCHANGE_STATUSES.includes(params.status)) throw new RangeError('unknown exchange status');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: BASE,
      query: [
        ['createdAtFrom', `${params.createdAtFrom}T00:00:00`],
        ['createdAtTo', `${params.createdAtTo}T23:59:59`],
        ['status', params.status],
        ['orderId', params.orderId],
        ['nextToken', params.nextToken],
        ['maxPerPage', params.maxPerPage ?? 50],
      ],
      schema: exchangeListResponse,
      heavy: true,
    });
    return { exchanges: body.data, ...(body.nextToken ? { nextToken: body.nextToken } : {}) };
  }

  async function put(action: string, exchangeId: string, extra: Record<string, unknown>, options: CallOptions) {
    await t.call({
      ...options,
      method: 'PUT',
      path: `${BASE}/{exchangeId}/${action}`,
      pathParams: { exchangeId },
      body: { exchangeId: new RawJsonNumber(exchangeId), vendorId: t.vendorId, ...extra },
      schema: ackEnvelope,
    });
  }

  /**
   * Invoice for the replacement. `shipmentBoxId` must be the NEW box from
   * `deliveryInvoiceGroupDtos`, not originalShipmentBoxId; only after collectStatus=CompleteCollect.
   */
  async function uploadInvoice(
    input: { exchangeId: string; shipmentBoxId: string; courierCode: string; trackingNumber: string },
    options: CallOptions = {},
  ): Promise<void> {
    await t.call({
      ...options,
      method: 'POST',
      path: `${BASE}/{exchangeId}/invoices`,
      pathParams: { exchangeId: input.exchangeId },
      body: [
        {
          exchangeId: new RawJsonNumber(input.exchangeId),
          vendorId: t.vendorId,
          shipmentBoxId: new RawJsonNumber(input.shipmentBoxId),
          goodsDeliveryCode: input.courierCode,
          invoiceNumber: input.trackingNumber,
        },
      ],
      schema: ackEnvelope,
    });
  }

  return {
    list,
    /** RECEIPT → PROGRESS. */
    confirmReceipt: (exchangeId: string, options: CallOptions = {}) =>
      put('receiveConfirmation', exchangeId, {}, options),
    reject: (exchangeId: string, reason: 'SOLDOUT' | 'WITHDRAW', options: CallOptions = {}) =>
      put('rejection', exchangeId, { exchangeRejectCode: reason }, options),
    uploadInvoice,
  };
}

export type ExchangesApi = ReturnType<typeof createExchangesApi>;
