import type { ExchangeClaim } from '../../../protocol/messages/claims';
import type { SeenLog } from '../../store/snapshot-kind';
import type { CoupangClient, DateWindow } from '../api';
import type { CallOptions } from '../api/transport';
import { splitDateRange } from '../api/windows';
import { toExchangeClaim } from './mapping';

/** The exchange list's longest window (§4.6): a longer range is read in 7-day windows, stitched. */
export const MAX_EXCHANGE_DAYS = 7;

/** Every exchange of a date range, window by window through the vendor's queue, each kept once. */
export async function readExchanges(
  client: CoupangClient,
  accountKey: string,
  range: DateWindow,
  call: CallOptions,
  seen?: SeenLog,
): Promise<ExchangeClaim[]> {
  const byId = new Map<string, ExchangeClaim>();
  await Promise.all(
    splitDateRange(range, MAX_EXCHANGE_DAYS).map(async (w) => {
      let nextToken: string | undefined;
      do {
        const page = await client.exchanges.list(
          { createdAtFrom: w.from, createdAtTo: w.to, nextToken, maxPerPage: 50 },
          call,
        );
        for (const x of page.exchanges) byId.set(x.exchangeId, toExchangeClaim(accountKey, x));
        seen?.mark(page.exchanges.map((x) => x.exchangeId));
        nextToken = page.nextToken;
      } while (nextToken);
    }),
  );
  return [...byId.values()].sort((a, b) => ((a.createdAt ?? '') < (b.createdAt ?? '') ? 1 : -1));
}

/** One exchange read back by its order (a 7-day window from its creation date holds it). */
export async function rereadExchange(
  client: CoupangClient,
  accountKey: string,
  x: { exchangeId: string; orderId: string; createdDate: string },
  to: string,
): Promise<ExchangeClaim | undefined> {
  const windows = splitDateRange({ from: x.createdDate, to: to < x.createdDate ? x.createdDate : to }, 7);
  const w = windows[0]!;
  const page = await client.exchanges.list(
    { createdAtFrom: w.from, createdAtTo: w.to, orderId: x.orderId, maxPerPage: 50 },
    { priority: 'normal' },
  );
  const found = page.exchanges.find((e) => e.exchangeId === x.exchangeId);
  return found ? toExchangeClaim(accountKey, found) : undefined;
}
