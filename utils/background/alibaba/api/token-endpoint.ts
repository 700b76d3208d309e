import { parseLosslessJson } from '../../net/lossless-json';
import { AlibabaApiError } from './errors';
import { type AppCredentials, sendTokenRequest, TOKEN_ROUTES, type TokenRequest } from './oauth-wire';
import { type RelayConnection, relayPost } from './relay-http';
import { type TokenResponse, tokenResponseSchema } from './token-schemas';

/**
 * The three OAuth token operations, in either connection mode. Both modes end in the same
 * interpretation of a 1688 token response, because the relay passes 1688's answer through as is.
 */
export interface TokenEndpoint {
  exchangeCode(code: string, redirectUri: string): Promise<TokenResponse>;
  refresh(refreshToken: string): Promise<TokenResponse>;
  postpone(refreshToken: string, accessToken: string): Promise<TokenResponse>;
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** 1688 token errors come as `{error_code, error_message}` or OAuth-style `{error, error_description}`. */
function interpretTokenResponse(status: number, body: unknown, route: string): TokenResponse {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = text(b.error_code) || text(b.error);
  if (status >= 200 && status < 300 && code === '') {
    const parsed = tokenResponseSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new AlibabaApiError({
      kind: 'badResponse',
      retryable: false,
      route,
      fix: 'reportBug',
      httpStatus: status,
      message: `unreadable 1688 token response on ${route}`,
    });
  }
  const remote = text(b.error_message) || text(b.error_description) || undefined;
  if (status >= 500) {
    throw new AlibabaApiError({
      kind: 'server',
      retryable: true,
      route,
      fix: 'waitAndRetry',
      httpStatus: status,
      code: code || undefined,
      remoteMessage: remote,
      message: `1688 token endpoint failed on ${route} (HTTP ${status})`,
    });
  }
  // 4xx (or an error in a 2xx body): the code, refresh token or postpone window was refused.
  throw new AlibabaApiError({
    kind: 'tokenRejected',
    retryable: false,
    route,
    fix: 'reconnect',
    httpStatus: status,
    code: code || undefined,
    remoteMessage: remote,
    params: { route, code: code || String(status) },
    message: `1688 refused the token request on ${route} (HTTP ${status}${code ? `, ${code}` : ''})`,
  });
}

export interface DirectTokenEndpointOptions extends AppCredentials {
  fetch: typeof fetch;
}

/** Own-app mode: the background talks to 1688's getToken/postponeToken with the seller's secret. */
export function createDirectTokenEndpoint(options: DirectTokenEndpointOptions): TokenEndpoint {
  const { fetch: fetchFn, ...app } = options;
  async function send(req: TokenRequest): Promise<TokenResponse> {
    const route = TOKEN_ROUTES[req.grant];
    let status: number;
    let raw: string;
    try {
      const res = await sendTokenRequest(fetchFn, app, req);
      status = res.status;
      raw = await res.text();
    } catch (cause) {
      throw new AlibabaApiError({
        kind: 'network',
        retryable: true,
        route,
        fix: 'checkConnection',
        message: `1688 token endpoint unreachable on ${route}`,
        cause,
      });
    }
    let body: unknown;
    try {
      body = parseLosslessJson(raw);
    } catch {
      body = undefined;
    }
    return interpretTokenResponse(status, body, route);
  }
  return {
    exchangeCode: (code, redirectUri) => send({ grant: 'authorization_code', code, redirectUri }),
    refresh: (refreshToken) => send({ grant: 'refresh_token', refreshToken }),
    postpone: (refreshToken, accessToken) => send({ grant: 'postpone', refreshToken, accessToken }),
  };
}

export type RelayTokenEndpointOptions = RelayConnection;

/** Relay mode: the relay adds the secret and returns 1688's status and body unchanged. */
export function createRelayTokenEndpoint(options: RelayTokenEndpointOptions): TokenEndpoint {
  async function send(path: string, payload: unknown, route: string): Promise<TokenResponse> {
    const reply = await relayPost(options, path, payload, route);
    return interpretTokenResponse(reply.status, reply.body, route);
  }
  return {
    exchangeCode: (code, redirectUri) =>
      send('/v1/oauth/token', { code, redirectUri }, TOKEN_ROUTES.authorization_code),
    refresh: (refreshToken) => send('/v1/oauth/refresh', { refreshToken }, TOKEN_ROUTES.refresh_token),
    postpone: (refreshToken, accessToken) =>
      send('/v1/oauth/postpone', { refreshToken, accessToken }, TOKEN_ROUTES.postpone),
  };
}
