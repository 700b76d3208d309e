import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import type { OrderRecord, VendorItem } from '../data/model';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiError, openapiOk } from '../envelopes';
import { acknowledge, findBox, toInvoiceDto, updateInvoice, uploadInvoice } from '../orders/actions';
import { acknowledgementData, type BatchItem, invoiceData } from '../orders/batch';
import { openReceipt } from '../orders/claims';
import { invoiceProblem } from '../orders/couriers';
import { isListed, orderStatus } from '../orders/state';
import { BadJson, isObject, readJson, toBigId, toInt, toStr } from '../request';
import { DAY_MS } from '../time';
import { vendorMismatch } from '../vendor-guard';

/**
 * Ordersheet writes: acknowledgement, invoice upload/update (batch answers, HTTP 200 with
 * per-box results), seller cancellation and long-term-undelivered completion.
 */
const MAX_ACK_BOXES = 50;

async function body(c: Context<CoupangEnv>): Promise<Record<string, unknown> | Response> {
  try {
    const parsed = await readJson(c);
    if (!isObject(parsed)) return openapiError(400, 'Request body must be a JSON object');
    return vendorMismatch(c, parsed.vendorId) ?? parsed;
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
}

function acknowledgeRoute(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    if (!b.vendorId) return openapiError(400, 'vendorId must not be null');
    const ids = b.shipmentBoxIds;
    if (!Array.isArray(ids) || ids.length === 0) return openapiError(400, 'shipmentBoxIds must not be empty');
    if (ids.length > MAX_ACK_BOXES)
      return openapiError(400, `shipmentBoxIds size must be less than or equal to ${MAX_ACK_BOXES}`);
    const now = state.ctx.clock.now();
    const items = ids.map((id) => acknowledge(state.store, c.get('vendorData'), id, now, state.ctx.settings));
    return openapiOk(acknowledgementData(items), { code: '200' });
  };
}

function invoiceRoute(state: CoupangState, apply: typeof uploadInvoice, code: 200 | '200') {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const raw = b.orderSheetInvoiceApplyDtos;
    if (!Array.isArray(raw) || raw.length === 0)
      return openapiError(400, 'orderSheetInvoiceApplyDtos must not be empty');
    const dtos = raw.filter(isObject).map(toInvoiceDto);
    for (const dto of dtos) {
      if (!dto.invoiceNumber) return openapiError(400, 'invoiceNumber must not be empty');
      // Format errors reject the whole request (HTTP 400), as the article's error table shows.
      const problem = invoiceProblem(dto.deliveryCompanyCode, dto.invoiceNumber);
      if (problem) return openapiError(400, problem);
    }
    const now = state.ctx.clock.now();
    // Split shipping sends one DTO per vendorItemId of a box: the box is answered once.
    const seen = new Map<string, BatchItem>();
    for (const dto of dtos) {
      const key = String(dto.shipmentBoxId ?? dto.raw.shipmentBoxId);
      if (!seen.has(key)) seen.set(key, apply(state.store, c.get('vendorData'), dto, now, state.ctx.settings));
    }
    return openapiOk(invoiceData([...seen.values()]), { code });
  };
}

const CANCEL_CODES = new Set(['CCTTER', 'CCPNER', 'CCPRER']);

/** Why one line cannot be cancelled by the seller, or null when it can. */
function cancelRefusal(
  box: OrderRecord | undefined,
  line: number,
  count: number | null,
  status: string | null,
): string | null {
  if (!box || line < 0 || !isListed(box)) return '요청한 업체의 상품이 아닙니다.';
  const qty = line === 0 ? box.qty0 : box.qty1;
  if (count === null || count <= 0 || count > qty || (box.canceledMask | box.holdMask) & (1 << line))
    return '취소 가능한 개수보다 요청한 개수가 더 많습니다.';
  // Lines are cancelled whole in this emulation: a smaller count is refused.
  if (count < qty) return '부분 취소는 불가능합니다.';
  if (status !== 'ACCEPT' && status !== 'INSTRUCT') return '해당 벤더아이템이 결제완료/상품지시 중 상태가 아닙니다.';
  return null;
}

function lineOf(box: OrderRecord, vendorItemId: number): number {
  const items: Array<VendorItem | null> = [box.item0, box.item1];
  return items.findIndex((i) => i?.vendorItemId === vendorItemId);
}

/** Seller cancel: ACCEPT lines are cancelled at once, INSTRUCT lines are stopped (STOP_SHIPMENT). */
function cancelRoute(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vendor = c.get('vendor');
    const pathOrderId = toInt(c.req.param('orderId'));
    const orderId = toInt(b.orderId);
    if (orderId === null || orderId !== pathOrderId) return openapiError(400, '주문 ID를 입력해 주세요.');
    const itemIds = Array.isArray(b.vendorItemIds) ? b.vendorItemIds.map(toInt) : [];
    const counts = Array.isArray(b.receiptCounts) ? b.receiptCounts.map(toInt) : [];
    if (itemIds.length === 0) return openapiError(400, '취소할 벤더아이템 아이디 목록을 입력해주세요.');
    if (counts.length === 0) return openapiError(400, '취소할 아이템 개수 목록을 입력해주세요.');
    if (itemIds.length !== counts.length) return openapiError(400, '요청한 상품 개수와 취소 개수를 확인해주세요.');
    if (b.bigCancelCode !== 'CANERR') return openapiError(400, '취소사유 대분류 코드를 입력해주세요.');
    if (!CANCEL_CODES.has(String(b.middleCancelCode))) return openapiError(400, '취소사유 중분류 코드를 입력해주세요.');
    if (!b.vendorId) return openapiError(400, '업체 ID를 입력해주세요.');
    const userId = toStr(b.userId);
    if (userId !== vendor.wingUserId && userId !== vendor.vendorId)
      return openapiError(400, '업체 ID에 맞는 올바른 유저 ID를 입력해주세요.');
    const vd = c.get('vendorData');
    const boxes = state.store.boxesOfOrder(orderId).filter((x) => x.vendorIdx === vd.idx);
    if (boxes.length === 0) return openapiError(400, '주문 정보가 없습니다.');
    const now = state.ctx.clock.now();
    const requestId = randomUUID();
    const failedIds: number[] = [];
    const notes: string[] = [];
    const receiptMap: Record<string, unknown> = {};
    for (const [i, vendorItemId] of itemIds.entries()) {
      const count = counts[i];
      const box = boxes.find((x) => vendorItemId !== null && lineOf(x, vendorItemId) >= 0);
      const line = box && vendorItemId !== null ? lineOf(box, vendorItemId) : -1;
      const status = box ? orderStatus(box, now, state.ctx.settings) : null;
      const refusal = cancelRefusal(box, line, count, status);
      if (refusal || !box) {
        failedIds.push(vendorItemId ?? 0);
        notes.push(`[${vendorItemId}]<= ${refusal}`);
        continue;
      }
      const immediate = status === 'ACCEPT';
      const receipt = openReceipt(state.store, box, {
        receiptType: immediate ? 'CANCEL' : 'RETURN',
        status: 'RETURNS_COMPLETED',
        createdAt: now,
        releaseStatus: immediate ? 'N' : 'S',
        releaseStopStatus: immediate ? '비대상' : '처리(출고중지)',
        lineMask: 1 << line,
      });
      receipt.cancelCompleteUser = immediate ? vendor.wingUserId : '3P_CANCEL';
      receipt.reasonCategory1 = immediate ? '판매자 취소' : '배송불만';
      receipt.reasonCategory2 = immediate ? String(b.middleCancelCode) : '품절';
      receipt.cancelReason = '파트너 API 강제 취소';
      box.canceledMask |= 1 << line;
      receiptMap[String(receipt.receiptId)] = {
        receiptId: receipt.receiptId,
        receiptType: immediate ? 'CANCEL' : 'STOP_SHIPMENT',
        vendorItemIds: [vendorItemId],
        totalCount: count,
      };
    }
    const allFailed = failedIds.length === itemIds.length;
    const message = `[요청번호] ${requestId} \\r\\n${notes.join(' ')}`;
    return wireJson(
      { code: allFailed ? '400' : '200', message, data: { receiptMap, orderId, failedVendorItemIds: failedIds } },
      allFailed ? 400 : 200,
    );
  };
}

const LONG_TERM_MS = 30 * DAY_MS;

function longTermUndeliveredRoute(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const box = findBox(state.store, c.get('vendorData'), toBigId(b.shipmentBoxId));
    if (!box) return openapiError(400, `shipmentBoxId(${String(b.shipmentBoxId)})에 해당하는 발주서가 없습니다.`);
    const now = state.ctx.clock.now();
    const status = orderStatus(box, now, state.ctx.settings);
    if (status === 'NONE_TRACKING') return openapiError(400, '업체직송(NONE_TRACKING) 건은 처리할 수 없습니다.');
    if (status !== 'DEPARTURE' && status !== 'DELIVERING')
      return openapiError(400, `배송지시 또는 배송중 상태가 아닙니다. ${status}`);
    if (toStr(b.invoiceNumber) !== box.invoiceNumber) return openapiError(400, '송장번호가 일치하지 않습니다.');
    if (now - box.shippedAt < LONG_TERM_MS) return openapiError(400, '배송지시 후 30일이 경과하지 않았습니다.');
    box.deliveredOverrideAt = now;
    return openapiOk(true, { code: '200' });
  };
}

export function orderActionRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  for (const version of ['v4', 'v5']) {
    const path = `/v2/providers/openapi/apis/api/${version}/vendors/:vendorId/ordersheets/acknowledgement`;
    app.put(path, acknowledgeRoute(state));
    app.patch(path, acknowledgeRoute(state));
  }
  const v4 = '/v2/providers/openapi/apis/api/v4/vendors/:vendorId';
  app.post(`${v4}/orders/invoices`, invoiceRoute(state, uploadInvoice, '200'));
  app.post(`${v4}/orders/updateInvoices`, invoiceRoute(state, updateInvoice, 200));
  app.post(`${v4}/completeLongTermUndelivery`, longTermUndeliveredRoute(state));
  for (const version of ['v5', 'v6'])
    app.post(
      `/v2/providers/openapi/apis/api/${version}/vendors/:vendorId/orders/:orderId{[0-9]+}/cancel`,
      cancelRoute(state),
    );
  return app;
}
