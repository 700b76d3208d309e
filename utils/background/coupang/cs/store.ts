import { cachedKind } from '../../store/cached-kind';
import type { InquiryRecord } from './mapping';

/** The inquiries as last read (PII: encrypted with the session key, the seller's short PII TTL). */
export const inquiryCache = cachedKind<InquiryRecord>('coupang.inquiry');

/**
 * A reply the seller sent, kept until the outbox has delivered it (same protection as the
 * inquiries: the seller's answer may quote the customer). The outbox item carries only ids.
 */
export interface ReplyText {
  text: string;
}
export const replyTextCache = cachedKind<ReplyText>('coupang.inquiryReply');
