import type { SandboxConfig } from '../../../sandbox/config';
import type { AccountCounters } from '../../../sandbox/core/counters';

/** The sandbox's control API, for tests. */
export class SandboxControl {
  constructor(readonly config: SandboxConfig) {}

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.config.controlUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`control ${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  reset(opts: { seed?: number; orders?: number; settings?: Record<string, unknown> } = {}) {
    return this.call('POST', '/reset', opts);
  }
  addFault(spec: Record<string, unknown>) {
    return this.call<{ id: number }>('POST', '/faults', spec);
  }
  clearFaults() {
    return this.call('DELETE', '/faults');
  }
  counters() {
    return this.call<Record<string, AccountCounters>>('GET', '/counters');
  }
  advanceClock(ms: number) {
    return this.call('POST', '/clock/advance', { ms });
  }
  skewGatewayClock(ms: number) {
    return this.call('POST', '/clock/skew', { ms });
  }
  settings(patch: Record<string, unknown>) {
    return this.call('PATCH', '/settings', patch);
  }
}
