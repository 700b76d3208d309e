/**
 * Token buckets keyed by installation id (or a fixed key for pairing attempts). In memory: on a
 * multi-instance deployment each instance limits on its own, which still bounds every client.
 */
export interface RateLimiter {
  /** Takes one token; `retryAfterMs` when the bucket is empty. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number };
  /** Whether a token is available, without taking it. */
  available(key: string): boolean;
}

export function createRateLimiter(options: { perSecond: number; burst: number; now: () => number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = options.perSecond / 1000;

  function refill(key: string) {
    const t = options.now();
    const b = buckets.get(key) ?? { tokens: options.burst, at: t };
    b.tokens = Math.min(options.burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
    buckets.set(key, b);
    return b;
  }

  return {
    take(key) {
      const b = refill(key);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil((1 - b.tokens) / perMs) };
    },
    available(key) {
      return refill(key).tokens >= 1;
    },
  };
}
