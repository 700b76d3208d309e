import type { PayoutRow } from '../../../protocol/messages/money';
import type { CoreServices } from '../../core/core';
import { cachedKind } from '../../store/cached-kind';
import { kstDate } from '../api/kst';
import type { DateWindow } from '../api/windows';
import type { CoupangClients } from '../client-factory';
import { type RevenueDayRecord, type RevenueLine, toRevenueLine } from './mapping';
import { type PayoutMonthRecord, recentMonths, toPayoutRow } from './payouts';
import { clampRevenueRange, eachDay, revenueWindows } from './windows';

const revenueDays = cachedKind<RevenueDayRecord>('coupang.revenueDay');
const payoutMonths = cachedKind<PayoutMonthRecord>('coupang.payoutMonth');

export interface RevenueLines {
  range: DateWindow;
  lines: RevenueLine[];
  /** When the oldest cached day of the range was fetched. */
  fetchedAt: number;
}

/**
 * Reads revenue and payouts through the vendor's one rate-limited queue and caches them per
 * recognition day / revenue month with the reference TTL. A range is served from the cache where
 * it can be; only missing days are fetched (refresh fetches them all again). One fetch per account
 * runs at a time, so the view's report, order list and export never fetch the same days twice.
 */
export class SettlementService {
  private inflight = new Map<string, Promise<unknown>>();

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  private async serial<T>(accountKey: string, run: () => Promise<T>): Promise<T> {
    const before = this.inflight.get(accountKey) ?? Promise.resolve();
    const next = before.catch(() => undefined).then(run);
    this.inflight.set(accountKey, next);
    try {
      return await next;
    } finally {
      if (this.inflight.get(accountKey) === next) this.inflight.delete(accountKey);
    }
  }

  async lines(accountKey: string, wanted: DateWindow, opts: { refresh?: boolean } = {}): Promise<RevenueLines> {
    const now = this.core.now();
    const range = clampRevenueRange(wanted, kstDate(now));
    if (!range) return { range: { from: wanted.from, to: wanted.from }, lines: [], fetchedAt: now };
    return this.serial(accountKey, async () => {
      const days = new Set(eachDay(range));
      const cached = new Map<string, { record: RevenueDayRecord; storedAt: number }>();
      if (!opts.refresh)
        for (const e of await revenueDays.list(accountKey, this.core.now()))
          if (days.has(e.value.date)) cached.set(e.value.date, { record: e.value, storedAt: e.storedAt });
      for (const window of revenueWindows(range, new Set(cached.keys()))) {
        const fetched = await this.fetchWindow(accountKey, window);
        for (const record of fetched) cached.set(record.date, { record, storedAt: this.core.now() });
      }
      const lines = [...cached.values()]
        .sort((a, b) => (a.record.date < b.record.date ? -1 : 1))
        .flatMap((c) => c.record.lines);
      const fetchedAt = Math.min(now, ...[...cached.values()].map((c) => c.storedAt));
      return { range, lines, fetchedAt };
    });
  }

  /** One ≤31-day window, every page; then one cache record per day of it (empty days included). */
  private async fetchWindow(accountKey: string, window: DateWindow): Promise<RevenueDayRecord[]> {
    const client = await this.clients.get(accountKey);
    const byDay = new Map<string, RevenueLine[]>(eachDay(window).map((d) => [d, []]));
    const seenTokens = new Set<string>();
    let token: string | undefined;
    do {
      const page = await client.settlement.revenueHistory(
        { from: window.from, to: window.to, token, maxPerPage: 50 },
        { priority: 'interactive' },
      );
      for (const r of page.items) {
        const line = toRevenueLine(r);
        if (line) byDay.get(line.recognitionDate)?.push(line);
      }
      // A repeated token would loop forever: treat it as the last page.
      token = page.nextToken && !seenTokens.has(page.nextToken) ? page.nextToken : undefined;
      if (token) seenTokens.add(token);
    } while (token);
    const records = [...byDay].map(([date, lines]) => ({ date, lines }));
    const ttl = (await this.core.settings.get()).cache;
    await revenueDays.putMany(
      records.map((r) => ({ accountKey, entityId: r.date, value: r })),
      { now: this.core.now(), ttl },
    );
    return records;
  }

  async payouts(accountKey: string, months: number): Promise<{ rows: PayoutRow[]; fetchedAt: number }> {
    const now = this.core.now();
    const ttl = (await this.core.settings.get()).cache;
    const client = await this.clients.get(accountKey);
    const rows: PayoutRow[] = [];
    for (const ym of recentMonths(kstDate(now), months)) {
      const hit = await payoutMonths.get(accountKey, ym, now);
      if (hit) {
        rows.push(...hit.rows);
        continue;
      }
      const list = await client.settlement.settlementHistories(ym, { priority: 'interactive' });
      const record = { yearMonth: ym, rows: list.map((s) => toPayoutRow(s, ym)) };
      await payoutMonths.put(accountKey, ym, record, { now, ttl });
      rows.push(...record.rows);
    }
    // Newest pay date first: what is expected next, then what was paid.
    rows.sort((a, b) => ((a.settlementDate ?? '') < (b.settlementDate ?? '') ? 1 : -1));
    return { rows, fetchedAt: now };
  }
}
