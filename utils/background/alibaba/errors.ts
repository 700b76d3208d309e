import { HandledError, type WireError } from '../../protocol/envelope';
import { toWireError } from '../core/to-wire-error';
import { defaultClassify, type ErrorDisposition, QueueUnavailableError, RequestTimeoutError } from '../net';
import { isAlibabaApiError } from './api';

/**
 * How 1688 failures reach pages. Every 1688 error kind is sent as `alibaba.<kind>` with the fix
 * key in `params.fix`, so the 1688 views explain it with 1688 wording (components/alibaba) and
 * the shared views, which word Coupang kinds, never mistake a 1688 rate limit for Coupang's.
 * Messages stay the client's English, log-safe text: no ids, tokens, values or 1688 free text.
 */
const KIND_PREFIX = 'alibaba.';

/** Our own refusals, before or around a 1688 call. */
export type AlibabaLocalKind =
  | 'authDenied'
  | 'authCancelled'
  | 'authStateMismatch'
  | 'authMissingCode'
  | 'authCodeRejected'
  | 'memberMismatch'
  | 'relayPairingRejected'
  | 'relayAppKeyMismatch'
  | 'relayPermissionMissing'
  | 'noAccount'
  | 'addressRequired'
  | 'previewExpired'
  | 'previewMismatch'
  | 'notOrderable'
  | 'offerNotInPage'
  | 'orderNotAlibaba'
  | 'paused'
  | 'timeout'
  | 'network';

export function alibabaError(
  code: WireError['code'],
  kind: AlibabaLocalKind,
  message: string,
  params: Record<string, string | number> = {},
): HandledError {
  return new HandledError(code, message, `${KIND_PREFIX}${kind}`, params);
}

/** An error as the wire sees it (also what the account's `lastError` and sync errors keep). */
export function alibabaWireError(e: unknown): WireError {
  if (e instanceof HandledError) return { code: e.code, message: e.message, kind: e.kind, params: e.params };
  if (isAlibabaApiError(e)) {
    const w = toWireError(e);
    const params: Record<string, string | number> = { ...(w.params ?? {}), fix: e.fix };
    if (e.retryAfterMs !== undefined) params.retryAfterMs = e.retryAfterMs;
    return {
      code: e.kind === 'notConnected' ? 'not_connected' : 'marketplace_error',
      message: e.message,
      kind: `${KIND_PREFIX}${e.kind}`,
      params,
    };
  }
  if (e instanceof QueueUnavailableError) {
    return {
      code: 'marketplace_error',
      kind: `${KIND_PREFIX}paused`,
      message: e.reason === 'blocked' ? 'Paused after the 1688 frequency limit.' : 'Paused after repeated 1688 errors.',
      params: e.until ? { until: e.until, reason: e.reason } : { reason: e.reason },
    };
  }
  if (e instanceof RequestTimeoutError) {
    return { code: 'marketplace_error', kind: `${KIND_PREFIX}timeout`, message: '1688 did not answer in time.' };
  }
  if (e instanceof TypeError)
    return { code: 'marketplace_error', kind: `${KIND_PREFIX}network`, message: 'Network error.' };
  return toWireError(e);
}

/** For handlers: any failure becomes a HandledError the dispatcher passes to the page as is. */
export function asHandled(e: unknown): HandledError {
  if (e instanceof HandledError) return e;
  const w = alibabaWireError(e);
  return new HandledError(w.code as WireError['code'], w.message, w.kind, w.params);
}

/**
 * What the sync coordinator reads off a thrown error: the wire shape (`kind`, `params`,
 * `message`), whether the account must be re-authorized, and a rate-limit block.
 */
export class AlibabaSyncError extends Error {
  override readonly name = 'AlibabaSyncError';
  readonly kind?: string;
  readonly params?: Record<string, string | number>;
  readonly accountStatus?: 'needsReauth' | 'error';
  readonly blockedUntil?: number;

  constructor(cause: unknown) {
    const w = alibabaWireError(cause);
    super(w.message);
    this.kind = w.kind;
    this.params = w.params;
    if (needsReauth(cause)) this.accountStatus = 'needsReauth';
    if (cause instanceof QueueUnavailableError && cause.reason === 'blocked' && cause.until)
      this.blockedUntil = cause.until;
    if (isAlibabaApiError(cause) && (cause.kind === 'rateLimited' || cause.kind === 'relayRateLimited')) {
      this.blockedUntil = Date.now() + (cause.retryAfterMs ?? 10_000);
    }
  }
}

export function needsReauth(e: unknown): boolean {
  return (
    isAlibabaApiError(e) && (e.kind === 'reauthRequired' || e.kind === 'unauthorized' || e.kind === 'notConnected')
  );
}

const BREAKER_KINDS = new Set(['network', 'server', 'relayUnavailable', 'badResponse']);
/** Refused before the API ran: a write may be sent again. */
const NOT_PROCESSED_KINDS = new Set([
  'signatureInvalid',
  'unauthorized',
  'apiNotGranted',
  'rateLimited',
  'quotaExhausted',
  'paramMissing',
  'timestampInvalid',
  'apiUnsupported',
  'appKeyInvalid',
  'notConnected',
  'tokenRejected',
  'reauthRequired',
  'invalidInput',
  'relayUnauthorized',
  'relayRateLimited',
  'relayRejected',
  'relayUnavailable',
]);

/** The request queue's view of a 1688 failure (compliance C10: back off, no retry storms). */
export function classifyAlibabaError(e: unknown, now: () => number = Date.now): ErrorDisposition {
  if (!isAlibabaApiError(e)) return defaultClassify(e);
  const rateLimited = e.kind === 'rateLimited' || e.kind === 'relayRateLimited';
  return {
    retryable: e.retryable && !rateLimited,
    notProcessed: NOT_PROCESSED_KINDS.has(e.kind),
    rateLimited,
    ...(rateLimited ? { blockedUntil: now() + (e.retryAfterMs ?? 10_000) } : {}),
    breakerFailure: BREAKER_KINDS.has(e.kind),
    code: e.code ?? e.kind,
    message: e.message,
  };
}
