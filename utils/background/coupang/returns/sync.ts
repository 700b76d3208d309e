import type { ReturnClaim } from '../../../protocol/messages/claims';
import type { SeenLog } from '../../store/snapshot-kind';
import type { CoupangClient, DateWindow } from '../api';
import type { CallOptions } from '../api/transport';
import { splitDateRange } from '../api/windows';
import { MAX_WITHDRAW_DAYS } from './endpoints';
import { toReturnClaim, withdrawnClaim } from './mapping';
import { RETURN_STATUSES } from './schemas';

const MAX_RETURN_DAYS = 31;

/**
 * Every return receipt of a date range, through the vendor's queue: the list by each status (RU,
 * UC, PR, CC; a stop-shipment request shows under RU and UC, kept once), then the withdraw history
 * in ≤7-day windows, because withdrawn receipts vanish from the list. A withdrawn receipt keeps
 * the details it had when last listed (`known`).
 */
export async function readReturns(
  client: CoupangClient,
  accountKey: string,
  range: DateWindow,
  known: ReadonlyMap<string, ReturnClaim>,
  call: CallOptions,
  seen?: SeenLog,
): Promise<ReturnClaim[]> {
  const byId = new Map<string, ReturnClaim>();
  const listed = RETURN_STATUSES.flatMap((status) =>
    splitDateRange(range, MAX_RETURN_DAYS).map(async (w) => {
      let nextToken: string | undefined;
      do {
        const page = await client.returns.list(
          { createdAtFrom: w.from, createdAtTo: w.to, status, nextToken, maxPerPage: 50 },
          call,
        );
        for (const r of page.returns) byId.set(r.receiptId, toReturnClaim(accountKey, r));
        seen?.mark(page.returns.map((r) => r.receiptId));
        nextToken = page.nextToken;
      } while (nextToken);
    }),
  );
  const withdrawn = splitDateRange(range, MAX_WITHDRAW_DAYS).map(async (w) => {
    const found = [];
    let pageIndex: number | undefined = 1;
    while (pageIndex) {
      const page = await client.returns.listWithdrawals({ dateFrom: w.from, dateTo: w.to, pageIndex }, call);
      found.push(...page.withdrawals);
      seen?.mark(page.withdrawals.map((w) => w.cancelId));
      pageIndex = page.nextPageIndex;
    }
    return found;
  });
  await Promise.all(listed);
  for (const w of (await Promise.all(withdrawn)).flat()) {
    byId.set(w.cancelId, withdrawnClaim(accountKey, w, byId.get(w.cancelId) ?? known.get(w.cancelId)));
  }
  return [...byId.values()].sort((a, b) => ((a.createdAt ?? '') < (b.createdAt ?? '') ? 1 : -1));
}
