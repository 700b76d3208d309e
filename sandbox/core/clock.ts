/**
 * The sandbox's business clock: real time plus an offset that tests move forward.
 * It drives order timestamps, the order state machine, OAuth code and token expiry.
 *
 * Gateway time (signature expiry checks, the `Date` header) is real time plus `skewMs` instead, so a
 * test can simulate "the seller's computer clock is off" without moving business time.
 */
export class SandboxClock {
  private offsetMs = 0;
  /** How far the gateways' own clock is from real time (simulates a skewed client clock). */
  skewMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }
  gatewayNow(): number {
    return Date.now() + this.skewMs;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  reset(): void {
    this.offsetMs = 0;
    this.skewMs = 0;
  }
}
