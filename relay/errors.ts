import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The relay's own refusals. The `relay_error` envelope tells the extension apart from a 1688
 * body the relay passes through unchanged. Messages are fixed strings: never request values.
 */
export type RelayErrorCode =
  | 'invalidRequest'
  | 'unauthorized'
  | 'pairingDisabled'
  | 'badPairingCode'
  | 'rateLimited'
  | 'foreignAppKey'
  | 'accessTokenRequired'
  | 'apiNotAllowed'
  | 'upstreamUnavailable'
  | 'notFound'
  | 'internal';

export function relayError(c: Context, status: ContentfulStatusCode, code: RelayErrorCode, message: string) {
  return c.json({ relay_error: { code, message } }, status);
}
