import { answerDeadline } from '../../../domain/inquiry-deadline';
import type { InquiryKind, InquiryState, ThreadEntry } from '../../../protocol/messages/inquiries';
import { kstDate } from '../api';
import { parseCoupangDateTime } from '../api/kst';
import type { CallCenterInquiry, OnlineInquiry } from './schemas';

/**
 * Coupang's two inquiry shapes → one record the view shows and the cache keeps (declared kind
 * `coupang.inquiry`, PII: encrypted, short TTL). Kept: the texts needed to answer, ids, dates.
 * Dropped (minimum data, C5): the buyer's phone and e-mail, Coupang staff names and ids.
 */
export interface InquiryRecord {
  key: string;
  kind: InquiryKind;
  inquiryId: string;
  state: InquiryState;
  askedAt: string;
  /** KST date Coupang files the inquiry under (the list windows' `inquiryStartAt` day): for read-backs. */
  listedOn: string;
  deadlineAt?: number;
  hardDeadline: boolean;
  productName?: string;
  vendorItemId?: string;
  orderIds: string[];
  category?: string;
  thread: ThreadEntry[];
  /** Call centre: the agent's transfer a reply answers (`parentAnswerId`). */
  parentAnswerId?: string;
  /** When this record was read from Coupang (a list shows only records of the latest read). */
  syncedAt: number;
}

export const inquiryKeyOf = (kind: InquiryKind, inquiryId: string) => `${kind}:${inquiryId}`;

export function parseInquiryKey(key: string): { kind: InquiryKind; inquiryId: string } | undefined {
  const m = /^(product|callCenter):(\d{1,30})$/.exec(key);
  return m ? { kind: m[1] as InquiryKind, inquiryId: m[2]! } : undefined;
}

const dayOf = (iso: string | undefined, fallback: number) => {
  const ms = iso ? parseCoupangDateTime(iso) : null;
  return kstDate(ms ?? fallback);
};

/** Product Q&A: answered once it has a comment (Coupang keeps the seller's answers as comments). */
export function mapOnlineInquiry(q: OnlineInquiry, ctx: { syncedAt: number; productName?: string }): InquiryRecord {
  const askedAt = q.inquiryAt ?? '';
  const thread: ThreadEntry[] = [
    { who: 'customer', ...(q.inquiryAt ? { at: q.inquiryAt } : {}), content: q.content ?? '' },
    ...q.commentDtoList.map(
      (c): ThreadEntry => ({
        who: 'seller',
        ...(c.inquiryCommentAt ? { at: c.inquiryCommentAt } : {}),
        content: c.content ?? '',
      }),
    ),
  ];
  const deadlineAt = answerDeadline(askedAt);
  return {
    key: inquiryKeyOf('product', q.inquiryId),
    kind: 'product',
    inquiryId: q.inquiryId,
    state: q.commentDtoList.length > 0 ? 'answered' : 'unanswered',
    askedAt,
    listedOn: dayOf(q.inquiryAt, ctx.syncedAt),
    ...(deadlineAt === undefined ? {} : { deadlineAt }),
    hardDeadline: false,
    ...(ctx.productName ? { productName: ctx.productName } : {}),
    ...(q.vendorItemId ? { vendorItemId: q.vendorItemId } : {}),
    orderIds: q.orderIds,
    thread,
    syncedAt: ctx.syncedAt,
  };
}

type Reply = CallCenterInquiry['replies'][number];

/**
 * Where a call-centre inquiry stands, from its own fields: a vendor answer → answered; complete
 * without one → confirmed (a transfer, `partnerTransferStatus: none`) or closed by Coupang after
 * 24 h; in progress → waiting for an answer (an agent reply with `needAnswer`) or, for a transfer
 * that needs no answer, for a confirmation. `listed` is the status filter it was listed under.
 */
export function callCenterState(q: CallCenterInquiry, listed?: 'NO_ANSWER' | 'TRANSFER' | 'ANSWER'): InquiryState {
  const first: Reply | undefined = q.replies[0];
  const isTransfer = first?.partnerTransferStatus === 'none';
  if (q.replies.some((r) => r.answerType === 'vendor')) return 'answered';
  if (q.inquiryStatus === 'complete') return isTransfer ? 'answered' : 'closed';
  if (listed === 'TRANSFER') return 'needsConfirm';
  if (listed === 'NO_ANSWER') return 'unanswered';
  if (q.replies.some((r) => r.needAnswer === true)) return 'unanswered';
  return isTransfer ? 'needsConfirm' : q.csPartnerCounselingStatus === 'answered' ? 'answered' : 'unanswered';
}

export function mapCallCenterInquiry(
  q: CallCenterInquiry,
  ctx: { syncedAt: number; listed?: 'NO_ANSWER' | 'TRANSFER' | 'ANSWER' },
): InquiryRecord {
  // The 24 hours run from the transfer to the seller (the agent's first note), else the inquiry.
  const askedAt = q.replies[0]?.replyAt ?? q.inquiryAt ?? '';
  const deadlineAt = answerDeadline(askedAt);
  const parent = q.replies.find((r) => r.needAnswer === true) ?? q.replies[0];
  const thread: ThreadEntry[] = [];
  if (q.content && q.content !== '상담이력')
    thread.push({ who: 'customer', ...(q.inquiryAt ? { at: q.inquiryAt } : {}), content: q.content });
  for (const r of q.replies)
    thread.push({
      who: r.answerType === 'vendor' ? 'seller' : 'agent',
      ...(r.replyAt ? { at: r.replyAt } : {}),
      content: r.content ?? '',
    });
  return {
    key: inquiryKeyOf('callCenter', q.inquiryId),
    kind: 'callCenter',
    inquiryId: q.inquiryId,
    state: callCenterState(q, ctx.listed),
    askedAt,
    listedOn: dayOf(q.inquiryAt, ctx.syncedAt),
    ...(deadlineAt === undefined ? {} : { deadlineAt }),
    hardDeadline: true,
    ...(q.itemName ? { productName: q.itemName } : {}),
    ...(q.vendorItemId[0] ? { vendorItemId: q.vendorItemId[0] } : {}),
    orderIds: q.orderId ? [q.orderId] : [],
    ...(q.receiptCategory ? { category: q.receiptCategory } : {}),
    thread,
    ...(parent?.answerId ? { parentAnswerId: parent.answerId } : {}),
    syncedAt: ctx.syncedAt,
  };
}

/** Waiting for the seller (counted in the badge and the popup). */
export const isWaiting = (r: Pick<InquiryRecord, 'state'>) => r.state === 'unanswered' || r.state === 'needsConfirm';
