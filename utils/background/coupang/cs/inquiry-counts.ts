import { cacheGet, cachePut } from '../../store/cache';
import { addDays, type CoupangClient, kstDate } from '../api';

/**
 * How many customer inquiries wait for the seller (last 7 days, Coupang's longest window):
 * product Q&A with no answer, call-centre inquiries waiting for an answer (NO_ANSWER) or for a
 * confirmation (TRANSFER). Counts only — no
 * inquiry text is fetched into the cache (minimum data); the seller answers in Wing.
 */
const INQUIRY_SUMMARY_KIND = 'inquirySummary';

export interface InquirySummary {
  online: number;
  callCenter: number;
  at: number;
}

async function total(list: () => Promise<{ inquiries: unknown[]; pagination?: { totalElements?: number | null } }>) {
  const page = await list();
  return page.pagination?.totalElements ?? page.inquiries.length;
}

export async function refreshInquirySummary(
  accountKey: string,
  client: CoupangClient,
  opts: { now: number; ttlMs: number; signal?: AbortSignal },
): Promise<InquirySummary> {
  const to = kstDate(opts.now);
  const from = addDays(to, -6);
  const call = { priority: 'background' as const, signal: opts.signal };
  const [online, noAnswer, transfer] = await Promise.all([
    total(() => client.cs.listOnlineInquiries({ from, to, answeredType: 'NOANSWER', pageSize: 1 }, call)),
    total(() => client.cs.listCallCenterInquiries({ from, to, status: 'NO_ANSWER', pageSize: 1 }, call)),
    total(() => client.cs.listCallCenterInquiries({ from, to, status: 'TRANSFER', pageSize: 1 }, call)),
  ]);
  const summary = { online, callCenter: noAnswer + transfer, at: opts.now };
  await cachePut(
    { kind: INQUIRY_SUMMARY_KIND, accountKey, entityId: 'summary', ttlMs: opts.ttlMs, pii: false, now: opts.now },
    summary,
  );
  return summary;
}

export function readInquirySummary(accountKey: string, now?: number): Promise<InquirySummary | undefined> {
  return cacheGet<InquirySummary>(INQUIRY_SUMMARY_KIND, accountKey, 'summary', now);
}
