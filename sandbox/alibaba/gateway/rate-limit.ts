/**
 * gw.QosAppFrequencyLimit: a per-app sliding one-second window on real time (frequency control
 * protects the gateway, so it does not follow the business clock). Rejected calls do not use up
 * the window, so a client that backs off gets through again after a second.
 */
export class AppRateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly limitPerSecond: () => number) {}

  take(appKey: string, nowMs = Date.now()): boolean {
    const list = this.recent.get(appKey) ?? [];
    while (list.length && list[0] <= nowMs - 1000) list.shift();
    if (list.length >= this.limitPerSecond()) {
      this.recent.set(appKey, list);
      return false;
    }
    list.push(nowMs);
    this.recent.set(appKey, list);
    return true;
  }

  reset(): void {
    this.recent.clear();
  }
}
