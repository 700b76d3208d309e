import type { Pagination } from '../api/common-schemas';
import type { CallOptions, Transport } from '../api/transport';
import {
  type OutboundPlace,
  outboundPlaceListResponse,
  placeWriteResponse,
  type ReturnCenter,
  returnCenterListResponse,
} from './schemas';

/** Outbound shipping places and return centres, §4.1: lookups, create and update. */

const V5 = '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}';

/** The address block both kinds of place send (field names as Coupang spells them). */
export interface PlaceAddressBody {
  addressType: string;
  countryCode: string;
  companyContactNumber: string;
  phoneNumber2?: string;
  returnZipCode: string;
  returnAddress: string;
  returnAddressDetail: string;
}

export interface OutboundPlaceBody {
  userId: string;
  shippingPlaceName: string;
  usable: boolean;
  global: boolean;
  placeAddresses: PlaceAddressBody[];
  remoteInfos: Array<{ remoteInfoId?: string; deliveryCode: string; jeju: number; notJeju: number; usable?: boolean }>;
}

export interface ReturnCenterBody {
  userId: string;
  shippingPlaceName: string;
  usable?: boolean;
  placeAddresses: PlaceAddressBody[];
  goodsflowInfoOpenApiDto: {
    deliverCode: string;
    deliverName: string;
    contractNumber?: string;
    [fee: string]: unknown;
  };
}

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

  /** Outbound places by exact name (names are unique per vendor): how an unanswered create is looked up. */
  async function findOutboundPlaces(names: string[], options: CallOptions = {}): Promise<OutboundPlace[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound',
      query: [['placeNames', names.join(',')]],
      schema: outboundPlaceListResponse,
    });
    return body.content;
  }

  /** Answers the new place's code. A write: never retried by the queue. */
  async function createOutboundPlace(input: OutboundPlaceBody, options: CallOptions = {}): Promise<string> {
    const body = await t.call({
      ...options,
      method: 'POST',
      path: `${V5}/outboundShippingCenters`,
      body: { vendorId: t.vendorId, ...input },
      schema: placeWriteResponse,
    });
    return body.data.resultMessage;
  }

  async function updateOutboundPlace(code: string, input: OutboundPlaceBody, options: CallOptions = {}): Promise<void> {
    await t.call({
      ...options,
      method: 'PUT',
      path: `${V5}/outboundShippingCenters/{code}`,
      pathParams: { code },
      body: { vendorId: t.vendorId, outboundShippingPlaceCode: code, ...input },
      schema: placeWriteResponse,
    });
  }

  /** Answers the new return centre's code. */
  async function createReturnCenter(input: ReturnCenterBody, options: CallOptions = {}): Promise<string> {
    const body = await t.call({
      ...options,
      method: 'POST',
      path: `${V5}/returnShippingCenters`,
      body: { vendorId: t.vendorId, ...input },
      schema: placeWriteResponse,
    });
    return body.data.resultMessage;
  }

  async function updateReturnCenter(code: string, input: ReturnCenterBody, options: CallOptions = {}): Promise<void> {
    await t.call({
      ...options,
      method: 'PUT',
      path: `${V5}/returnShippingCenters/{code}`,
      pathParams: { code },
      body: { vendorId: t.vendorId, returnCenterCode: code, ...input },
      schema: placeWriteResponse,
    });
  }

  return {
    listOutboundPlaces,
    listReturnCenters,
    findOutboundPlaces,
    createOutboundPlace,
    updateOutboundPlace,
    createReturnCenter,
    updateReturnCenter,
  };
}

export type LogisticsApi = ReturnType<typeof createLogisticsApi>;
