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
  /** Peak per sixty seconds of one API group with its own cap (Coupang Rocket Growth: `rocketGrowth`). */
  peakPerMinuteByGroup: Record<string, number>;
}

export type Market = 'coupang' | 'alibaba';

export class Counters {
  private accounts = new Map<string, AccountCounters & { recent: number[]; recentByGroup: Map<string, number[]> }>();

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
        peakPerMinuteByGroup: {},
        recent: [],
        recentByGroup: new Map(),
      };
      this.accounts.set(k, a);
    }
    return a;
  }

  /**
   * Counts one request that reached the gateway for this account (whatever its outcome); `group`
   * names an API group with its own per-minute cap, whose peak is kept apart.
   */
  request(market: Market, account: string, route: string, atMs = Date.now(), group?: string): void {
    const a = this.get(market, account);
    if (group) {
      const times = a.recentByGroup.get(group) ?? [];
      times.push(atMs);
      while (times.length && times[0] <= atMs - 60_000) times.shift();
      a.recentByGroup.set(group, times);
      a.peakPerMinuteByGroup[group] = Math.max(a.peakPerMinuteByGroup[group] ?? 0, times.length);
    }
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
    for (const [k, { recent: _recent, recentByGroup: _byGroup, ...rest }] of this.accounts)
      out[k] = { ...rest, byRoute: { ...rest.byRoute }, peakPerMinuteByGroup: { ...rest.peakPerMinuteByGroup } };
    return out;
  }
  reset(): void {
    this.accounts.clear();
  }
}
