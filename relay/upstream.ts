import type { Context } from 'hono';
import { type AppCredentials, sendTokenRequest, type TokenRequest } from '../utils/background/alibaba/api/oauth-wire';
import { relayError } from './errors';

/**
 * Sends one OAuth token request to 1688 with the AppSecret and hands 1688's status and body back
 * unchanged, so the extension interprets them exactly as in own-app mode. The body is never
 * parsed or logged here (it carries tokens).
 */
const UPSTREAM_TIMEOUT_MS = 15_000;

export async function relayTokenRequest(
  c: Context,
  fetchFn: typeof fetch,
  app: AppCredentials,
  req: TokenRequest,
): Promise<Response> {
  let upstream: Response;
  let text: string;
  try {
    const timed: typeof fetch = (input, init) =>
      fetchFn(input, { ...init, signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) });
    upstream = await sendTokenRequest(timed, app, req);
    text = await upstream.text();
  } catch {
    return relayError(c, 502, 'upstreamUnavailable', '1688 token endpoint unreachable');
  }
  return new Response(text, {
    status: upstream.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
