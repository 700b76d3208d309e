import { daysBetween, isKstDate } from '../api/kst';
import { ROCKET_GROWTH_LANE } from '../api/queue';
import type { CallOptions, Transport } from '../api/transport';
import { type RgInventory, type RgOrder, rgInventoryResponse, rgOrderListResponse, rgOrderResponse } from './schemas';

/** Rocket Growth (Coupang-fulfilled) orders and inventory, §4.10. 50 calls/min → own queue lane. */

const BASE = '/v2/providers/rg_open_api/apis/api/v1/vendors/{vendorId}/rg';
const MAX_RG_ORDER_DAYS = 30;

const compactDate = (date: string) => date.replaceAll('-', '');

export function createRocketGrowthApi(t: Transport) {
  async function listOrders(
    params: { from: string; to: string; nextToken?: string },
    options: CallOptions = {},
  ): Promise<{ orders: RgOrder[]; nextToken?: string }> {
    if (!isKstDate(params.from) || !isKstDate(params.to)) throw new RangeError('dates must be YYYY-MM-DD');
    const span = daysBetween(params.from, params.to);
    if (span < 0 || span >= MAX_RG_ORDER_DAYS) throw new RangeError('Rocket Growth window must be 1–30 days');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${BASE}/orders`,
      query: [
        ['paidDateFrom', compactDate(params.from)],
        ['paidDateTo', compactDate(params.to)],
        ['nextToken', params.nextToken],
      ],
      schema: rgOrderListResponse,
      lane: ROCKET_GROWTH_LANE,
    });
    return { orders: body.data, ...(body.nextToken ? { nextToken: body.nextToken } : {}) };
  }

  async function getOrder(orderId: string, options: CallOptions = {}): Promise<RgOrder> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${BASE}/order/{orderId}`,
      pathParams: { orderId },
      schema: rgOrderResponse,
      lane: ROCKET_GROWTH_LANE,
    });
    return body.data;
  }

  async function inventorySummaries(
    params: { vendorItemId?: string; nextToken?: string } = {},
    options: CallOptions = {},
  ): Promise<{ items: RgInventory[]; nextToken?: string }> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${BASE}/inventory/summaries`,
      query: [
        ['vendorItemId', params.vendorItemId],
        ['nextToken', params.nextToken],
      ],
      schema: rgInventoryResponse,
      lane: ROCKET_GROWTH_LANE,
    });
    return { items: body.data, ...(body.nextToken ? { nextToken: body.nextToken } : {}) };
  }

  return { listOrders, getOrder, inventorySummaries };
}

export type RocketGrowthApi = ReturnType<typeof createRocketGrowthApi>;
