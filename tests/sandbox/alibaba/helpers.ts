import type { AlibabaFacts } from '../../../sandbox/alibaba';
import { createAlibabaModule } from '../../../sandbox/alibaba';
import { aopSignature } from '../../../sandbox/alibaba/signature';
import { createContext, DEFAULT_SEED, type MarketModule, type SandboxContext } from '../../../sandbox/core/context';
import { parseLosslessJson } from '../../../utils/background/net/lossless-json';

export interface Sandbox1688 {
  ctx: SandboxContext;
  m: MarketModule<AlibabaFacts>;
  facts: AlibabaFacts;
}

/** A fresh 1688 module on a fresh context (no ports: tests call `m.app.request`). */
export function setup(orders = DEFAULT_SEED.orders, seed = DEFAULT_SEED.seed): Sandbox1688 {
  const ctx = createContext({
    coupangBaseUrl: 'http://127.0.0.1:1',
    alibabaBaseUrl: 'http://127.0.0.1:2',
    pagesPort: 3,
    controlUrl: 'http://127.0.0.1:4/__control',
  });
  const m = createAlibabaModule(ctx);
  m.reset({ seed, orders });
  return { ctx, m, facts: m.describe() };
}

export async function control<T = unknown>(
  m: MarketModule<AlibabaFacts>,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await m.control.request(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return (await res.json()) as T;
}

/** Issues an access token through the control API (tests that are not about OAuth). */
export async function tokenFor(m: MarketModule<AlibabaFacts>, memberId: string, appKey?: string): Promise<string> {
  const r = await control<{ access_token: string }>(m, 'POST', '/tokens', { memberId, appKey });
  return r.access_token;
}

export interface CallOptions {
  namespace: string;
  api: string;
  version?: number;
  params?: Record<string, string>;
  token?: string;
  appKey?: string;
  appSecret?: string;
  /** Default: now (ms). `false` sends none. */
  timestamp?: number | false;
  method?: 'POST' | 'GET';
  /** Override the signature (or `null` to send none). */
  signature?: string | null;
}

export interface CallResult {
  status: number;
  text: string;
  /** Lossless: integers above 2^53 become strings. Read deep and loosely by the assertions. */
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are arbitrary JSON asserted field by field
  body: any;
}

/** A signed gateway call exactly as a client would send it. */
export async function call(s: Sandbox1688, o: CallOptions): Promise<CallResult> {
  const appKey = o.appKey ?? s.facts.appKey;
  const secret = o.appSecret ?? s.facts.appSecret;
  const urlPath = `param2/${o.version ?? 1}/${o.namespace}/${o.api}/${appKey}`;
  const params: Record<string, string> = { ...o.params };
  if (o.token) params.access_token = o.token;
  if (o.timestamp !== false) params._aop_timestamp = String(o.timestamp ?? Date.now());
  const signature = o.signature === undefined ? aopSignature(urlPath, params, secret) : o.signature;
  if (signature !== null) params._aop_signature = signature;
  const form = new URLSearchParams(params);
  const res =
    o.method === 'GET'
      ? await s.m.app.request(`/openapi/${urlPath}?${form}`)
      : await s.m.app.request(`/openapi/${urlPath}`, {
          method: 'POST',
          body: form,
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        });
  const text = await res.text();
  let body: unknown;
  try {
    body = parseLosslessJson(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, text, body };
}

export const TRADE = 'com.alibaba.trade';
export const LOGISTICS = 'com.alibaba.logistics';
export const PRODUCT = 'com.alibaba.product';

/** `POST /openapi/http/1/system.oauth2/{action}/{appKey}` with a form body. */
export async function oauth(s: Sandbox1688, action: string, form: Record<string, string>, protocol = 'http') {
  const res = await s.m.app.request(`/openapi/${protocol}/1/system.oauth2/${action}/${s.facts.appKey}`, {
    method: 'POST',
    body: new URLSearchParams(form),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

export const CALLBACK = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/cb';

/** Runs the consent page: approve (as `memberId`) and return the code from the redirect. */
export async function authorizeCode(s: Sandbox1688, memberId: string, redirectUri = CALLBACK): Promise<string> {
  const res = await s.m.app.request('/oauth/authorize', {
    method: 'POST',
    body: new URLSearchParams({
      client_id: s.facts.appKey,
      site: '1688',
      redirect_uri: redirectUri,
      state: 's1',
      member_id: memberId,
      decision: 'authorize',
    }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const location = new URL(res.headers.get('location')!);
  return location.searchParams.get('code')!;
}

export function exchange(s: Sandbox1688, code: string, extra: Record<string, string> = {}) {
  return oauth(s, 'getToken', {
    grant_type: 'authorization_code',
    need_refresh_token: 'true',
    client_id: s.facts.appKey,
    client_secret: s.facts.appSecret,
    redirect_uri: CALLBACK,
    code,
    ...extra,
  });
}
