import { z } from 'zod';
import type { DomainOrder } from '../../../domain/order';
import { RawJsonNumber } from '../../net/lossless-json';
import { type BatchResult, normalizeBatch, runChunks } from '../api/batch';
import { batchResponse } from '../api/batch-schemas';
import { id, optionalText } from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';
import { daysBetween, isKstDate } from '../api/kst';
import { type WalkCheckpoint, type WalkPage, walkDateWindows } from '../api/paging';
import type { CallOptions, Transport } from '../api/transport';
import { mapOrdersheet } from './mapping';
import {
  ORDER_STATUSES,
  type OrderStatus,
  ordersheetHistoryResponse,
  ordersheetListResponse,
  ordersheetResponse,
  ordersheetsByOrderResponse,
} from './schemas';

/** Delivery / orders (발주서), coupang-api.md §4.4. */

const V5 = '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}';
const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';

export const MAX_ORDERSHEET_DAYS = 31;
const MAX_ACK_PER_CALL = 50;

export interface ListOrdersheetsParams {
  status: OrderStatus;
  /** KST dates `YYYY-MM-DD`, inclusive, at most 31 days apart. */
  createdAtFrom: string;
  createdAtTo: string;
  nextToken?: string;
  /** 1–50, default 50. */
  maxPerPage?: number;
}

export interface OrdersheetPage {
  orders: DomainOrder[];
  nextToken?: string;
}

export interface WalkOrdersheetsParams {
  status: OrderStatus;
  /** KST dates `YYYY-MM-DD`, inclusive; any length (split into ≤31-day windows). */
  from: string;
  to: string;
  maxPerPage?: number;
  resume?: WalkCheckpoint | null;
}

export interface InvoiceInput {
  shipmentBoxId: string;
  orderId: string;
  vendorItemId: string;
  courierCode: string;
  trackingNumber: string;
  /** Split shipping: one input per vendorItemId. */
  splitShipping?: boolean;
  preSplitShipped?: boolean;
  /** yyyy-MM-dd, split shipping without an invoice yet. */
  estimatedShippingDate?: string;
}

export type CancelReason = 'CCTTER' | 'CCPNER' | 'CCPRER'; // stock, address, price

export interface CancelOrderInput {
  orderId: string;
  vendorItemIds: string[];
  receiptCounts: number[];
  /** Wing login id of the person cancelling. */
  userId: string;
  reason: CancelReason;
}

export interface StatusHistoryEntry {
  status: string;
  description?: string;
  at?: string;
}

const cancelResponse = z.lazy(() =>
  openapiEnvelope(
    z.object({
      orderId: id.nullish(),
      failedVendorItemIds: z.array(id).nullish(),
      receiptMap: z.record(z.string(), z.object({ receiptId: id.nullish(), receiptType: optionalText })).nullish(),
    }),
  ),
);

function assertDate(value: string, name: string): void {
  if (!isKstDate(value)) throw new RangeError(`${name} must be a YYYY-MM-DD date`);
}

/** v5 wants the KST offset inside the date; buildQuery turns `+` into `%2B`. */
const v5Date = (date: string) => `${date}+09:00`;

function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

function invoiceDto(input: InvoiceInput) {
  return {
    shipmentBoxId: new RawJsonNumber(input.shipmentBoxId),
    orderId: new RawJsonNumber(input.orderId),
    vendorItemId: new RawJsonNumber(input.vendorItemId),
    deliveryCompanyCode: input.courierCode,
    invoiceNumber: input.trackingNumber,
    splitShipping: input.splitShipping ?? false,
    preSplitShipped: input.preSplitShipped ?? false,
    estimatedShippingDate: input.estimatedShippingDate ?? '',
  };
}

/** The invoice input for a whole (non-split) box: Coupang takes one DTO with any of its items. */
export function invoiceForOrder(order: DomainOrder, courierCode: string, trackingNumber: string): InvoiceInput {
  const vendorItemId = order.lines[0]?.itemId;
  if (!vendorItemId) throw new Error('order has no item to attach the invoice to');
  return { shipmentBoxId: order.shipmentId, orderId: order.orderId, vendorItemId, courierCode, trackingNumber };
}

export function createOrdersApi(t: Transport) {
  const context = { vendorId: t.vendorId };

  async function list(params: ListOrdersheetsParams, options: CallOptions = {}): Promise<OrdersheetPage> {
    if (!ORDER_STATUSES.includes(params.status)) throw new RangeError('unknown ordersheet status');
    assertDate(params.createdAtFrom, 'createdAtFrom');
    assertDate(params.createdAtTo, 'createdAtTo');
    const span = daysBetween(params.createdAtFrom, params.createdAtTo);
    if (span < 0 || span >= MAX_ORDERSHEET_DAYS) throw new RangeError('ordersheet window must be 1–31 days');
    const maxPerPage = params.maxPerPage ?? 50;
    if (!(maxPerPage >= 1 && maxPerPage <= 50)) throw new RangeError('maxPerPage must be 1–50');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V5}/ordersheets`,
      query: [
        ['createdAtFrom', v5Date(params.createdAtFrom)],
        ['createdAtTo', v5Date(params.createdAtTo)],
        ['maxPerPage', maxPerPage],
        ['status', params.status],
        ['nextToken', params.nextToken],
      ],
      schema: ordersheetListResponse,
      heavy: true,
    });
    return {
      orders: body.data.map((sheet) => mapOrdersheet(sheet, context)),
      ...(body.nextToken ? { nextToken: body.nextToken } : {}),
    };
  }

  /** Every page of one status over any range, with resumable checkpoints (see paging.ts). */
  function walk(params: WalkOrdersheetsParams, options: CallOptions = {}): AsyncGenerator<WalkPage<DomainOrder>> {
    return walkDateWindows(
      { from: params.from, to: params.to },
      MAX_ORDERSHEET_DAYS,
      async (window, nextToken) => {
        const page = await list(
          {
            status: params.status,
            createdAtFrom: window.from,
            createdAtTo: window.to,
            nextToken,
            maxPerPage: params.maxPerPage,
          },
          options,
        );
        return { items: page.orders, nextToken: page.nextToken };
      },
      params.resume,
    );
  }

  async function getByShipmentBoxId(shipmentBoxId: string, options: CallOptions = {}): Promise<DomainOrder> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V5}/ordersheets/{shipmentBoxId}`,
      pathParams: { shipmentBoxId },
      schema: ordersheetResponse,
    });
    return mapOrdersheet(body.data, context);
  }

  async function getByOrderId(orderId: string, options: CallOptions = {}): Promise<DomainOrder[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V5}/{orderId}/ordersheets`,
      pathParams: { orderId },
      schema: ordersheetsByOrderResponse,
    });
    return body.data.map((sheet) => mapOrdersheet(sheet, context));
  }

  async function history(shipmentBoxId: string, options: CallOptions = {}): Promise<StatusHistoryEntry[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V5}/ordersheets/{shipmentBoxId}/history`,
      pathParams: { shipmentBoxId },
      schema: ordersheetHistoryResponse,
    });
    return (body.data.details ?? []).map((d) => ({
      status: d.deliveryStatus,
      description: d.deliveryStatusDesc,
      at: d.updatedAt,
    }));
  }

  /**
   * ACCEPT → INSTRUCT, in calls of ≤50 boxes. Re-read each acknowledged box afterwards: the buyer
   * may have changed the address while it was ACCEPT.
   */
  async function acknowledge(shipmentBoxIds: readonly string[], options: CallOptions = {}): Promise<BatchResult> {
    return runChunks(
      chunk([...new Set(shipmentBoxIds)], MAX_ACK_PER_CALL),
      (ids) => ids,
      async (ids) => {
        const body = await t.call({
          ...options,
          method: 'PUT',
          path: `${V4}/ordersheets/acknowledgement`,
          body: { vendorId: t.vendorId, shipmentBoxIds: ids.map((v) => new RawJsonNumber(v)) },
          schema: batchResponse,
        });
        return normalizeBatch(ids, body.data);
      },
    );
  }

  async function sendInvoices(
    path: string,
    items: readonly InvoiceInput[],
    options: CallOptions,
  ): Promise<BatchResult> {
    const idsOf = (group: InvoiceInput[]) => group.map((g) => g.shipmentBoxId);
    return runChunks(chunk(items, MAX_ACK_PER_CALL), idsOf, async (group) => {
      const body = await t.call({
        ...options,
        method: 'POST',
        path,
        body: { vendorId: t.vendorId, orderSheetInvoiceApplyDtos: group.map(invoiceDto) },
        schema: batchResponse,
      });
      return normalizeBatch(idsOf(group), body.data);
    });
  }

  /** INSTRUCT → DEPARTURE. Wrong-state boxes come back as INVALID_STATUS items. */
  const uploadInvoices = (items: readonly InvoiceInput[], options: CallOptions = {}) =>
    sendInvoices(`${V4}/orders/invoices`, items, options);

  /** Corrects an invoice (DEPARTURE, DELIVERING, FINAL_DELIVERY, NONE_TRACKING); status resets to DEPARTURE. */
  const updateInvoices = (items: readonly InvoiceInput[], options: CallOptions = {}) =>
    sendInvoices(`${V4}/orders/updateInvoices`, items, options);

  /**
   * Seller-initiated cancel (ACCEPT: cancels; INSTRUCT: stop-shipment). Lowers the seller score —
   * the UI should prefer stock/price management. Result per vendorItemId.
   */
  async function cancelOrder(input: CancelOrderInput, options: CallOptions = {}): Promise<BatchResult> {
    if (input.vendorItemIds.length !== input.receiptCounts.length)
      throw new RangeError('one receiptCount per vendorItemId');
    const body = await t.call({
      ...options,
      method: 'POST',
      path: `${V5}/orders/{orderId}/cancel`,
      pathParams: { orderId: input.orderId },
      body: {
        orderId: new RawJsonNumber(input.orderId),
        vendorId: t.vendorId,
        userId: input.userId,
        vendorItemIds: input.vendorItemIds.map((v) => new RawJsonNumber(v)),
        receiptCounts: input.receiptCounts,
        bigCancelCode: 'CANERR',
        middleCancelCode: input.reason,
      },
      schema: cancelResponse,
    });
    const failed = new Set(body.data.failedVendorItemIds ?? []);
    return {
      items: input.vendorItemIds.map((vendorItemId) =>
        failed.has(vendorItemId)
          ? { id: vendorItemId, ok: false, code: 'CANCEL_FAILED' }
          : { id: vendorItemId, ok: true },
      ),
    };
  }

  return {
    list,
    walk,
    getByShipmentBoxId,
    getByOrderId,
    history,
    acknowledge,
    uploadInvoices,
    updateInvoices,
    cancelOrder,
  };
}

export type OrdersApi = ReturnType<typeof createOrdersApi>;
