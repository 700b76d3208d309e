import { RequestQueue, type RequestQueueOptions } from '../../net/request-queue';

/** Lane for Rocket Growth order/inventory calls, which have their own 50 calls/min cap (§5.1). */
export const ROCKET_GROWTH_LANE = 'rocketGrowth';

/** Requests per second per vendorId (why not closer to 10: see createCoupangQueue). */
export const COUPANG_RATE_PER_SECOND = 6;

/**
 * The queue for one Coupang vendorId. Defaults stay under the documented limits with a margin:
 * 6/s with a burst of 1 (any one-second window ≤ 7 < 10), 45/min on Rocket Growth (cap 50), a
 * 60 s pause on 429 (the gateway's block lasts minutes), breaker after 5 consecutive failures.
 * Few concurrent requests: Coupang asks for no multi-thread calling. Reads wait out a 429 whose
 * `Retry-After` ends the block within 15 s (a seller's refresh finishes a few seconds later rather
 * than failing); one without the header pauses 60 s, beyond that, so work fails fast as before.
 *
 * Why 6/s and not closer to 10: the gateway counts requests when they reach it. A busy machine or
 * network holds some back and delivers them together; at 8/s, 250 ms of that made ten in one
 * second (the sandbox's exact window saw it under CI load), and Coupang's 429 blocks the vendor
 * for minutes. 6/s absorbs ~600 ms of bunching; coupang-api.md §5.1 advises ≤ 5/s.
 */
export function createCoupangQueue(overrides: Partial<RequestQueueOptions> = {}): RequestQueue {
  return new RequestQueue({
    ratePerSecond: COUPANG_RATE_PER_SECOND,
    burst: 1,
    maxConcurrent: 3,
    timeoutMs: 15_000,
    defaultBlockMs: 60_000,
    waitOutBlockMs: 15_000,
    retry: { maxAttempts: 3, baseMs: 1_000, maxMs: 16_000, jitter: 0.5 },
    breaker: { failureThreshold: 5, cooldownMs: 30_000 },
    ...overrides,
    lanes: { [ROCKET_GROWTH_LANE]: { windows: [{ limit: 45, windowMs: 60_000 }] }, ...overrides.lanes },
  });
}
