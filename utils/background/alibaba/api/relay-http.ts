import { parseLosslessJson } from '../../net/lossless-json';
import { AlibabaApiError } from './errors';

/**
 * The extension side of the signing relay (relay/README.md): JSON POSTs with the installation key
 * as a bearer token. The relay's own refusals come as `{relay_error: {code, message}}`; anything
 * else is a 1688 body the relay passed through unchanged.
 */
export interface RelayConnection {
  relayUrl: string;
  installKey: string;
  fetch: typeof fetch;
}

export interface RelayReply {
  status: number;
  body: unknown;
}

function relayError(status: number, route: string, code: string): AlibabaApiError {
  const base = { route, httpStatus: status, code, params: { route, code } };
  if (status === 401 || status === 403) {
    return new AlibabaApiError({
      ...base,
      kind: 'relayUnauthorized',
      retryable: false,
      fix: 'repairRelay',
      message: `relay refused the installation key on ${route} (HTTP ${status})`,
    });
  }
  if (status === 429) {
    return new AlibabaApiError({
      ...base,
      kind: 'relayRateLimited',
      retryable: true,
      fix: 'waitAndRetry',
      retryAfterMs: 1000,
      message: `relay rate limit on ${route}`,
    });
  }
  if (status >= 500) {
    return new AlibabaApiError({
      ...base,
      kind: 'relayUnavailable',
      retryable: true,
      fix: 'contactRelayOperator',
      message: `relay failed on ${route} (HTTP ${status})`,
    });
  }
  return new AlibabaApiError({
    ...base,
    kind: 'relayRejected',
    retryable: false,
    fix: 'reportBug',
    message: `relay rejected the request on ${route} (HTTP ${status}, ${code})`,
  });
}

function relayErrorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('relay_error' in body)) return undefined;
  const err = (body as { relay_error: unknown }).relay_error;
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'unknown';
}

export async function relayPost(
  conn: RelayConnection,
  path: string,
  payload: unknown,
  route: string,
): Promise<RelayReply> {
  let res: Response;
  let text: string;
  try {
    res = await conn.fetch(`${conn.relayUrl.replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${conn.installKey}` },
      body: JSON.stringify(payload),
    });
    text = await res.text();
  } catch (cause) {
    throw new AlibabaApiError({
      kind: 'relayUnavailable',
      retryable: true,
      route,
      fix: 'checkConnection',
      message: `relay unreachable on ${route}`,
      cause,
    });
  }
  let body: unknown;
  try {
    body = text === '' ? undefined : parseLosslessJson(text);
  } catch {
    body = undefined;
  }
  const code = relayErrorCode(body);
  if (code !== undefined) throw relayError(res.status, route, code);
  // A non-JSON error page (proxy in front of the relay, wrong URL) is still the relay's failure.
  if (body === undefined && !res.ok) throw relayError(res.status, route, 'noBody');
  return { status: res.status, body };
}
