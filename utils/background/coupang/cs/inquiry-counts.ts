import { URGENT_MS } from '../../../domain/inquiry-deadline';
import type { CoreServices } from '../../core/core';
import { cachedKind } from '../../store/cached-kind';
import { type InquiryRecord, isWaiting } from './mapping';
import { inquiryCache } from './store';

/**
 * How many customer inquiries wait for the seller, per vendor: product Q&A without an answer,
 * call-centre inquiries waiting for an answer or a confirmation — and when each is due, so the
 * badge turns urgent under 2 hours left. Counts and instants only (no text, no ids): the badge,
 * the popup and the Wing helper read this without decrypting any inquiry.
 */
export interface InquirySummary {
  online: number;
  callCenter: number;
  /** Answer deadlines (epoch ms) of the inquiries waiting for the seller. */
  deadlines: number[];
  /** When the inquiries were last read in full from Coupang. */
  at: number;
}

const summaryCache = cachedKind<InquirySummary>('inquirySummary');
const SUMMARY_ID = 'summary';

export function readInquirySummary(accountKey: string, now?: number): Promise<InquirySummary | undefined> {
  return summaryCache.get(accountKey, SUMMARY_ID, now);
}

/** The cached inquiries of the latest full read (older records may be out of every window now). */
export async function currentInquiries(accountKey: string, now: number): Promise<InquiryRecord[]> {
  const summary = await readInquirySummary(accountKey, now);
  if (!summary) return [];
  return (await inquiryCache.list(accountKey, now)).map((e) => e.value).filter((r) => r.syncedAt >= summary.at);
}

export function summarize(records: InquiryRecord[], at: number): InquirySummary {
  const waiting = records.filter(isWaiting);
  return {
    online: waiting.filter((r) => r.kind === 'product').length,
    callCenter: waiting.filter((r) => r.kind === 'callCenter').length,
    deadlines: waiting.flatMap((r) => (r.deadlineAt === undefined ? [] : [r.deadlineAt])),
    at,
  };
}

/** Recomputes the summary after a full read (`fullReadAt`) or after one inquiry was read back. */
export async function writeInquirySummary(core: CoreServices, accountKey: string, fullReadAt?: number): Promise<void> {
  const now = core.now();
  const at = fullReadAt ?? (await readInquirySummary(accountKey, now))?.at;
  if (at === undefined) return;
  const records = (await inquiryCache.list(accountKey, now)).map((e) => e.value).filter((r) => r.syncedAt >= at);
  await summaryCache.put(accountKey, SUMMARY_ID, summarize(records, at), {
    now,
    ttl: (await core.settings.get()).cache,
  });
  // Open views re-read the list: a read they did not ask for (the order sync's) has landed.
  core.events.emit('inquiries.changed', { accountKey });
}

/** One vendor's part of the badge: inquiries waiting, and whether one has under 2 hours left. */
export interface InquiryAttention {
  count: number;
  urgent: boolean;
}

export function attentionOf(summary: InquirySummary | undefined, now: number): InquiryAttention {
  if (!summary) return { count: 0, urgent: false };
  return {
    count: summary.online + summary.callCenter,
    urgent: summary.deadlines.some((d) => d - now < URGENT_MS),
  };
}

export async function inquiryAttention(accountKey: string, now: number): Promise<InquiryAttention> {
  return attentionOf(await readInquirySummary(accountKey, now), now);
}
