/**
 * Circuit breaker: after `failureThreshold` consecutive failures it opens and refuses calls for
 * `cooldownMs`; then one probe is let through (half-open). A successful probe closes it, a failed
 * one opens it again. It protects the seller's key: Coupang blocks IPs and vendorIds that keep
 * sending failing requests.
 */
export type CircuitState = 'closed' | 'open' | 'halfOpen';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
}

export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private failures = 0;
  private openedAt = 0;

  constructor(private readonly options: CircuitBreakerOptions) {}

  /** The state as callers should see it; 'open' stays 'open' until a probe is actually started. */
  get current(): CircuitState {
    return this.state;
  }

  /** When an open circuit will accept a probe (null when not open). */
  retryAt(): number | null {
    return this.state === 'open' ? this.openedAt + this.options.cooldownMs : null;
  }

  /** Whether a request may start now; in half-open only one probe may be in flight. */
  canStart(now: number, inFlight: number): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'halfOpen') return inFlight === 0;
    return now >= this.openedAt + this.options.cooldownMs && inFlight === 0;
  }

  /** Whether new work is refused outright (open and still cooling down). */
  rejectsAt(now: number): boolean {
    return this.state === 'open' && now < this.openedAt + this.options.cooldownMs;
  }

  onStart(): void {
    if (this.state === 'open') this.state = 'halfOpen';
  }

  onSuccess(): void {
    this.failures = 0;
    this.state = 'closed';
  }

  /** Returns true when this failure opened the circuit. */
  onFailure(now: number): boolean {
    this.failures += 1;
    if (this.state === 'halfOpen' || (this.state === 'closed' && this.failures >= this.options.failureThreshold)) {
      this.state = 'open';
      this.openedAt = now;
      return true;
    }
    return false;
  }
}
