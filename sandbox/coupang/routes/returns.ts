import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import type { ReceiptStatus, ReturnReceipt } from '../data/model';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiDone, openapiError, openapiOk } from '../envelopes';
import { alreadyShipped, approveReturn, type ClaimResult, confirmReturnReceived, stopShipment } from '../orders/claims';
import { invoiceProblem } from '../orders/couriers';
import { renderReceipt, renderWithdrawal } from '../orders/render-claims';
import { BadJson, intQuery, isObject, readJson, toInt, toStr } from '../request';
import { DAY_MS, parseKstDate, parseKstMinute } from '../time';
import { vendorMismatch } from '../vendor-guard';

/**
 * Returns and cancellations (reference §4.5): the v6 list with status codes RU/UC/CC/PR or
 * cancelType=CANCEL, single receipts, and the seller's actions on them.
 */
const STATUS_CODES: Record<string, ReceiptStatus[]> = {
  RU: ['RELEASE_STOP_UNCHECKED'],
  // A stop-shipment request shows under both RU and UC (article note).
  UC: ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM'],
  CC: ['RETURNS_COMPLETED'],
  PR: ['REQUEST_COUPANG_CHECK'],
};
const NOT_FOUND = "ReceiptId doesn't belong to the vendorId, or cannot find the Receipt by the given id";

function window(c: Context, timeFrame: boolean): { from: number; to: number } | Response {
  const parse = timeFrame ? parseKstMinute : parseKstDate;
  const fromText = c.req.query('createdAtFrom');
  const toText = c.req.query('createdAtTo');
  const from = parse(fromText);
  const to = parse(toText);
  if (from === null || to === null)
    return openapiError(
      400,
      `createdAtFrom/createdAtTo 형식을 확인하세요. (${timeFrame ? 'yyyy-MM-ddTHH:mm' : 'yyyy-MM-dd'})`,
    );
  const end = timeFrame ? to : to + DAY_MS;
  if (to < from)
    return openapiError(400, `검색기간의 끝이 시작 보다 앞섭니다. SearchPeriod=${Math.round((to - from) / DAY_MS)}`);
  if ((to - from) / DAY_MS > 31) return openapiError(400, '검색기간은 최대 31일입니다.');
  return { from, to: end };
}

function listRoute(version: 'v4' | 'v6') {
  return (c: Context<CoupangEnv>) => {
    const cancelType = c.req.query('cancelType') ?? 'RETURN';
    if (cancelType !== 'RETURN' && cancelType !== 'CANCEL')
      return openapiError(400, `Invalid cancelType: ${cancelType}`);
    const status = c.req.query('status');
    const orderId = c.req.query('orderId') ? toInt(c.req.query('orderId')) : null;
    if (cancelType === 'CANCEL' && status) return openapiError(400, 'status is not supported when cancelType=CANCEL');
    if (cancelType === 'RETURN' && !status && orderId === null)
      return openapiError(400, "OrderId can't be null , if doesn't pass the parameter status");
    if (status && !STATUS_CODES[status]) return openapiError(400, `Invalid status: ${status}`);
    const timeFrame = c.req.query('searchType') === 'timeFrame';
    const w = window(c, timeFrame);
    if (w instanceof Response) return w;
    const perPage = intQuery(c, 'maxPerPage', 50);
    if (perPage === null) return openapiError(400, 'maxPerPage must be a number');
    const limit = timeFrame ? Number.MAX_SAFE_INTEGER : Math.min(50, Math.max(1, perPage));
    const token = timeFrame ? undefined : c.req.query('nextToken');
    if (token && !/^\d+$/.test(token)) return openapiError(400, `Invalid nextToken: ${token}`);
    const wanted = status ? STATUS_CODES[status] : null;
    const matches = (r: ReturnReceipt) =>
      !r.withdrawnAt &&
      r.receiptType === cancelType &&
      r.createdAt >= w.from &&
      r.createdAt < w.to &&
      (!wanted || wanted.includes(r.status)) &&
      (orderId === null || r.order.orderId === orderId);
    const receipts = c.get('vendorData').receipts;
    const page: ReturnReceipt[] = [];
    let nextToken = '';
    for (let i = token ? Number(token) : 0; i < receipts.length; i++) {
      if (!matches(receipts[i])) continue;
      if (page.length === limit) {
        nextToken = String(i);
        break;
      }
      page.push(receipts[i]);
    }
    return openapiOk(
      page.map((r) => renderReceipt(r, version)),
      timeFrame ? {} : { nextToken },
    );
  };
}

function receiptOf(c: Context<CoupangEnv>, state: CoupangState): ReturnReceipt | null {
  const id = toInt(c.req.param('receiptId'));
  const receipt = id === null ? undefined : state.store.receipts.get(id);
  return receipt && receipt.vendorIdx === c.get('vendorData').idx && !receipt.withdrawnAt ? receipt : null;
}

function singleRoute(state: CoupangState, version: 'v4' | 'v6') {
  return (c: Context<CoupangEnv>) => {
    const receipt = receiptOf(c, state);
    if (receipt?.receiptType !== 'RETURN') return openapiError(400, NOT_FOUND);
    return openapiOk([renderReceipt(receipt, version)]);
  };
}

async function actionBody(c: Context<CoupangEnv>): Promise<Record<string, unknown> | Response> {
  try {
    const b = await readJson(c);
    if (!isObject(b)) return openapiError(400, 'Request body must be a JSON object');
    const mismatch = vendorMismatch(c, b.vendorId);
    if (mismatch) return mismatch;
    if (b.receiptId !== undefined && toInt(b.receiptId) !== toInt(c.req.param('receiptId')))
      return openapiError(400, 'receiptId in path and body must match');
    return b;
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
}

function resultBody(result: ClaimResult): Response {
  if (!result.ok) return openapiError(result.status, result.message);
  return wireJson({ code: '200', message: 'OK', data: { resultCode: 'SUCCESS', resultMessage: result.message } });
}

type Action = (receipt: ReturnReceipt, body: Record<string, unknown>, state: CoupangState) => Response;

function actionRoute(state: CoupangState, action: Action) {
  return async (c: Context<CoupangEnv>) => {
    const b = await actionBody(c);
    if (b instanceof Response) return b;
    const receipt = receiptOf(c, state);
    if (!receipt) return openapiError(400, '취소반품접수내역이 존재하지 않습니다.');
    return action(receipt, b, state);
  };
}

const stopped: Action = (r, b, s) =>
  resultBody(stopShipment(r, toInt(b.cancelCount) ?? -1, s.ctx.clock.now(), s.ctx.settings));

const completed: Action = (r, b, s) => {
  const courier = toStr(b.deliveryCompanyCode) ?? '';
  const invoice = toStr(b.invoiceNumber) ?? '';
  const problem = invoiceProblem(courier, invoice);
  if (problem) return openapiError(400, problem);
  return resultBody(alreadyShipped(r, courier, invoice, s.ctx.clock.now()));
};

const received: Action = (r, _b, s) => {
  const result = confirmReturnReceived(r, s.ctx.clock.now());
  return result.ok ? openapiDone() : openapiError(result.status, result.message);
};

const approved: Action = (r, b, s) => {
  const result = approveReturn(r, toInt(b.cancelCount) ?? -1, s.ctx.clock.now());
  return result.ok ? openapiDone() : openapiError(result.status, result.message);
};

function withdrawalsByPeriod() {
  return (c: Context<CoupangEnv>) => {
    const from = parseKstDate(c.req.query('dateFrom'));
    const to = parseKstDate(c.req.query('dateTo'));
    if (from === null || to === null) return openapiError(400, 'dateFrom/dateTo 형식을 확인하세요. (yyyy-MM-dd)');
    if (to < from || (to - from) / DAY_MS > 7) return openapiError(400, '조회 기간은 최대 7일입니다.');
    const size = Math.min(100, Math.max(1, intQuery(c, 'sizePerPage', 10) ?? 10));
    const index = Math.max(1, intQuery(c, 'pageIndex', 1) ?? 1);
    const vd = c.get('vendorData');
    const all = vd.receipts.filter((r) => r.withdrawnAt >= from && r.withdrawnAt < to + DAY_MS);
    const page = all.slice((index - 1) * size, index * size);
    return wireJson({
      code: 200,
      message: 'OK',
      data: page.map((r) => renderWithdrawal(r, vd.vendor.vendorId)),
      nextPageIndex: index * size < all.length ? String(index + 1) : '',
    });
  };
}

function withdrawalsByIds(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await plainBody(c);
    if (b instanceof Response) return b;
    const ids = Array.isArray(b.cancelIds) ? b.cancelIds.map(toInt) : [];
    if (ids.length === 0 || ids.length > 50) return openapiError(400, 'cancelIds size must be between 1 and 50');
    const vd = c.get('vendorData');
    const found = ids
      .map((id) => (id === null ? undefined : state.store.receipts.get(id)))
      .filter((r): r is ReturnReceipt => !!r && r.vendorIdx === vd.idx && r.withdrawnAt > 0);
    return openapiOk(found.map((r) => renderWithdrawal(r, vd.vendor.vendorId)));
  };
}

/** The body of a call without a receiptId in its path (the ids travel in the body). */
async function plainBody(c: Context<CoupangEnv>): Promise<Record<string, unknown> | Response> {
  try {
    const b = await readJson(c);
    if (!isObject(b)) return openapiError(400, 'Request body must be a JSON object');
    return vendorMismatch(c, b.vendorId) ?? b;
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
}

/**
 * Pickup invoice for sellers that collect returns themselves (no goodsflow): only while the return
 * waits for its goods (RETURNS_UNCHECKED, shipped); a withdrawn or finished one is refused.
 */
function manualPickupInvoice(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await plainBody(c);
    if (b instanceof Response) return b;
    const type = b.returnExchangeDeliveryType;
    const courier = toStr(b.deliveryCompanyCode) ?? '';
    const invoice = toStr(b.invoiceNumber) ?? '';
    if (type !== 'RETURN' && type !== 'EXCHANGE')
      return openapiError(400, 'returnExchangeDeliveryType must be RETURN or EXCHANGE');
    const problem = invoiceProblem(courier, invoice);
    if (problem) return openapiError(400, problem);
    const id = toInt(b.receiptId);
    const vd = c.get('vendorData');
    if (type === 'RETURN') {
      const receipt = id === null ? undefined : state.store.receipts.get(id);
      if (!receipt || receipt.vendorIdx !== vd.idx || receipt.withdrawnAt) return openapiError(400, NOT_FOUND);
      if (receipt.status !== 'RETURNS_UNCHECKED' || receipt.releaseStatus === 'N')
        return openapiError(400, `회수송장 등록이 불가능한 상태입니다. receiptStatus=${receipt.status}`);
      receipt.pickup = { deliveryCompanyCode: courier, deliveryInvoiceNo: invoice };
      receipt.returnDeliveryType = '수기관리';
    } else {
      const exchange = id === null ? undefined : state.store.exchanges.get(id);
      if (!exchange || exchange.vendorIdx !== vd.idx) return openapiError(400, `exchangeId(${id}) not found`);
    }
    return openapiOk({ resultCode: 'SUCCESS', resultMessage: '회수 송장 등록 완료' }, { code: '200' });
  };
}

export function returnRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  const api = (v: string) => `/v2/providers/openapi/apis/api/${v}/vendors/:vendorId`;
  for (const v of ['v4', 'v6'] as const) {
    app.get(`${api(v)}/returnRequests`, listRoute(v));
    app.get(`${api(v)}/returnRequests/:receiptId{[0-9]+}`, singleRoute(state, v));
  }
  const put = (path: string, action: Action) => {
    app.put(path, actionRoute(state, action));
    app.patch(path, actionRoute(state, action));
  };
  for (const v of ['v4', 'v5']) {
    put(`${api(v)}/returnRequests/:receiptId{[0-9]+}/receiveConfirmation`, received);
    put(`${api(v)}/returnRequests/:receiptId{[0-9]+}/approval`, approved);
  }
  put(`${api('v4')}/returnRequests/:receiptId{[0-9]+}/stoppedShipment`, stopped);
  put(`${api('v4')}/returnRequests/:receiptId{[0-9]+}/completedShipment`, completed);
  app.get(`${api('v4')}/returnWithdrawRequests`, withdrawalsByPeriod());
  app.post(`${api('v4')}/returnWithdrawList`, withdrawalsByIds(state));
  app.post(`${api('v4')}/return-exchange-invoices/manual`, manualPickupInvoice(state));
  return app;
}
