/**
 * Exact sliding-window limit: at most `limit` sends in any `windowMs` interval. Used for hard
 * per-minute caps (Coupang Rocket Growth: 50 calls/min) where a token bucket's burst allowance
 * could overshoot at the window edges.
 */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export class SlidingWindow {
  private readonly sent: number[] = [];

  constructor(private readonly spec: WindowLimit) {
    if (!(spec.limit >= 1) || !(spec.windowMs > 0)) throw new Error('window limit must be positive');
  }

  private prune(now: number): void {
    while (this.sent.length > 0 && this.sent[0]! <= now - this.spec.windowMs) this.sent.shift();
  }

  msUntilAvailable(now: number): number {
    this.prune(now);
    if (this.sent.length < this.spec.limit) return 0;
    return this.sent[0]! + this.spec.windowMs - now;
  }

  record(now: number): void {
    this.sent.push(now);
  }
}
