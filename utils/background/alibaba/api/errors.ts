/**
 * One error type for everything the 1688 client can fail with, so the background can decide
 * retry / re-auth / show-a-fix from fields instead of parsing text.
 *
 * - `message` is English, safe to log: error code, API name, HTTP status. Never ids, tokens,
 *   parameter values, or the gateway's free-text message (which can echo ids or names).
 * - `params` are i18n arguments (same safety rules); `fix` is a message key for the hint shown
 *   next to the error (compliance C13: show the cause and the fix).
 * - `remoteMessage` keeps 1688's own text for display; it is non-enumerable so a logger that
 *   serializes the error object does not pick it up.
 */
export type AlibabaErrorKind =
  // gateway layer (HTTP 4xx `error_code`), docs/1688-api.md §3.2
  | 'signatureInvalid'
  | 'unauthorized'
  | 'apiNotGranted'
  | 'rateLimited'
  | 'quotaExhausted'
  | 'paramMissing'
  | 'timestampInvalid'
  | 'apiUnsupported'
  | 'appKeyInvalid'
  | 'gateway'
  // business layer (HTTP 200 with an error envelope)
  | 'business'
  | 'notFound'
  | 'noPermission'
  | 'notShipped'
  | 'noTracking'
  | 'orderTooOld'
  // tokens and OAuth
  | 'notConnected'
  | 'tokenRejected'
  | 'reauthRequired'
  // transport
  | 'network'
  | 'server'
  | 'badResponse'
  | 'aborted'
  | 'outcomeUnknown'
  | 'invalidInput'
  // relay mode
  | 'relayUnauthorized'
  | 'relayRateLimited'
  | 'relayRejected'
  | 'relayUnavailable';

/** Keys of the fix hints; the UI owns the wording (`alibaba.fix.<key>`). */
export type AlibabaFixKey =
  | 'checkAppSecret'
  | 'reconnect'
  | 'requestApiAccess'
  | 'waitAndRetry'
  | 'buyCallPackage'
  | 'checkClock'
  | 'checkAppKey'
  | 'reportBug'
  | 'waitForShipment'
  | 'checkOrderOwner'
  | 'establishCrossBorderRelation'
  | 'checkId'
  | 'checkPurchaseOrders'
  | 'checkConnection'
  | 'repairRelay'
  | 'contactRelayOperator'
  | 'none';

export type ErrorParams = Record<string, string | number>;

export interface AlibabaApiErrorInit {
  kind: AlibabaErrorKind;
  retryable: boolean;
  /** API name (e.g. `alibaba.trade.get.buyerView`) or a pseudo-route (`oauth.refresh`); never ids. */
  route: string;
  fix: AlibabaFixKey;
  message: string;
  params?: ErrorParams;
  httpStatus?: number;
  /** 1688's error code as sent (`gw.APIACLDecline`, `500_2`, …). */
  code?: string;
  /** Suggested wait before retrying (rate limits). */
  retryAfterMs?: number;
  remoteMessage?: string;
  cause?: unknown;
}

export class AlibabaApiError extends Error {
  override readonly name = 'AlibabaApiError';
  readonly kind: AlibabaErrorKind;
  readonly retryable: boolean;
  readonly route: string;
  readonly fix: AlibabaFixKey;
  readonly params: ErrorParams;
  readonly httpStatus?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
  declare readonly remoteMessage?: string;

  constructor(init: AlibabaApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.route = init.route;
    this.fix = init.fix;
    this.params = init.params ?? {};
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    if (init.code !== undefined) this.code = init.code;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    Object.defineProperty(this, 'remoteMessage', { value: init.remoteMessage, enumerable: false });
  }
}

export function isAlibabaApiError(e: unknown, kind?: AlibabaErrorKind): e is AlibabaApiError {
  return e instanceof AlibabaApiError && (kind === undefined || e.kind === kind);
}
