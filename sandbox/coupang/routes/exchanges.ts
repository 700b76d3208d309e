import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import type { ExchangeRecord } from '../data/model';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiError, openapiOk } from '../envelopes';
import { invoiceProblem } from '../orders/couriers';
import { renderExchange } from '../orders/render-claims';
import { BadJson, intQuery, isObject, readJson, toBigId, toInt, toStr } from '../request';
import { DAY_MS, parseKstMinute } from '../time';
import { vendorMismatch } from '../vendor-guard';

/**
 * Exchanges (reference §4.6): RECEIPT → receiveConfirmation → PROGRESS (goods collected; Coupang
 * creates a new box for the replacement, visible ~10 minutes later) → invoice on that new box →
 * SUCCESS; or rejection (SOLDOUT / WITHDRAW).
 */
const STATUSES = new Set(['RECEIPT', 'PROGRESS', 'SUCCESS', 'REJECT', 'CANCEL']);
export const NEW_BOX_DELAY_MS = 10 * 60_000;

function listRoute(state: CoupangState) {
  return (c: Context<CoupangEnv>) => {
    const from = parseKstMinute(c.req.query('createdAtFrom'));
    const to = parseKstMinute(c.req.query('createdAtTo'));
    if (from === null || to === null)
      return openapiError(400, 'createdAtFrom/createdAtTo 형식을 확인하세요. (yyyy-MM-ddTHH:mm:ss)');
    if (to < from || (to - from) / DAY_MS > 7) return openapiError(400, '조회 기간은 최대 7일입니다.');
    const status = c.req.query('status');
    if (status && !STATUSES.has(status)) return openapiError(400, `Invalid status: ${status}`);
    const orderId = c.req.query('orderId') ? toInt(c.req.query('orderId')) : null;
    const limit = Math.min(50, Math.max(1, intQuery(c, 'maxPerPage', 10) ?? 10));
    const token = c.req.query('nextToken');
    if (token && !/^\d+$/.test(token)) return openapiError(400, `Invalid nextToken: ${token}`);
    const vd = c.get('vendorData');
    const all = vd.exchanges.filter(
      (x) =>
        x.createdAt >= from &&
        x.createdAt <= to &&
        (!status || x.status === status) &&
        (orderId === null || x.order.orderId === orderId),
    );
    const start = token ? Number(token) : 0;
    const page = all.slice(start, start + limit);
    const now = state.ctx.clock.now();
    return openapiOk(
      page.map((x) => renderExchange(x, vd.vendor.vendorId, now)),
      { nextToken: start + limit < all.length ? String(start + limit) : '' },
    );
  };
}

function exchangeOf(c: Context<CoupangEnv>, state: CoupangState): ExchangeRecord | null {
  const id = toInt(c.req.param('exchangeId'));
  const x = id === null ? undefined : state.store.exchanges.get(id);
  return x && x.vendorIdx === c.get('vendorData').idx ? x : null;
}

function result(resultCode: 'SUCCESS' | 'FAIL', resultMessage: string, status = 200): Response {
  return wireJson(
    {
      code: String(status),
      message: resultCode === 'SUCCESS' ? 'SUCCESS' : resultMessage,
      data: { resultCode, resultMessage },
    },
    status,
  );
}

async function objectBody(c: Context<CoupangEnv>): Promise<Record<string, unknown> | Response> {
  try {
    const b = await readJson(c);
    if (!isObject(b)) return openapiError(400, 'Request body must be a JSON object');
    return vendorMismatch(c, b.vendorId) ?? b;
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
}

function receiveRoute(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await objectBody(c);
    if (b instanceof Response) return b;
    const x = exchangeOf(c, state);
    if (!x) return result('FAIL', '교환 요청을 찾을 수 없습니다.', 400);
    if (x.status !== 'RECEIPT')
      return result('FAIL', `입고확인 처리가 불가능한 상태입니다. exchangeStatus=${x.status}`, 400);
    const now = state.ctx.clock.now();
    x.status = 'PROGRESS';
    x.collectStatus = 'CompleteCollect';
    x.collectCompleteAt = now;
    x.newBoxVisibleAt = now + NEW_BOX_DELAY_MS;
    x.modifiedAt = now;
    return result('SUCCESS', '요청 처리완료');
  };
}

function rejectRoute(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await objectBody(c);
    if (b instanceof Response) return b;
    const x = exchangeOf(c, state);
    if (!x) return result('FAIL', '교환 요청을 찾을 수 없습니다.', 400);
    const code = toStr(b.exchangeRejectCode);
    if (code !== 'SOLDOUT' && code !== 'WITHDRAW')
      return result('FAIL', 'exchangeRejectCode는 SOLDOUT 또는 WITHDRAW만 입력할 수 있습니다.', 400);
    if (x.status !== 'RECEIPT' && x.status !== 'PROGRESS')
      return result('FAIL', `거부 처리가 불가능한 상태입니다. exchangeStatus=${x.status}`, 400);
    x.status = 'REJECT';
    x.rejectCode = code;
    x.modifiedAt = state.ctx.clock.now();
    return result('SUCCESS', '요청 처리완료');
  };
}

/** The body is an array of invoice objects, unlike every other write. */
function invoiceRoute(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    let parsed: unknown;
    try {
      parsed = await readJson(c);
    } catch (e) {
      if (e instanceof BadJson) return openapiError(400, e.message);
      throw e;
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(isObject))
      return openapiError(400, 'params are not allowed null...');
    const x = exchangeOf(c, state);
    if (!x) return result('FAIL', '교환 요청을 찾을 수 없습니다.', 400);
    const now = state.ctx.clock.now();
    for (const dto of parsed) {
      const mismatch = vendorMismatch(c, dto.vendorId);
      if (mismatch) return mismatch;
      const courier = toStr(dto.goodsDeliveryCode);
      const invoice = toStr(dto.invoiceNumber);
      const boxId = toBigId(dto.shipmentBoxId);
      if (!courier || !invoice || boxId === null || toInt(dto.exchangeId) !== x.exchangeId)
        return openapiError(400, 'params are not allowed null...');
      if (boxId === x.order.shipmentBoxId) return openapiError(400, '[NONE_TRACKING] is not suitable for applyInvoice');
      const problem = invoiceProblem(courier, invoice);
      if (problem) return openapiError(400, problem);
      if (x.status !== 'PROGRESS' || x.collectStatus !== 'CompleteCollect')
        return result('FAIL', '회수가 완료(CompleteCollect)된 교환 건만 송장 등록이 가능합니다.', 400);
      if (x.newBoxVisibleAt > now || boxId !== x.newShipmentBoxId)
        return result('FAIL', `shipmentBoxId(${boxId})에 해당하는 교환 배송건이 없습니다.`, 400);
      x.invoice = { goodsDeliveryCode: courier, invoiceNumber: invoice, at: now };
      x.deliveryStatus = 'CompleteDirection';
      x.status = 'SUCCESS';
      x.modifiedAt = now;
    }
    return result('SUCCESS', 'Invoice number save successfully');
  };
}

export function exchangeRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  const base = '/v2/providers/openapi/apis/api/v4/vendors/:vendorId/exchangeRequests';
  app.get(base, listRoute(state));
  for (const method of ['put', 'patch'] as const) {
    app[method](`${base}/:exchangeId{[0-9]+}/receiveConfirmation`, receiveRoute(state));
    app[method](`${base}/:exchangeId{[0-9]+}/rejection`, rejectRoute(state));
  }
  app.post(`${base}/:exchangeId{[0-9]+}/invoices`, invoiceRoute(state));
  return app;
}
