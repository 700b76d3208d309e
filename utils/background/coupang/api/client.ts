import type { RequestQueue } from '../../net/request-queue';
import { createCategoriesApi } from '../categories/endpoints';
import { createCouponsApi } from '../coupons/endpoints';
import { createCsApi } from '../cs/endpoints';
import { createExchangesApi } from '../exchanges/endpoints';
import { createLogisticsApi } from '../logistics/endpoints';
import { createOrdersApi } from '../orders/endpoints';
import { createProductsApi } from '../products/endpoints';
import { createReturnsApi } from '../returns/endpoints';
import { createRocketGrowthApi } from '../rocket-growth/endpoints';
import { createSettlementApi } from '../settlement/endpoints';
import { CoupangApiError } from './errors';
import { addDays, kstDate } from './kst';
import { createCoupangQueue, ROCKET_GROWTH_LANE } from './queue';
import { type CoupangCredentials, createTransport } from './transport';

/**
 * The Coupang Open API client for one vendor. Pure: no storage, no extension APIs. Everything
 * environmental is injected — `fetch`, the clock, and the vendor's queue (shared by every client
 * object of the same vendorId so the rate limit holds across features).
 */

export interface CoupangClientOptions {
  /** https://api-gateway.coupang.com in production; the sandbox URL in tests and dev builds. */
  baseUrl: string;
  credentials: CoupangCredentials;
  fetch: typeof fetch;
  /** Epoch ms. Used for signed dates, clock-skew measurement and KST "today". */
  now: () => number;
  /** The vendor's queue (from createCoupangQueue); a new one with Coupang defaults if omitted. */
  queue?: RequestQueue;
  /** X-EXTENDED-TIMEOUT for heavy lists, ms. Default 60 000. */
  extendedTimeoutMs?: number;
  /** Client timeout for ordinary calls, ms. Default 15 000. */
  timeoutMs?: number;
}

export type VerifyResult = { ok: true; checkedAt: number } | { ok: false; error: CoupangApiError };

export function createCoupangClient(options: CoupangClientOptions) {
  const { credentials } = options;
  if (!credentials.vendorId || !credentials.accessKey || !credentials.secretKey) {
    throw new Error('vendorId, accessKey and secretKey are required');
  }
  const queue = options.queue ?? createCoupangQueue();
  if (!queue.hasLane(ROCKET_GROWTH_LANE))
    throw new Error('the queue must come from createCoupangQueue (Rocket Growth lane)');
  const transport = createTransport({ ...options, queue });
  const orders = createOrdersApi(transport);

  /**
   * One cheap signed call that exercises everything a connection needs: the key, the secret (the
   * signature), the IP allowlist, the clock, and that the vendorId belongs to the key (it is in the
   * path). A one-day ACCEPT ordersheet query with one row. Never throws for API failures: the error
   * comes back classified, for the connection diagnostics.
   */
  async function verifyCredentials(): Promise<VerifyResult> {
    const today = kstDate(options.now());
    try {
      await orders.list(
        { status: 'ACCEPT', createdAtFrom: addDays(today, -1), createdAtTo: today, maxPerPage: 1 },
        { priority: 'interactive' },
      );
      return { ok: true, checkedAt: options.now() };
    } catch (error) {
      if (error instanceof CoupangApiError) return { ok: false, error };
      throw error;
    }
  }

  return {
    vendorId: credentials.vendorId,
    queue,
    verifyCredentials,
    orders,
    returns: createReturnsApi(transport),
    exchanges: createExchangesApi(transport),
    cs: createCsApi(transport),
    logistics: createLogisticsApi(transport),
    categories: createCategoriesApi(transport),
    products: createProductsApi(transport),
    coupons: createCouponsApi(transport),
    settlement: createSettlementApi(transport),
    rocketGrowth: createRocketGrowthApi(transport),
  };
}

export type CoupangClient = ReturnType<typeof createCoupangClient>;
