/**
 * Request counters per marketplace account, read by tests and benchmarks through the control API:
 * compliance row C10 (never exceed the limit) is proved by `peakPerSecond` and `rateLimited`.
 */
export interface AccountCounters {
  requests: number;
  /** Highest number of requests that arrived within any one-second window (sliding). */
  peakPerSecond: number;
  /** Highest number within any sixty-second window (Rocket Growth limits are per minute). */
  peakPerMinute: number;
  rateLimited: number;
  signatureFailures: number;
  authFailures: number;
  byRoute: Record<string, number>;
}

export type Market = 'coupang' | 'alibaba';

export class Counters {
  private accounts = new Map<string, AccountCounters & { recent: number[] }>();

  private key(market: Market, account: string) {
    return `${market}:${account}`;
  }

  private get(market: Market, account: string) {
    const k = this.key(market, account);
    let a = this.accounts.get(k);
    if (!a) {
      a = {
        requests: 0,
        peakPerSecond: 0,
        peakPerMinute: 0,
        rateLimited: 0,
        signatureFailures: 0,
        authFailures: 0,
        byRoute: {},
        recent: [],
      };
      this.accounts.set(k, a);
    }
    return a;
  }

  /** Counts one request that reached the gateway for this account (whatever its outcome). */
  request(market: Market, account: string, route: string, atMs = Date.now()): void {
    const a = this.get(market, account);
    a.requests++;
    a.byRoute[route] = (a.byRoute[route] ?? 0) + 1;
    a.recent.push(atMs);
    while (a.recent.length && a.recent[0] <= atMs - 60_000) a.recent.shift();
    a.peakPerMinute = Math.max(a.peakPerMinute, a.recent.length);
    let inSecond = 0;
    for (let i = a.recent.length - 1; i >= 0 && a.recent[i] > atMs - 1000; i--) inSecond++;
    a.peakPerSecond = Math.max(a.peakPerSecond, inSecond);
  }
  rateLimited(market: Market, account: string): void {
    this.get(market, account).rateLimited++;
  }
  signatureFailure(market: Market, account: string): void {
    this.get(market, account).signatureFailures++;
  }
  authFailure(market: Market, account: string): void {
    this.get(market, account).authFailures++;
  }

  snapshot(): Record<string, AccountCounters> {
    const out: Record<string, AccountCounters> = {};
    for (const [k, { recent: _recent, ...rest }] of this.accounts) out[k] = { ...rest, byRoute: { ...rest.byRoute } };
    return out;
  }
  reset(): void {
    this.accounts.clear();
  }
}
