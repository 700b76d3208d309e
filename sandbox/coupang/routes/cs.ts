import { type Context, Hono } from 'hono';
import type { CallCenterInquiry, OnlineInquiry } from '../data/model';
import { buyerFor, toE164 } from '../data/people';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiDone, openapiError, openapiOk, paginate } from '../envelopes';
import { BadJson, intQuery, isObject, type JsonObject, readJson, toInt, toStr } from '../request';
import { DAY_MS, isoKstMicros, kstDate, parseKstDate } from '../time';
import { vendorMismatch } from '../vendor-guard';

/**
 * Customer inquiries (reference §4.8): product Q&A and call-centre transfers, both paged with
 * pageNum/pageSize over ≤7-day windows. Call-centre transfers left unanswered for 24 h are closed
 * by Coupang and can no longer be answered through the API.
 */
const WINDOW_MESSAGE = 'time interval needs to be less than or equal to 7 days， pattern should be yyyy-MM-dd';
const AUTO_CLOSE_MS = DAY_MS;
const AUTO_CLOSE_TEXT =
  '[쿠팡 시스템] CS문의가 24시간 내 답변되지 않아, 쿠팡 약관 및 정책에 따라 상담사가 처리할 예정임을 알려드립니다.';

function window(c: Context, required: boolean): { from: number; to: number } | null | Response {
  const fromText = c.req.query('inquiryStartAt');
  const toText = c.req.query('inquiryEndAt');
  if (!fromText && !toText && !required) return null;
  const from = parseKstDate(fromText);
  const to = parseKstDate(toText);
  if (from === null || to === null || to < from || (to - from) / DAY_MS > 7) return openapiError(400, WINDOW_MESSAGE);
  return { from, to: to + DAY_MS };
}

function renderOnline(q: OnlineInquiry) {
  return {
    inquiryId: q.inquiryId,
    productId: q.item.product.productId,
    sellerProductId: q.item.product.sellerProductId,
    sellerItemId: q.item.sellerProductItemId,
    vendorItemId: q.item.vendorItemId,
    content: q.content,
    inquiryAt: isoKstMicros(q.inquiryAt, q.inquiryId),
    orderIds: q.orderIds,
    commentDtoList: q.comments.map((m) => ({
      inquiryCommentId: m.inquiryCommentId,
      inquiryId: q.inquiryId,
      content: m.content,
      inquiryCommentAt: isoKstMicros(m.at, m.inquiryCommentId),
    })),
  };
}

/** Applies the 24-hour auto-close lazily, when an inquiry is read or answered. */
export function settle(q: CallCenterInquiry, now: number): void {
  if (q.partnerStatus !== 'requestAnswer' || now - q.inquiryAt < AUTO_CLOSE_MS) return;
  q.partnerStatus = 'answered';
  q.inquiryStatus = 'complete';
  q.replies[0].needAnswer = false;
  q.replies[0].partnerTransferStatus = 'answered';
  q.replies.push({
    answerId: q.replies[0].answerId + 1,
    parentAnswerId: q.replies[0].answerId,
    partnerTransferStatus: null,
    partnerTransferCompleteReason: 'DISPUTE_PROCESS',
    answerType: 'csAgent',
    needAnswer: false,
    receptionistName: '쿠팡 시스템',
    receptionist: 'system',
    replyAt: q.inquiryAt + AUTO_CLOSE_MS,
    content: AUTO_CLOSE_TEXT,
  });
}

function renderCallCenter(q: CallCenterInquiry) {
  const buyer = buyerFor(q.order.seed);
  const vendorReply = q.replies.find((r) => r.answerType === 'vendor');
  return {
    inquiryId: q.inquiryId,
    csPartnerCounselingStatus: q.partnerStatus === 'answered' ? 'answered' : 'requestAnswer',
    inquiryStatus: q.inquiryStatus,
    // An array in the samples, although the field table says Number.
    vendorItemId: [q.item.vendorItemId],
    itemName: `${q.item.product.sellerProductName}, ${q.item.itemName}`,
    content: q.content,
    answeredAt: vendorReply ? isoKstMicros(vendorReply.replyAt, vendorReply.answerId) : null,
    replies: q.replies.map((r) => ({
      receptionistName: r.receptionistName,
      receptionist: r.receptionist,
      replyAt: isoKstMicros(r.replyAt, r.answerId),
      content: r.content,
      answerId: r.answerId,
      parentAnswerId: r.parentAnswerId,
      partnerTransferStatus: r.partnerTransferStatus,
      partnerTransferCompleteReason: r.partnerTransferCompleteReason,
      answerType: r.answerType,
      needAnswer: r.needAnswer,
    })),
    inquiryAt: isoKstMicros(q.inquiryAt, q.inquiryId),
    buyerEmail: '',
    buyerPhone: toE164(buyer.ordererSafeNumber),
    orderId: q.order.orderId,
    orderDate: isoKstMicros(q.order.orderedAt, buyer.micro),
    receiptCategory: q.receiptCategory,
    saleStartedAt: kstDate(q.item.product.createdAt),
    saleEndedAt: '2099-12-30',
  };
}

async function body(c: Context<CoupangEnv>): Promise<JsonObject | Response> {
  try {
    const b = await readJson(c);
    if (!isObject(b)) return openapiError(400, 'Request body must be a JSON object');
    return vendorMismatch(c, b.vendorId) ?? b;
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
}

function validReplier(c: Context<CoupangEnv>, who: unknown): boolean {
  const v = c.get('vendor');
  return who === v.wingUserId || who === v.vendorId;
}

function listOnline(c: Context<CoupangEnv>): Response {
  const mismatch = vendorMismatch(c, c.req.query('vendorId'));
  if (mismatch) return mismatch;
  const answered = c.req.query('answeredType');
  if (answered !== 'ALL' && answered !== 'ANSWERED' && answered !== 'NOANSWER')
    return openapiError(400, 'answeredType must be one of ALL, ANSWERED, NOANSWER');
  const w = window(c, true);
  if (w instanceof Response) return w;
  const pageNum = Math.max(1, intQuery(c, 'pageNum', 1) ?? 1);
  const pageSize = Math.min(50, Math.max(1, intQuery(c, 'pageSize', 10) ?? 10));
  const all = c
    .get('vendorData')
    .onlineInquiries.filter(
      (q) =>
        w !== null &&
        q.inquiryAt >= w.from &&
        q.inquiryAt < w.to &&
        (answered === 'ALL' || (answered === 'ANSWERED') === q.comments.length > 0),
    );
  const { items, pagination } = paginate(all, pageNum, pageSize);
  return openapiOk({ content: items.map(renderOnline), pagination });
}

function replyOnline(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const id = toInt(c.req.param('inquiryId'));
    const q = c.get('vendorData').onlineInquiries.find((x) => x.inquiryId === id);
    if (!q) return openapiError(400, '삭제된 상품문의에는 더 이상 답변할 수 없습니다.');
    const content = toStr(b.content)?.trim() ?? '';
    if (!content) return openapiError(400, '내용을 입력하세요.');
    if (!validReplier(c, b.replyBy))
      return openapiError(
        400,
        'The value of replyBy (Responder Seller Portal (WING) ID) is incorrect. Please enter the correct wing ID or vendorId.',
      );
    if (q.comments.some((m) => m.content === content)) return openapiError(400, '동일한 답변이 존재합니다.');
    q.comments.push({ inquiryCommentId: state.store.seq.inquiryComment.take(), content, at: state.ctx.clock.now() });
    return openapiDone();
  };
}

const COUNSELING: Record<string, (q: CallCenterInquiry) => boolean> = {
  NONE: () => true,
  ANSWER: (q) => q.partnerStatus === 'answered',
  NO_ANSWER: (q) => q.partnerStatus === 'requestAnswer',
  TRANSFER: (q) => q.partnerStatus === 'transfer',
};

function listCallCenter(state: CoupangState) {
  return (c: Context<CoupangEnv>) => {
    const mismatch = vendorMismatch(c, c.req.query('vendorId'));
    if (mismatch) return mismatch;
    const status = c.req.query('partnerCounselingStatus') ?? '';
    if (!COUNSELING[status])
      return openapiError(400, 'partnerCounselingStatus must be one of NONE, ANSWER, NO_ANSWER, TRANSFER');
    const vendorItemId = c.req.query('vendorItemId') ? toInt(c.req.query('vendorItemId')) : null;
    const orderId = c.req.query('orderId') ? toInt(c.req.query('orderId')) : null;
    const w = window(c, vendorItemId === null);
    if (w instanceof Response) return w;
    const pageNum = Math.max(1, intQuery(c, 'pageNum', 1) ?? 1);
    const pageSize = Math.min(30, Math.max(1, intQuery(c, 'pageSize', 10) ?? 10));
    const now = state.ctx.clock.now();
    const all = c.get('vendorData').callCenterInquiries.filter((q) => {
      settle(q, now);
      return (
        COUNSELING[status](q) &&
        (w === null || (q.inquiryAt >= w.from && q.inquiryAt < w.to)) &&
        (vendorItemId === null || q.item.vendorItemId === vendorItemId) &&
        (orderId === null || q.order.orderId === orderId)
      );
    });
    const { items, pagination } = paginate(all, pageNum, pageSize);
    return openapiOk({ content: items.map(renderCallCenter), pagination });
  };
}

function callCenterOf(c: Context<CoupangEnv>, state: CoupangState): CallCenterInquiry | null {
  const id = toInt(c.req.param('inquiryId'));
  const q = c.get('vendorData').callCenterInquiries.find((x) => x.inquiryId === id);
  if (q) settle(q, state.ctx.clock.now());
  return q ?? null;
}

function replyCallCenter(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const q = callCenterOf(c, state);
    if (!q) return openapiError(400, `inquiryId(${c.req.param('inquiryId')})를 찾을 수 없습니다.`);
    const content = toStr(b.content) ?? '';
    if (content.length < 2 || content.length > 1000)
      return openapiError(400, 'The reply content length should be between 2 ~ 1000');
    const parent = toInt(b.parentAnswerId);
    if (parent === null) return openapiError(400, 'The parentAnswerId is required.');
    if (!validReplier(c, b.replyBy)) return openapiError(400, 'userId가 올바르지 않습니다 - 520');
    if (q.inquiryStatus !== 'progress' || q.partnerStatus !== 'requestAnswer')
      return openapiError(
        400,
        "The inquiry can't be answer. It can do only inquiryStatus:progress, partnerTransferStatus:requestAnswer",
      );
    if (!q.replies.some((r) => r.answerId === parent))
      return openapiError(400, `parentAnswerId(${parent})가 올바르지 않습니다.`);
    const now = state.ctx.clock.now();
    q.replies[0].needAnswer = false;
    q.replies[0].partnerTransferStatus = 'answered';
    q.replies.push({
      answerId: state.store.seq.answer.take(),
      parentAnswerId: parent,
      partnerTransferStatus: null,
      partnerTransferCompleteReason: 'NONE',
      answerType: 'vendor',
      needAnswer: false,
      receptionistName: c.get('vendor').name,
      receptionist: String(b.replyBy),
      replyAt: now,
      content,
    });
    q.partnerStatus = 'answered';
    return openapiDone();
  };
}

function confirmCallCenter(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const q = callCenterOf(c, state);
    if (!q) return openapiError(400, `inquiryId(${c.req.param('inquiryId')})를 찾을 수 없습니다.`);
    if (!validReplier(c, b.confirmBy)) return openapiError(400, 'userId가 올바르지 않습니다 - 520');
    if (q.partnerStatus !== 'transfer')
      return openapiError(400, '확인이 필요한 이관 문의가 아닙니다. 상담이 종료된 문의입니다 - 522');
    if (state.ctx.clock.now() - q.inquiryAt > AUTO_CLOSE_MS) return openapiError(400, '상담이 종료된 문의입니다 - 522');
    q.partnerStatus = 'answered';
    q.inquiryStatus = 'complete';
    q.replies[0].partnerTransferCompleteReason = 'DISPUTE_PROCESS_COMPLETE';
    return openapiDone();
  };
}

export function csRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  const api = (v: string) => `/v2/providers/openapi/apis/api/${v}/vendors`;
  for (const v of ['v4', 'v5']) app.get(`${api(v)}/:vendorId/onlineInquiries`, listOnline);
  app.post(`${api('v4')}/:vendorId/onlineInquiries/:inquiryId{[0-9]+}/replies`, replyOnline(state));
  app.get(`${api('v5')}/:vendorId/callCenterInquiries`, listCallCenter(state));
  app.get(`${api('v5')}/callCenterInquiries/:inquiryId{[0-9]+}`, (c) => {
    const q = callCenterOf(c, state);
    return q
      ? openapiOk(renderCallCenter(q))
      : openapiError(400, `inquiryId(${c.req.param('inquiryId')})를 찾을 수 없습니다.`);
  });
  app.post(`${api('v4')}/:vendorId/callCenterInquiries/:inquiryId{[0-9]+}/replies`, replyCallCenter(state));
  app.post(`${api('v4')}/:vendorId/callCenterInquiries/:inquiryId{[0-9]+}/confirms`, confirmCallCenter(state));
  return app;
}
