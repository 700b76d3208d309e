import { z } from 'zod';
import { defineMessage } from '../define';
import { outboxItemView } from './orders';
import { accountKey, idString } from './shared-schemas';

/**
 * Customer inquiries (Coupang 상품문의 and 고객센터 문의): the list, one inquiry's thread, and
 * the two writes — a reply and a call-centre confirmation — each about exactly ONE inquiry.
 * Agreement §3③1 / compliance C11: no request here accepts a list of inquiries (checked by
 * tests/unit/protocol/no-bulk-replies.test.ts), so no page can offer a bulk reply.
 */

export const inquiryKind = z.lazy(() => z.enum(['product', 'callCenter']));
export type InquiryKind = z.infer<typeof inquiryKind>;

/**
 * Where an inquiry stands for the seller:
 * - `unanswered`: waiting for the seller's answer;
 * - `needsConfirm`: a call-centre transfer that needs a confirmation, not an answer;
 * - `answered`: the seller (or Coupang's agent) answered;
 * - `closed`: Coupang closed it unanswered (24 h passed); it can no longer be answered here.
 */
export const inquiryState = z.lazy(() => z.enum(['unanswered', 'needsConfirm', 'answered', 'closed']));
export type InquiryState = z.infer<typeof inquiryState>;

/** `product:<inquiryId>` or `callCenter:<inquiryId>` — the two id spaces are Coupang's own. */
export const inquiryKey = z.lazy(() => z.string().regex(/^(product|callCenter):\d{1,30}$/));

export const threadEntry = z.lazy(() =>
  z.object({
    who: z.enum(['customer', 'seller', 'agent']),
    /** KST ISO date-time. */
    at: z.string().optional(),
    content: z.string(),
  }),
);
export type ThreadEntry = z.infer<typeof threadEntry>;

export const inquiryRow = z.lazy(() =>
  z.object({
    key: inquiryKey,
    accountKey,
    kind: inquiryKind,
    inquiryId: idString,
    state: inquiryState,
    /** KST ISO date-time the customer asked (call centre: when it was transferred). */
    askedAt: z.string(),
    /**
     * When the answer is due (epoch ms): Coupang's hard 24 h for call-centre transfers (after it the
     * API refuses), Crossdock's 24 h answer target for product Q&A (the API still accepts later).
     */
    deadlineAt: z.number().optional(),
    hardDeadline: z.boolean(),
    productName: z.string().optional(),
    vendorItemId: idString.optional(),
    orderIds: z.array(idString),
    /** Call centre: Coupang's category of the request (배송, 취소, 반품…). */
    category: z.string().optional(),
    /** The conversation, oldest first: the customer's question, answers, Coupang agent notes. */
    thread: z.array(threadEntry),
    /** The newest write for this inquiry still in flight or failed (one at a time). */
    pending: outboxItemView.optional(),
  }),
);
export type InquiryRow = z.infer<typeof inquiryRow>;

export const inquiryCounts = z.lazy(() =>
  z.object({
    unanswered: z.number().int(),
    needsConfirm: z.number().int(),
    answered: z.number().int(),
    closed: z.number().int(),
    /** Waiting for the seller with under 2 hours left (or already late). */
    urgent: z.number().int(),
  }),
);
export type InquiryCounts = z.infer<typeof inquiryCounts>;

export const replyTemplate = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
  title: z.string().min(1).max(40),
  /** Placeholders filled per inquiry: {상품명} {주문번호} {문의일} (or {product} {order} {date}). */
  body: z.string().min(2).max(1000),
});
export type ReplyTemplate = z.infer<typeof replyTemplate>;

const writeReply = z.lazy(() => z.object({ item: outboxItemView }));

export const inquiryMessages = {
  /**
   * The inquiries of one Coupang vendor from the cache (unanswered first); `refresh` reads them
   * from Coupang first (≤7-day windows through the vendor's queue).
   */
  'inquiries.list': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, refresh: z.boolean().optional() }).strict(),
    reply: () =>
      z.object({
        rows: z.array(inquiryRow),
        counts: inquiryCounts,
        /** When the cached list was read from Coupang (absent: never). */
        syncedAt: z.number().optional(),
      }),
    senders: ['extension-page'],
  }),
  /** Answers ONE inquiry (the seller wrote or reviewed this text). Through the outbox. */
  'inquiries.reply': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, key: inquiryKey, content: z.string().min(2).max(1000) }).strict(),
    reply: () => writeReply,
    senders: ['extension-page'],
  }),
  /** Confirms ONE call-centre transfer that needs a confirmation, not an answer. Through the outbox. */
  'inquiries.confirm': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, key: inquiryKey }).strict(),
    reply: () => writeReply,
    senders: ['extension-page'],
  }),
  /** The seller's reply templates (their own words; stored locally, never sent anywhere). */
  'inquiries.templates': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ templates: z.array(replyTemplate) }),
    senders: ['extension-page'],
  }),
  /** Adds or changes one template (no id: a new one). */
  'inquiries.saveTemplate': defineMessage({
    needsConsent: false,
    request: () =>
      z
        .object({
          id: replyTemplate.shape.id.optional(),
          title: replyTemplate.shape.title,
          body: replyTemplate.shape.body,
        })
        .strict(),
    reply: () => z.object({ templates: z.array(replyTemplate) }),
    senders: ['extension-page'],
  }),
  'inquiries.deleteTemplate': defineMessage({
    needsConsent: false,
    request: () => z.object({ id: replyTemplate.shape.id }).strict(),
    reply: () => z.object({ templates: z.array(replyTemplate) }),
    senders: ['extension-page'],
  }),
} as const;
