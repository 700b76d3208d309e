import { accountKeyOf } from '../../../domain/keys';
import type { CoreServices } from '../../core/core';
import { addDays, type CoupangClient, kstDate } from '../api';
import type { CallOptions } from '../api/transport';
import type { InquiryPage } from './endpoints';
import { writeInquirySummary } from './inquiry-counts';
import { type InquiryRecord, mapCallCenterInquiry, mapOnlineInquiry } from './mapping';
import { inquiryCache } from './store';

/**
 * Reads a vendor's inquiries through its one rate-limited queue, as lists (never one call-centre
 * inquiry at a time: Coupang may block excessive single look-ups), in ≤7-day windows:
 * - product Q&A of the last 30 days, answered or not (the view shows the thread of either);
 * - call-centre inquiries of the last 7 days by status — waiting for an answer, waiting for a
 *   confirmation, answered — (older ones are all closed: Coupang closes them after 24 h).
 * Everything read replaces the cached copy; the summary (counts, no text) feeds badge and popup.
 */
export const ONLINE_DAYS = 30;
export const CALL_CENTER_DAYS = 7;
const MAX_WINDOW_DAYS = 7;
const MAX_PAGES = 100;
const CALL_CENTER_STATUSES = ['NO_ANSWER', 'TRANSFER', 'ANSWER'] as const;

/** Consecutive ≤7-day windows covering `days` days up to `today` (KST dates), newest first. */
export function inquiryWindows(today: string, days: number): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (let back = 0; back < days; back += MAX_WINDOW_DAYS) {
    const to = addDays(today, -back);
    const span = Math.min(MAX_WINDOW_DAYS, days - back);
    out.push({ from: addDays(to, -(span - 1)), to });
  }
  return out;
}

/** Every page of a page-numbered list (stops at the last page Coupang names, or a short page). */
export async function allPages<T>(pageSize: number, fetch: (pageNum: number) => Promise<InquiryPage<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let pageNum = 1; pageNum <= MAX_PAGES; pageNum++) {
    const page = await fetch(pageNum);
    out.push(...page.inquiries);
    const total = page.pagination?.totalPages;
    if (total !== undefined ? pageNum >= total : page.inquiries.length < pageSize) break;
  }
  return out;
}

/** Product names by vendor item id, from the synced orders (product Q&A names only ids). */
async function productNames(core: CoreServices, accountKey: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const o of await core.orders.all()) {
    if (accountKeyOf(o) !== accountKey) continue;
    for (const l of o.lines) if (l.itemId && !names.has(l.itemId)) names.set(l.itemId, l.productName);
  }
  return names;
}

export async function readInquiries(
  client: CoupangClient,
  ctx: { now: number; names: Map<string, string>; call: CallOptions },
): Promise<InquiryRecord[]> {
  const today = kstDate(ctx.now);
  const records: InquiryRecord[] = [];
  for (const w of inquiryWindows(today, ONLINE_DAYS)) {
    const list = await allPages(50, (pageNum) =>
      client.cs.listOnlineInquiries({ ...w, answeredType: 'ALL', pageNum, pageSize: 50 }, ctx.call),
    );
    for (const q of list) {
      const productName = q.vendorItemId ? ctx.names.get(q.vendorItemId) : undefined;
      records.push(mapOnlineInquiry(q, { syncedAt: ctx.now, ...(productName ? { productName } : {}) }));
    }
  }
  const seen = new Set<string>();
  for (const w of inquiryWindows(today, CALL_CENTER_DAYS)) {
    for (const status of CALL_CENTER_STATUSES) {
      const list = await allPages(30, (pageNum) =>
        client.cs.listCallCenterInquiries({ ...w, status, pageNum, pageSize: 30 }, ctx.call),
      );
      for (const q of list) {
        if (seen.has(q.inquiryId)) continue;
        seen.add(q.inquiryId);
        records.push(mapCallCenterInquiry(q, { syncedAt: ctx.now, listed: status }));
      }
    }
  }
  return records;
}

/** Stores records read from Coupang (a full read or one inquiry read back after a write). */
export async function storeInquiries(core: CoreServices, accountKey: string, records: InquiryRecord[]): Promise<void> {
  const ttl = (await core.settings.get()).cache;
  await inquiryCache.putMany(
    records.map((r) => ({ accountKey, entityId: r.key, value: r })),
    { now: core.now(), ttl },
  );
}

/** Full reads in progress, per vendor. */
const running = new Map<string, Promise<number>>();

/**
 * A full read of one vendor's inquiries: cached, summarised. Returns when the read was made. One
 * at a time per vendor (the order sync's and the view's queue up): two interleaved reads could
 * leave the summary naming one read while the records carry the other's time, and the list empty.
 */
export function syncInquiries(
  core: CoreServices,
  accountKey: string,
  client: CoupangClient,
  call: CallOptions,
): Promise<number> {
  // After the read in progress (never interleaved with it), a read of our own: a caller that
  // asks now (the seller pressed Refresh) gets what Coupang holds now.
  const before = running.get(accountKey)?.catch(() => 0) ?? Promise.resolve(0);
  const run = before.then(() => readAndStore(core, accountKey, client, call));
  const tracked = run.finally(() => {
    if (running.get(accountKey) === tracked) running.delete(accountKey);
  });
  tracked.catch(() => undefined); // the caller handles `run`; this copy only orders the next read
  running.set(accountKey, tracked);
  return run;
}

async function readAndStore(
  core: CoreServices,
  accountKey: string,
  client: CoupangClient,
  call: CallOptions,
): Promise<number> {
  const now = core.now();
  const records = await readInquiries(client, { now, names: await productNames(core, accountKey), call });
  await storeInquiries(core, accountKey, records);
  await writeInquirySummary(core, accountKey, now);
  return now;
}
