import { addDays, daysBetween, isKstDate, kstDate } from '../api/kst';
import type { CallOptions, Transport } from '../api/transport';
import { type Revenue, revenueHistoryResponse, type Settlement, settlementHistoriesResponse } from './schemas';

/** Revenue (per order) and settlement (payout) history, §4.9. */

export const MAX_REVENUE_DAYS = 31;

export interface RevenuePage {
  items: Revenue[];
  /** Pass back as `token` for the next page; absent on the last. */
  nextToken?: string;
}

export function createSettlementApi(t: Transport) {
  /** Recognition dates in KST, ≤31 days, `to` no later than yesterday (KST). */
  async function revenueHistory(
    params: { from: string; to: string; token?: string; maxPerPage?: number },
    options: CallOptions = {},
  ): Promise<RevenuePage> {
    if (!isKstDate(params.from) || !isKstDate(params.to)) throw new RangeError('dates must be YYYY-MM-DD');
    const span = daysBetween(params.from, params.to);
    if (span < 0 || span >= MAX_REVENUE_DAYS) throw new RangeError('revenue window must be 1–31 days');
    const yesterday = addDays(kstDate(t.now()), -1);
    if (daysBetween(params.to, yesterday) < 0)
      throw new RangeError('revenue history ends yesterday (KST) at the latest');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/openapi/apis/api/v1/revenue-history',
      query: [
        ['vendorId', t.vendorId],
        ['recognitionDateFrom', params.from],
        ['recognitionDateTo', params.to],
        ['token', params.token ?? ''], // required even on the first page, empty
        ['maxPerPage', params.maxPerPage ?? 50],
      ],
      schema: revenueHistoryResponse,
    });
    const more = body.hasNext !== false && !!body.nextToken;
    return { items: body.data, ...(more ? { nextToken: body.nextToken } : {}) };
  }

  /** Payouts for a revenue-recognition month `yyyy-MM` (≤ current month). */
  async function settlementHistories(yearMonth: string, options: CallOptions = {}): Promise<Settlement[]> {
    if (!/^\d{4}-\d{2}$/.test(yearMonth)) throw new RangeError('yearMonth must be yyyy-MM');
    return t.call({
      ...options,
      method: 'GET',
      path: '/v2/providers/marketplace_openapi/apis/api/v1/settlement-histories',
      query: [['revenueRecognitionYearMonth', yearMonth]],
      schema: settlementHistoriesResponse,
    });
  }

  return { revenueHistory, settlementHistories };
}

export type SettlementApi = ReturnType<typeof createSettlementApi>;
