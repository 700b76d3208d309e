import { type Context, Hono } from 'hono';
import { ORDER_STATUSES, type OrderRecord, type OrderStatus } from '../data/model';
import { lowerBound } from '../data/store';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiError, openapiOk } from '../envelopes';
import { GATEWAY_MESSAGES, gatewayError } from '../errors';
import { findBox } from '../orders/actions';
import { type ApiVersion, renderHistory, renderOrdersheet } from '../orders/render';
import { isListed, orderStatus } from '../orders/state';
import { intQuery, toBigId, toInt } from '../request';
import { DAY_MS, parseDateWithOffset, parseKstDate, parseKstMinute, parseMinuteWithOffset } from '../time';

/**
 * Ordersheet reads (reference §4.4): day-paged lists with `nextToken`/`maxPerPage`, minute
 * windows (`searchType=timeFrame`), single box, all boxes of an order, status history. v5 and
 * the still-valid v4 share data and differ in formats.
 */
const MAX_PER_PAGE = 50;
const MAX_WINDOW_DAYS = 31;
/** A timeFrame query returning more than this many boxes "times out", as wide windows do for real. */
const TIME_FRAME_TIMEOUT_ROWS = 1000;
export const CANCELLED_OR_RETURNED = '해당 주문이 취소 또는 반품되었습니다.';

interface Window {
  from: number;
  to: number;
}

function parseWindow(c: Context, version: ApiVersion, timeFrame: boolean): Window | Response {
  const fromText = c.req.query('createdAtFrom');
  const toText = c.req.query('createdAtTo');
  if (!fromText) return openapiError(400, "Required String parameter 'createdAtFrom' is not present");
  if (!toText) return openapiError(400, "Required String parameter 'createdAtTo' is not present");
  const parse = timeFrame
    ? version === 'v5'
      ? parseMinuteWithOffset
      : parseKstMinute
    : version === 'v5'
      ? parseDateWithOffset
      : parseKstDate;
  const from = parse(fromText);
  const to = parse(toText);
  const expected = timeFrame
    ? version === 'v5'
      ? 'yyyy-MM-ddTHH:mm+09:00'
      : 'yyyy-MM-ddTHH:mm'
    : version === 'v5'
      ? 'yyyy-MM-dd+09:00'
      : 'yyyy-MM-dd';
  if (from === null) return openapiError(400, `Invalid createdAtFrom: ${fromText} (expected ${expected})`);
  if (to === null) return openapiError(400, `Invalid createdAtTo: ${toText} (expected ${expected})`);
  if (timeFrame) {
    if (to < from || to - from > DAY_MS) return openapiError(400, 'endTime-startTime range should less than 0 day.');
    return { from, to };
  }
  if (to < from || (to - from) / DAY_MS > MAX_WINDOW_DAYS)
    return openapiError(400, `endTime-startTime range should less than${MAX_WINDOW_DAYS}.`);
  // Day windows include the whole createdAtTo day.
  return { from, to: to + DAY_MS };
}

function listOrdersheets(c: Context<CoupangEnv>, state: CoupangState, version: ApiVersion): Response {
  const status = c.req.query('status');
  if (!status) return openapiError(400, "Required String parameter 'status' is not present");
  if (!(ORDER_STATUSES as readonly string[]).includes(status)) return openapiError(400, `Invalid status: ${status}`);
  const timeFrame = c.req.query('searchType') === 'timeFrame';
  const window = parseWindow(c, version, timeFrame);
  if (window instanceof Response) return window;
  const now = state.ctx.clock.now();
  const rc = { now, settings: state.ctx.settings, version };
  const orders = c.get('vendorData').orders;
  const matches = (o: OrderRecord) =>
    isListed(o) && orderStatus(o, now, state.ctx.settings) === (status as OrderStatus);

  if (timeFrame) {
    const found: OrderRecord[] = [];
    for (let i = lowerBound(orders, window.from); i < orders.length && orders[i].orderedAt < window.to; i++)
      if (matches(orders[i])) found.push(orders[i]);
    if (found.length > TIME_FRAME_TIMEOUT_ROWS) return gatewayError(504, GATEWAY_MESSAGES.timeout);
    return openapiOk(
      found.map((o) => renderOrdersheet(o, rc)),
      { nextToken: '' },
    );
  }

  const perPage = intQuery(c, 'maxPerPage', MAX_PER_PAGE);
  if (perPage === null) return openapiError(400, 'maxPerPage must be a number');
  const limit = Math.min(MAX_PER_PAGE, Math.max(1, perPage));
  const token = c.req.query('nextToken');
  if (token && !/^\d+$/.test(token)) return openapiError(400, `Invalid nextToken: ${token}`);
  const page: OrderRecord[] = [];
  let nextToken = '';
  let i = Math.max(lowerBound(orders, window.from), token ? Number(token) : 0);
  for (; i < orders.length && orders[i].orderedAt < window.to; i++) {
    if (!matches(orders[i])) continue;
    if (page.length === limit) {
      // The token is the position of the next match: later pages never repeat or skip a box,
      // even when earlier boxes change status in between.
      nextToken = String(i);
      break;
    }
    page.push(orders[i]);
  }
  return openapiOk(
    page.map((o) => renderOrdersheet(o, rc)),
    { nextToken },
  );
}

function getBox(c: Context<CoupangEnv>, state: CoupangState, version: ApiVersion): Response {
  const raw = c.req.param('shipmentBoxId') ?? '';
  const box = findBox(state.store, c.get('vendorData'), toBigId(raw));
  if (!box) return openapiError(400, `shipmentBoxId(${raw})에 해당하는 발주서가 없습니다.`);
  if (!isListed(box)) return openapiError(400, CANCELLED_OR_RETURNED);
  const rc = { now: state.ctx.clock.now(), settings: state.ctx.settings, version };
  return openapiOk(renderOrdersheet(box, rc), { code: '200' });
}

function getOrder(c: Context<CoupangEnv>, state: CoupangState, version: ApiVersion): Response {
  const raw = c.req.param('orderId') ?? '';
  const orderId = toInt(raw);
  const vd = c.get('vendorData');
  const boxes = orderId === null ? [] : state.store.boxesOfOrder(orderId).filter((b) => b.vendorIdx === vd.idx);
  if (boxes.length === 0) return openapiError(400, `orderId(${raw})에 해당하는 발주서가 없습니다.`);
  const listed = boxes.filter(isListed);
  if (listed.length === 0) return openapiError(400, CANCELLED_OR_RETURNED);
  const rc = { now: state.ctx.clock.now(), settings: state.ctx.settings, version };
  return openapiOk(
    listed.map((b) => renderOrdersheet(b, rc)),
    { code: '200' },
  );
}

function getHistory(c: Context<CoupangEnv>, state: CoupangState): Response {
  const raw = c.req.param('shipmentBoxId') ?? '';
  const box = findBox(state.store, c.get('vendorData'), toBigId(raw));
  if (!box) return openapiError(400, `shipmentBoxId(${raw})에 해당하는 발주서가 없습니다.`);
  const rc = { now: state.ctx.clock.now(), settings: state.ctx.settings, version: 'v5' as const };
  return openapiOk({ shipmentBoxId: box.shipmentBoxId, details: renderHistory(box, rc) }, { code: '200' });
}

export function ordersheetRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  for (const version of ['v4', 'v5'] as const) {
    const base = `/v2/providers/openapi/apis/api/${version}/vendors/:vendorId`;
    app.get(`${base}/ordersheets`, (c) => listOrdersheets(c, state, version));
    app.get(`${base}/ordersheets/:shipmentBoxId{[0-9]+}`, (c) => getBox(c, state, version));
    app.get(`${base}/:orderId{[0-9]+}/ordersheets`, (c) => getOrder(c, state, version));
  }
  app.get('/v2/providers/openapi/apis/api/v5/vendors/:vendorId/ordersheets/:shipmentBoxId{[0-9]+}/history', (c) =>
    getHistory(c, state),
  );
  return app;
}
