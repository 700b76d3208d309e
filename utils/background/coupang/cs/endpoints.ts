import { RawJsonNumber } from '../../net/lossless-json';
import type { Pagination } from '../api/common-schemas';
import { ackEnvelope } from '../api/envelope';
import { daysBetween, isKstDate } from '../api/kst';
import type { CallOptions, Transport } from '../api/transport';
import {
  type CallCenterInquiry,
  callCenterListResponse,
  callCenterSingleResponse,
  type OnlineInquiry,
  onlineInquiryListResponse,
} from './schemas';

/** Customer inquiries: product Q&A and call-centre transfers, §4.8. */

const V5 = '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}';
const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';
const MAX_INQUIRY_DAYS = 7;

export interface InquiryPage<T> {
  inquiries: T[];
  pagination?: Pagination;
}

function checkRange(from: string, to: string): void {
  if (!isKstDate(from) || !isKstDate(to)) throw new RangeError('dates must be YYYY-MM-DD');
  const span = daysBetween(from, to);
  if (span < 0 || span >= MAX_INQUIRY_DAYS) throw new RangeError('inquiry window must be 1–7 days');
}

/** The API takes `\n` only (a raw CR breaks its JSON handling) and 2–1000 characters. */
function normalizeReply(content: string): string {
  const text = content.replace(/\r\n?/g, '\n').trim();
  if (text.length < 2 || text.length > 1000) throw new RangeError('reply must be 2–1000 characters');
  return text;
}

export function createCsApi(t: Transport) {
  async function listOnlineInquiries(
    params: {
      from: string;
      to: string;
      answeredType: 'ALL' | 'ANSWERED' | 'NOANSWER';
      pageNum?: number;
      pageSize?: number;
    },
    options: CallOptions = {},
  ): Promise<InquiryPage<OnlineInquiry>> {
    checkRange(params.from, params.to);
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V5}/onlineInquiries`,
      query: [
        ['vendorId', t.vendorId],
        ['inquiryStartAt', params.from],
        ['inquiryEndAt', params.to],
        ['answeredType', params.answeredType],
        ['pageNum', params.pageNum ?? 1],
        ['pageSize', params.pageSize ?? 50],
      ],
      schema: onlineInquiryListResponse,
    });
    return { inquiries: body.data.content, pagination: body.data.pagination ?? undefined };
  }

  async function replyOnlineInquiry(
    input: { inquiryId: string; content: string; replyBy: string },
    options: CallOptions = {},
  ): Promise<void> {
    await t.call({
      ...options,
      method: 'POST',
      path: `${V4}/onlineInquiries/{inquiryId}/replies`,
      pathParams: { inquiryId: input.inquiryId },
      body: { content: normalizeReply(input.content), vendorId: t.vendorId, replyBy: input.replyBy },
      schema: ackEnvelope,
    });
  }

  async function listCallCenterInquiries(
    params: {
      from?: string;
      to?: string;
      status: 'NONE' | 'ANSWER' | 'NO_ANSWER' | 'TRANSFER';
      vendorItemId?: string;
      orderId?: string;
      pageNum?: number;
      pageSize?: number;
    },
    options: CallOptions = {},
  ): Promise<InquiryPage<CallCenterInquiry>> {
    if (params.from !== undefined || params.to !== undefined) checkRange(params.from ?? '', params.to ?? '');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${V5}/callCenterInquiries`,
      query: [
        ['vendorId', t.vendorId],
        ['inquiryStartAt', params.from],
        ['inquiryEndAt', params.to],
        ['vendorItemId', params.vendorItemId],
        ['orderId', params.orderId],
        ['partnerCounselingStatus', params.status],
        ['pageNum', params.pageNum ?? 1],
        ['pageSize', params.pageSize ?? 30],
      ],
      schema: callCenterListResponse,
    });
    return { inquiries: body.data.content, pagination: body.data.pagination ?? undefined };
  }

  /** Sparingly: Coupang may auto-block excessive single lookups. */
  async function getCallCenterInquiry(inquiryId: string, options: CallOptions = {}): Promise<CallCenterInquiry> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/openapi/apis/api/v5/vendors/callCenterInquiries/{inquiryId}',
      pathParams: { inquiryId },
      schema: callCenterSingleResponse,
    });
    return body.data;
  }

  /** Only while progress + requestAnswer, within 24 h of the transfer. */
  async function replyCallCenterInquiry(
    input: { inquiryId: string; content: string; replyBy: string; parentAnswerId: string },
    options: CallOptions = {},
  ): Promise<void> {
    await t.call({
      ...options,
      method: 'POST',
      path: `${V4}/callCenterInquiries/{inquiryId}/replies`,
      pathParams: { inquiryId: input.inquiryId },
      body: {
        vendorId: t.vendorId,
        inquiryId: new RawJsonNumber(input.inquiryId),
        content: normalizeReply(input.content),
        replyBy: input.replyBy,
        parentAnswerId: new RawJsonNumber(input.parentAnswerId),
      },
      schema: ackEnvelope,
    });
  }

  /** For TRANSFER inquiries that need confirmation, not an answer. */
  async function confirmCallCenterInquiry(
    input: { inquiryId: string; confirmBy: string },
    options: CallOptions = {},
  ): Promise<void> {
    await t.call({
      ...options,
      method: 'POST',
      path: `${V4}/callCenterInquiries/{inquiryId}/confirms`,
      pathParams: { inquiryId: input.inquiryId },
      body: { confirmBy: input.confirmBy },
      schema: ackEnvelope,
    });
  }

  return {
    listOnlineInquiries,
    replyOnlineInquiry,
    listCallCenterInquiries,
    getCallCenterInquiry,
    replyCallCenterInquiry,
    confirmCallCenterInquiry,
  };
}

export type CsApi = ReturnType<typeof createCsApi>;
