import { exchangeWaitsForSeller, RETURN_TAB_TABLE, RETURN_TABS, type ReturnTab } from '../../../domain/claim-status';
import type { ClaimCounts, ExchangeClaim, ReturnClaim } from '../../../protocol/messages/claims';
import { exchangeFacts } from '../exchanges/mapping';
import { toReturnRow } from '../returns/mapping';

/**
 * Claim counts: per Wing tab (the claims area's tabs) and "waiting for the seller" (the popup and
 * the badge). Counts only; kept in this one small module so the inquiries count sits beside it.
 */
export function claimCounts(returns: readonly ReturnClaim[], exchanges: readonly ExchangeClaim[]): ClaimCounts {
  const counts = Object.fromEntries([...RETURN_TABS, 'exchange'].map((k) => [k, 0])) as ClaimCounts;
  for (const r of returns) counts[toReturnRow(r).tab]++;
  counts.exchange = exchanges.length;
  return counts;
}

export interface ClaimsWaiting {
  returns: number;
  exchanges: number;
}

/**
 * Returns and exchanges waiting for the seller (a tab whose row says so; open exchanges). A
 * stop-shipment request (출고중지요청) is left out: its box is already counted with the orders as a
 * cancel request, and the badge and the popup count each thing to do once.
 */
export function claimsWaiting(returns: readonly ReturnClaim[], exchanges: readonly ExchangeClaim[]): ClaimsWaiting {
  const waits = (tab: ReturnTab) => tab !== 'stopRequested' && RETURN_TAB_TABLE[tab].waitsForSeller;
  return {
    returns: returns.filter((r) => waits(toReturnRow(r).tab)).length,
    exchanges: exchanges.filter((x) => exchangeWaitsForSeller(exchangeFacts(x))).length,
  };
}
