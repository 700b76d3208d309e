/**
 * Token bucket: `ratePerSecond` tokens refill continuously up to `capacity`. In any interval of
 * length T at most `capacity + ratePerSecond * T` requests pass, so keeping `capacity` small keeps
 * every one-second window below a marketplace's per-second limit.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    now: number,
  ) {
    if (!(ratePerSecond > 0)) throw new Error('ratePerSecond must be positive');
    if (!(capacity >= 1)) throw new Error('capacity must be at least 1');
    this.tokens = capacity;
    this.last = now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
      this.last = now;
    }
  }

  /** Milliseconds until one whole token is available (0 = now). */
  msUntilAvailable(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    // Round up: waking a millisecond early would find 0.99 tokens and spin.
    return Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond);
  }

  take(now: number): void {
    this.refill(now);
    if (this.tokens < 1) throw new Error('no token available');
    this.tokens -= 1;
  }
}
