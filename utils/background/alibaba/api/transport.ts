import { parseLosslessJson } from '../../net/lossless-json';
import { type ApiRef, apiUrlPath } from './api-catalog';
import type { AlibabaApiError } from './errors';
import { gatewayError, isGatewayErrorBody } from './gateway-errors';
import { FORM_CONTENT_TYPE } from './oauth-wire';
import { type AopParamInput, encodeAopParams } from './param-encoding';
import type { AopSigner } from './signer';
import type { TokenManager } from './token-manager';
import { fetchFailed, outcomeUnknown, unreadableBody } from './transport-errors';

/**
 * One signed business call (docs/1688-api.md §2): form POST to
 * `{gateway}/openapi/param2/{ver}/{ns}/{api}/{appKey}` with `access_token`, `_aop_timestamp` and
 * `_aop_signature` over exactly the strings sent. Returns the lossless-parsed body; business
 * envelopes are checked by the caller, which knows the API family.
 *
 * No queueing or backoff here: the background composes this with the shared rate-limited
 * RequestQueue, using `retryable` / `retryAfterMs` on the errors.
 */
export interface TransportConfig {
  gatewayBaseUrl: string;
  appKey: string;
  signer: AopSigner;
  tokens: Pick<TokenManager, 'getAccessToken' | 'onUnauthorized' | 'markNeedsReauth'>;
  fetch: typeof fetch;
  /** Epoch ms; inject a server-offset clock if the local clock drifts (§2.2). */
  now: () => number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** A write that must never run twice (order creation); see transport-errors.ts. */
  mutation?: boolean;
}

type Attempt = { ok: true; body: unknown } | { ok: false; unauthorized: AlibabaApiError };

export interface Transport {
  call(api: ApiRef, input: AopParamInput, options?: CallOptions): Promise<unknown>;
}

export function createTransport(cfg: TransportConfig): Transport {
  const base = cfg.gatewayBaseUrl.replace(/\/+$/, '');

  async function attempt(
    api: ApiRef,
    business: Record<string, string>,
    accessToken: string,
    options: CallOptions,
  ): Promise<Attempt> {
    const route = api.name;
    const mutation = options.mutation === true;
    const urlPath = apiUrlPath(api, cfg.appKey);
    const params = { ...business, access_token: accessToken, _aop_timestamp: String(cfg.now()) };
    // Signing happens before anything is sent, so its failures are never "outcome unknown".
    const signature = await cfg.signer.sign(urlPath, params);

    let res: Response;
    let raw: string;
    try {
      res = await cfg.fetch(`${base}/openapi/${urlPath}`, {
        method: 'POST',
        headers: { 'content-type': FORM_CONTENT_TYPE },
        body: new URLSearchParams({ ...params, _aop_signature: signature }),
        signal: options.signal,
      });
      raw = await res.text();
    } catch (cause) {
      const aborted = options.signal?.aborted === true || (cause instanceof Error && cause.name === 'AbortError');
      throw fetchFailed(route, mutation, aborted, cause);
    }

    let parsed: unknown;
    try {
      parsed = parseLosslessJson(raw);
    } catch (cause) {
      throw unreadableBody(route, mutation, res.status, cause);
    }

    // The gateway refuses with `error_code` before the API runs, whatever the HTTP status (§3.1).
    if (isGatewayErrorBody(parsed)) {
      const error = gatewayError(parsed, res.status, route);
      if (error.kind === 'unauthorized') return { ok: false, unauthorized: error };
      // A known refusal (signature, ACL, frequency, quota…) is answered before the API runs. Any
      // other 5xx (gw.ServiceTimeout, gw.InternalError) may come after the backend acted: for a
      // write that is "outcome unknown", never "failed".
      throw mutation && error.kind === 'gateway' && res.status >= 500
        ? outcomeUnknown(route, error, res.status)
        : error;
    }
    if (!res.ok) {
      const error = gatewayError({}, res.status, route);
      if (error.kind === 'unauthorized') return { ok: false, unauthorized: error };
      throw mutation && res.status >= 500 ? outcomeUnknown(route, error, res.status) : error;
    }
    return { ok: true, body: parsed };
  }

  return {
    async call(api, input, options = {}) {
      const business = encodeAopParams(input);
      const token = await cfg.tokens.getAccessToken();
      const first = await attempt(api, business, token, options);
      if (first.ok) return first.body;

      // 401 Request need user authorized: refused before the API ran, so a retry is safe even
      // for writes. One refresh (shared with concurrent callers), one retry, then reconnect.
      const fresh = await cfg.tokens.onUnauthorized(token);
      const second = await attempt(api, business, fresh, options);
      if (second.ok) return second.body;
      await cfg.tokens.markNeedsReauth('unauthorizedAfterRefresh');
      throw second.unauthorized;
    },
  };
}
