import { type Context, Hono } from 'hono';
import type { RgOrder } from '../data/model';
import type { CoupangEnv } from '../env';
import { rgError, rgOk } from '../envelopes';
import { toInt } from '../request';
import { DAY_MS, parseCompactKstDate } from '../time';

/**
 * Rocket Growth (Coupang-fulfilled) orders and warehouse stock (reference §4.10), with their own
 * 50 calls/minute limit (enforced by the gateway). Paging is `nextToken` only: no token, no more.
 */
const BASE = '/v2/providers/rg_open_api/apis/api/v1/vendors/:vendorId/rg';
const PAGE_SIZE = 50;
const BAD_PARAMS = '요청에 매개변수가 누락되었거나 매개변수가 유효하지 않아 구문 분석할 수 없습니다.';

function renderListOrder(o: RgOrder, vendorId: string) {
  return {
    vendorId,
    orderId: o.orderId,
    // Epoch milliseconds as a string in the list…
    paidAt: String(o.paidAt),
    orderItems: o.lines.map((l) => ({
      vendorItemId: l.item.vendorItemId,
      productName: `${l.item.product.sellerProductName} ${l.item.itemName}`,
      salesQuantity: l.qty,
      unitSalesPrice: l.unitPrice,
      currency: 'KRW',
    })),
  };
}

function renderSingleOrder(o: RgOrder, vendorId: string) {
  return {
    vendorId,
    orderId: o.orderId,
    // …and ISO-8601 UTC in the single-order API.
    paidAt: new Date(o.paidAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    orderItems: o.lines.map((l) => ({
      vendorItemId: l.item.vendorItemId,
      productName: `${l.item.product.sellerProductName} ${l.item.itemName}`,
      salesQuantity: l.qty,
      salesPrice: l.unitPrice,
      currency: 'KRW',
    })),
  };
}

function listOrders(c: Context<CoupangEnv>): Response {
  const from = parseCompactKstDate(c.req.query('paidDateFrom'));
  const to = parseCompactKstDate(c.req.query('paidDateTo'));
  if (from === null || to === null || to < from) return rgError(400, BAD_PARAMS);
  if ((to - from) / DAY_MS > 30) return rgError(400, '조회 기간은 최대 30일입니다.');
  const token = c.req.query('nextToken');
  if (token && !/^\d+$/.test(token)) return rgError(400, BAD_PARAMS);
  const vd = c.get('vendorData');
  const all = vd.rgOrders.filter((o) => o.paidAt >= from && o.paidAt < to + DAY_MS);
  const start = token ? Number(token) : 0;
  const page = all.slice(start, start + PAGE_SIZE);
  const next = start + PAGE_SIZE < all.length ? String(start + PAGE_SIZE) : undefined;
  return rgOk(
    page.map((o) => renderListOrder(o, vd.vendor.vendorId)),
    next,
  );
}

function inventory(c: Context<CoupangEnv>): Response {
  const vd = c.get('vendorData');
  const items = vd.products.filter((p) => p.rocketGrowth && p.status !== 'DELETED').flatMap((p) => p.items);
  const render = (i: (typeof items)[number]) => ({
    vendorId: vd.vendor.vendorId,
    vendorItemId: i.vendorItemId,
    externalSkuId: i.externalVendorSku,
    inventoryDetails: { totalOrderableQuantity: i.rgOrderable },
    salesCountMap: { SALES_COUNT_LAST_THIRTY_DAYS: i.rgSales30 },
  });
  const wanted = c.req.query('vendorItemId');
  // With vendorItemId, nextToken is ignored and only that item is returned.
  if (wanted) return rgOk(items.filter((i) => String(i.vendorItemId) === wanted).map(render));
  const token = c.req.query('nextToken');
  if (token && !/^\d+$/.test(token))
    return rgError(400, 'Request has missing or invalid parameters and cannot be parsed.');
  const start = token ? Number(token) : 0;
  const next = start + PAGE_SIZE < items.length ? String(start + PAGE_SIZE) : undefined;
  return rgOk(items.slice(start, start + PAGE_SIZE).map(render), next);
}

export function rocketGrowthRoutes(): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  app.get(`${BASE}/orders`, listOrders);
  app.get(`${BASE}/order/:orderId`, (c) => {
    const id = toInt(c.req.param('orderId'));
    const vd = c.get('vendorData');
    const order = vd.rgOrders.find((o) => o.orderId === id);
    return order ? rgOk(renderSingleOrder(order, vd.vendor.vendorId)) : rgError(400, '주문 번호가 잘못되었습니다.');
  });
  app.get(`${BASE}/inventory/summaries`, inventory);
  return app;
}
