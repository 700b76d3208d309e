import { createRelayApp } from '../../relay/app';
import type { RelayConfig } from '../../relay/config';
import { createMemoryInstallationStore, type InstallationStore } from '../../relay/installations';
import type { RelayLogEntry } from '../../relay/logger';

export const SECRET = 'relay-app-secret-9f8e7d';
export const PAIRING_CODE = 'pair-code-4711';
export const ADMIN_TOKEN = 'admin-token-0123456789abcdef';
export const APP_KEY = '1000000';

export interface UpstreamCall {
  url: string;
  form: Record<string, string>;
}

export type UpstreamReply = { status: number; body: string } | 'down';

/**
 * A relay with a fake 1688 token endpoint, a captured log and a controllable clock. Pass a store
 * to build several relays (instances, or one before and after a restart) on one database.
 */
export function makeRelay(
  overrides: Partial<RelayConfig> = {},
  reply: UpstreamReply = { status: 200, body: '{}' },
  store: InstallationStore = createMemoryInstallationStore(),
) {
  const logs: RelayLogEntry[] = [];
  const upstream: UpstreamCall[] = [];
  let clock = 1_700_000_000_000;
  let nextReply = reply;
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    upstream.push({ url: String(input), form: Object.fromEntries(new URLSearchParams(String(init?.body ?? ''))) });
    if (nextReply === 'down') throw new TypeError('connect ECONNREFUSED');
    return new Response(nextReply.body, { status: nextReply.status });
  }) as typeof fetch;
  const config: RelayConfig = {
    appKey: APP_KEY,
    appSecret: SECRET,
    gatewayBaseUrl: 'https://gw.test',
    pairingCode: PAIRING_CODE,
    adminToken: ADMIN_TOKEN,
    rateLimitPerSecond: 20,
    ...overrides,
  };
  const app = createRelayApp(config, { fetch: fetchFn, now: () => clock, store, logger: (e) => logs.push(e) });

  const json = (method: string, path: string, body?: unknown, bearer?: string) =>
    app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });

  async function pair(
    name = 'Seoul office PC',
  ): Promise<{ installationId: string; installKey: string; appKey: string }> {
    const res = await json('POST', '/v1/pair', { pairingCode: PAIRING_CODE, installationName: name });
    if (res.status !== 201) throw new Error(`pairing failed: ${res.status}`);
    return res.json();
  }

  /** `fetch` that lands in the relay app, for the extension-side relay clients. */
  const relayFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    app.request(String(input), init)) as typeof fetch;

  return {
    app,
    logs,
    upstream,
    store,
    json,
    pair,
    relayFetch,
    advance: (ms: number) => {
      clock += ms;
    },
    setUpstream: (r: UpstreamReply) => {
      nextReply = r;
    },
  };
}
