import type { z } from 'zod';
import type { DomainOrder } from '../../../domain/order';
import { toShipments, toTraces } from '../logistics/mapping';
import { logisticsInfosResponseSchema, logisticsTraceResponseSchema } from '../logistics/schemas';
import type { LogisticsShipment, LogisticsTrace } from '../logistics/view';
import { toOfferView } from '../offers/mapping';
import { productResponseSchema } from '../offers/schemas';
import type { OfferView } from '../offers/view';
import { toDomainOrder } from '../orders/mapping';
import type { OrderListQuery, OrderPage } from '../orders/order-query';
import { orderDetailResponseSchema, orderListResponseSchema } from '../orders/schemas';
import { toCreatedOrder, toPurchasePreview } from '../purchase/mapping';
import type { CreatedPurchaseOrder, PurchaseCreateInput, PurchaseInput, PurchasePreview } from '../purchase/preview';
import { createOrderParams, orderListParams, previewParams } from '../purchase/requests';
import { createOrderResponseSchema, previewResponseSchema } from '../purchase/schemas';
import { ALIBABA_APIS, type ApiRef } from './api-catalog';
import { businessError } from './business-errors';
import { withoutNulls } from './common-schemas';
import { AlibabaApiError } from './errors';
import { checkId, checkPurchase } from './input-checks';
import type { AopParamInput } from './param-encoding';
import type { AopSigner } from './signer';
import type { TokenManager } from './token-manager';
import { type CallOptions, createTransport } from './transport';
import { outcomeUnknown } from './transport-errors';

/**
 * The 1688 Open Platform client of the background worker. Every method: signed call → gateway
 * and business error mapping → zod schema → domain/view model. Ids stay strings end to end.
 */
export interface AlibabaClientConfig {
  gatewayBaseUrl: string;
  appKey: string;
  signer: AopSigner;
  tokens: TokenManager;
  fetch: typeof fetch;
  now: () => number;
}

export type OrderView = 'seller' | 'buyer';
export interface RequestOptions {
  signal?: AbortSignal;
}

export interface AlibabaClient {
  listSellerOrders(query?: OrderListQuery, o?: RequestOptions): Promise<OrderPage>;
  getSellerOrder(orderId: string, o?: RequestOptions): Promise<DomainOrder>;
  listBuyerOrders(query?: OrderListQuery, o?: RequestOptions): Promise<OrderPage>;
  getBuyerOrder(orderId: string, o?: RequestOptions): Promise<DomainOrder>;
  getLogistics(view: OrderView, orderId: string, o?: RequestOptions): Promise<LogisticsShipment[]>;
  getLogisticsTrace(view: OrderView, orderId: string, o?: RequestOptions): Promise<LogisticsTrace[]>;
  getOwnOffer(offerId: string, o?: RequestOptions): Promise<OfferView>;
  getCrossOffer(offerId: string, o?: RequestOptions): Promise<OfferView>;
  previewPurchase(input: PurchaseInput, o?: RequestOptions): Promise<PurchasePreview>;
  /** Never retried by the client; `outcomeUnknown` means: look the order up before trying again. */
  createPurchase(input: PurchaseCreateInput, o?: RequestOptions): Promise<CreatedPurchaseOrder>;
}

function schemaError(route: string, mutation: boolean, cause: unknown): AlibabaApiError {
  // A write that ran but answered in an unexpected shape may still have created the order.
  if (mutation) return outcomeUnknown(route, cause, 200);
  return new AlibabaApiError({
    kind: 'badResponse',
    retryable: false,
    route,
    fix: 'reportBug',
    httpStatus: 200,
    message: `unexpected 1688 response shape on ${route}`,
    cause,
  });
}

export function createAlibabaClient(cfg: AlibabaClientConfig): AlibabaClient {
  const transport = createTransport(cfg);

  async function fetchAs<S extends z.ZodType>(
    api: ApiRef,
    params: AopParamInput,
    schema: S,
    options: CallOptions,
  ): Promise<z.output<S>> {
    const body = withoutNulls(await transport.call(api, params, options));
    const business = businessError(body, api.name);
    if (business) throw business;
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw schemaError(api.name, options.mutation === true, parsed.error);
    return parsed.data;
  }

  /** Mapping failures (no exact id, unreadable date or amount) are response-shape problems too. */
  function mapped<T>(route: string, map: () => T): T {
    try {
      return map();
    } catch (e) {
      throw schemaError(route, false, e);
    }
  }

  async function listOrders(role: OrderView, query: OrderListQuery, o: RequestOptions): Promise<OrderPage> {
    const api = role === 'seller' ? ALIBABA_APIS.sellerOrderList : ALIBABA_APIS.buyerOrderList;
    const params = orderListParams(query, role);
    const data = await fetchAs(api, params, orderListResponseSchema, o);
    const memberId = await cfg.tokens.getMemberId();
    const page = params.page as number;
    const pageSize = params.pageSize as number;
    return {
      orders: mapped(api.name, () => data.result.map((t) => toDomainOrder(t, role, memberId))),
      totalRecord: data.totalRecord,
      page,
      pageSize,
      hasMore: page * pageSize < data.totalRecord,
    };
  }

  async function getOrder(role: OrderView, orderId: string, o: RequestOptions): Promise<DomainOrder> {
    const api = role === 'seller' ? ALIBABA_APIS.sellerOrderDetail : ALIBABA_APIS.buyerOrderDetail;
    checkId(orderId, 'orderId', api.name);
    // includeFields is documented for the buyer view only (§4.3); the seller detail sends the SDK's params.
    const params: AopParamInput =
      role === 'buyer' ? { webSite: '1688', orderId, includeFields: 'NativeLogistics' } : { webSite: '1688', orderId };
    const data = await fetchAs(api, params, orderDetailResponseSchema, o);
    const memberId = await cfg.tokens.getMemberId();
    return mapped(api.name, () => toDomainOrder(data.result, role, memberId));
  }

  async function getOffer(api: ApiRef, idParam: string, offerId: string, source: 'own' | 'cross', o: RequestOptions) {
    checkId(offerId, 'offerId', api.name);
    const params: AopParamInput = source === 'own' ? { [idParam]: offerId, webSite: '1688' } : { [idParam]: offerId };
    const data = await fetchAs(api, params, productResponseSchema, o);
    return mapped(api.name, () => toOfferView(data.productInfo, source));
  }

  return {
    listSellerOrders: (query = {}, o = {}) => listOrders('seller', query, o),
    listBuyerOrders: (query = {}, o = {}) => listOrders('buyer', query, o),
    getSellerOrder: (orderId, o = {}) => getOrder('seller', orderId, o),
    getBuyerOrder: (orderId, o = {}) => getOrder('buyer', orderId, o),

    async getLogistics(view, orderId, o = {}) {
      const api = view === 'seller' ? ALIBABA_APIS.sellerLogisticsInfos : ALIBABA_APIS.buyerLogisticsInfos;
      checkId(orderId, 'orderId', api.name);
      // `fields` without sender/receiver: tracking needs neither (C5).
      const params = { orderId, webSite: '1688', fields: 'company.name,sendgood' };
      const data = await fetchAs(api, params, logisticsInfosResponseSchema, o);
      return mapped(api.name, () => toShipments(data));
    },

    async getLogisticsTrace(view, orderId, o = {}) {
      const api = view === 'seller' ? ALIBABA_APIS.sellerLogisticsTrace : ALIBABA_APIS.buyerLogisticsTrace;
      checkId(orderId, 'orderId', api.name);
      const data = await fetchAs(api, { orderId, webSite: '1688' }, logisticsTraceResponseSchema, o);
      return mapped(api.name, () => toTraces(data));
    },

    getOwnOffer: (offerId, o = {}) => getOffer(ALIBABA_APIS.ownProduct, 'productID', offerId, 'own', o),
    getCrossOffer: (offerId, o = {}) => getOffer(ALIBABA_APIS.crossProduct, 'productId', offerId, 'cross', o),

    async previewPurchase(input, o = {}) {
      const api = ALIBABA_APIS.orderPreview;
      checkPurchase(input, api.name);
      const data = await fetchAs(api, previewParams(input), previewResponseSchema, o);
      return mapped(api.name, () => toPurchasePreview(data));
    },

    async createPurchase(input, o = {}) {
      const api = ALIBABA_APIS.fastCreateOrder;
      checkPurchase(input, api.name);
      const data = await fetchAs(api, createOrderParams(input), createOrderResponseSchema, { ...o, mutation: true });
      try {
        return toCreatedOrder(data);
      } catch (e) {
        throw schemaError(api.name, true, e);
      }
    },
  };
}
