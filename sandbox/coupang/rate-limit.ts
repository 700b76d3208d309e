/**
 * Per-vendor throttling as reference §5.1 describes it: a sliding one-second window
 * (`coupangRatePerSecond`, default 10); exceeding it answers 429 and blocks the vendor for
 * `coupangBlockMs`, during which every call is 429 too. Rocket Growth APIs additionally have
 * their own per-minute cap (`coupangRocketGrowthPerMinute`), without a block.
 *
 * Uses real time, not the business clock: throttling is about how fast requests arrive.
 */
export interface WindowRule {
  limit: number;
  windowMs: number;
  blockMs: number;
}

export interface LimitDecision {
  allowed: boolean;
  /** At or above 90% of the threshold: the gateway warns in `X-CAG-Warnings`. */
  nearLimit: boolean;
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  check(key: string, rule: WindowRule, now = Date.now()): LimitDecision {
    if ((this.blockedUntil.get(key) ?? 0) > now) return { allowed: false, nearLimit: true };
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - rule.windowMs);
    if (recent.length >= rule.limit) {
      if (rule.blockMs > 0) {
        this.blockedUntil.set(key, now + rule.blockMs);
        // The block, not the window, decides when calls are accepted again.
        this.hits.set(key, []);
      } else {
        this.hits.set(key, recent);
      }
      return { allowed: false, nearLimit: true };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return { allowed: true, nearLimit: recent.length >= Math.ceil(rule.limit * 0.9) };
  }

  isBlocked(key: string, now = Date.now()): boolean {
    return (this.blockedUntil.get(key) ?? 0) > now;
  }

  clear(): void {
    this.hits.clear();
    this.blockedUntil.clear();
  }
}
