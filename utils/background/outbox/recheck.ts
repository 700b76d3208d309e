/**
 * When an unsettled write is looked at again. Each look costs marketplace calls from the same
 * rate budget as the seller's work, so the looks back off (2 s, 4 s, 8 s… up to 5 min) instead of
 * polling: a write whose outcome is visible at once costs one look, one that takes a while a
 * handful, and a marketplace that stays down is not flooded.
 */
export interface RecheckOptions {
  firstMs: number;
  maxMs: number;
}

const DEFAULT_RECHECK: RecheckOptions = { firstMs: 2_000, maxMs: 5 * 60_000 };

/**
 * Within the settle window the original request may land any moment and the seller is waiting for
 * the answer, so looks stay at most this far apart (a write that lands late is found within 8 s of
 * landing); only a marketplace that stays unreachable past the window is looked at more rarely.
 */
export const SETTLING_MAX_MS = 8_000;

/** Delay before look number `looks + 1`, given `looks` looks so far (≥ 1). */
export function recheckDelay(looks: number, o: RecheckOptions = DEFAULT_RECHECK): number {
  return Math.min(o.maxMs, o.firstMs * 2 ** Math.max(0, looks - 1));
}

/**
 * After this long without an answer either way (the marketplace stayed unreachable), the item ends
 * `unknown` and the seller is asked to check it in the marketplace.
 */
export const GIVE_UP_MS = 24 * 3600_000;
