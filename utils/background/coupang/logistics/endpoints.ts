import type { Pagination } from '../api/common-schemas';
import type { CallOptions, Transport } from '../api/transport';
import { type OutboundPlace, outboundPlaceListResponse, type ReturnCenter, returnCenterListResponse } from './schemas';

/** Outbound shipping places and return centres (lookups), §4.1. */

export interface PlacePage<T> {
  items: T[];
  pagination?: Pagination;
}

export function createLogisticsApi(t: Transport) {
  async function listOutboundPlaces(
    params: { pageNum?: number; pageSize?: number } = {},
    options: CallOptions = {},
  ): Promise<PlacePage<OutboundPlace>> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound',
      query: [
        ['pageNum', params.pageNum ?? 1],
        ['pageSize', params.pageSize ?? 50],
      ],
      schema: outboundPlaceListResponse,
    });
    return { items: body.content, pagination: body.pagination ?? undefined };
  }

  async function listReturnCenters(
    params: { pageNum?: number; pageSize?: number } = {},
    options: CallOptions = {},
  ): Promise<PlacePage<ReturnCenter>> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/returnShippingCenters',
      query: [
        ['pageNum', params.pageNum ?? 1],
        ['pageSize', params.pageSize ?? 50],
      ],
      schema: returnCenterListResponse,
    });
    return { items: body.data.content, pagination: body.data.pagination ?? undefined };
  }

  return { listOutboundPlaces, listReturnCenters };
}

export type LogisticsApi = ReturnType<typeof createLogisticsApi>;
