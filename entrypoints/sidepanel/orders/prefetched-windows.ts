import type { ReplyOf } from '@/utils/protocol/client';
import type { OrderListQuery } from '@/utils/protocol/messages/orders';

/**
 * The order list's first windows, asked for before the list needs them. Types and plain
 * functions only: the page's first script (../early-requests.ts) imports this before the rest of
 * the page's code has loaded.
 */

export type OrderQuery = OrderListQuery;
export type QueryReply = ReplyOf<'orders.query'>;

/**
 * Rows per window: ~3 screens of the panel. 100 had the worker validate and serialize ~45 kB for
 * the opening list while the page loaded, for ~15 rows on screen; with 50 the opening window is
 * half that, and a woken worker decrypts half as many records to answer it (opening-windows.ts).
 */
export const WINDOW_SIZE = 50;

/** The list the panel opens on (app.tsx starts with it unless a notification asks for another). */
export const OPENING_QUERY: OrderQuery = { market: 'coupang', tab: 'new', sort: 'orderedAt', dir: 'desc' };

/** The query as sent: empty filters left out, the search trimmed and capped. */
export function wireQuery(q: OrderQuery) {
  return {
    market: q.market,
    tab: q.tab,
    sort: q.sort,
    dir: q.dir,
    ...(q.accountKeys?.length ? { accountKeys: q.accountKeys } : {}),
    ...(q.search?.trim() ? { search: q.search.trim().slice(0, 100) } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  };
}

/** Two queries with the same signature list the same rows. */
export const signatureOf = (q: OrderQuery): string => JSON.stringify(wireQuery(q));

export interface Prefetched {
  reply: Promise<QueryReply>;
  /** The answer, once it has come (a list built from it draws its rows in its first render). */
  settled?: QueryReply;
}

/**
 * First windows (offset 0) fetched ahead: the opening list, sent by the page's first script while
 * the rest of the page loads, and — once the list is drawn and the page idle — the first window of
 * every other tab of the shown query, so a tab switch draws its rows in the same frame. Each is
 * used once. Any order change drops them all (the background's answer may differ now); so does
 * the first cache expiry an answer reports.
 */
export class PrefetchedWindows {
  private held = new Map<string, Prefetched>();

  constructor(private readonly now: () => number = Date.now) {}

  put(signature: string, reply: Promise<QueryReply>): void {
    const entry: Prefetched = { reply };
    this.held.set(signature, entry);
    reply.then(
      (r) => {
        entry.settled = r;
      },
      () => {
        // A failed prefetch is simply not there: the list asks again itself.
        if (this.held.get(signature) === entry) this.held.delete(signature);
      },
    );
  }

  has(signature: string): boolean {
    return this.held.has(signature);
  }

  /** The window for a query, removed from the store; undefined if none, or if it has expired. */
  take(signature: string): Prefetched | undefined {
    const entry = this.held.get(signature);
    this.held.delete(signature);
    const expiry = entry?.settled?.nextExpiryAt;
    return expiry !== undefined && this.now() >= expiry ? undefined : entry;
  }

  /** Drops every window but those of `signatures` (the shown query's tabs). */
  keepOnly(signatures: ReadonlySet<string>): void {
    for (const s of [...this.held.keys()]) if (!signatures.has(s)) this.held.delete(s);
  }

  clear(): void {
    this.held.clear();
  }
}

/** The side panel's one store (one list per page). */
export const prefetchedWindows = new PrefetchedWindows();
