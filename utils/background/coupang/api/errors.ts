import type { QueueAwareError } from '../../net/errors';

/**
 * Every failure of a Coupang call, classified so the UI can name the fix (coupang-api.md §2.6,
 * §5.3) and the queue knows whether to retry, pause or open its breaker.
 *
 * `message` is for logs: English, built only from the kind, the route template and numbers — never
 * from ids, response bodies, personal data or keys. What the gateway said is kept apart in
 * `serverMessage` (may echo request data: show it, don't log it).
 */
export type CoupangErrorKind =
  | 'invalidSignature' // 401 Invalid signature: wrong secret key (or encoding mismatch)
  | 'signatureExpired' // 401 signature expired: the computer's clock is off
  | 'ipNotAllowed' // 403 Not allowed IP: register this PC's public IP in Wing
  | 'unknownAccessKey' // the gateway does not know the access key
  | 'unauthorized' // other 401/403 (malformed/missing Authorization, forbidden)
  | 'vendorMismatch' // vendorId does not belong to the key
  | 'rateLimited' // 429
  | 'blocked' // 302 / Akamai 403 "Access Denied" / 423: temporary block after error bursts
  | 'invalidStatus' // the order is not in a state that allows this action
  | 'badRequest' // other 400
  | 'notFound' // 404
  | 'apiUnavailable' // 410 retired / 412 not deployed
  | 'server' // 5xx
  | 'timeout' // 504 gateway timeout or our own timeout
  | 'network' // no response
  | 'schema' // the response did not have the expected shape
  | 'circuitOpen' // our breaker refused to send
  | 'unknown';

interface Traits {
  retryable: boolean;
  /** The gateway refused it before any business logic ran: resending a write cannot duplicate it. */
  notProcessed: boolean;
  breakerFailure: boolean;
  /** Pause the whole queue. */
  rateLimited: boolean;
}

const t = (retryable: boolean, notProcessed: boolean, breakerFailure: boolean, rateLimited = false): Traits => ({
  retryable,
  notProcessed,
  breakerFailure,
  rateLimited,
});

// Auth failures count for the breaker: repeating them gets the IP and vendorId blocked (§2.4).
const TRAITS: Record<CoupangErrorKind, Traits> = {
  invalidSignature: t(false, true, true),
  signatureExpired: t(false, true, true),
  ipNotAllowed: t(false, true, true),
  unknownAccessKey: t(false, true, true),
  unauthorized: t(false, true, true),
  vendorMismatch: t(false, true, true),
  rateLimited: t(true, true, false, true),
  blocked: t(true, true, false, true),
  invalidStatus: t(false, false, false),
  badRequest: t(false, false, false),
  notFound: t(false, false, true),
  apiUnavailable: t(false, false, true),
  server: t(true, false, true),
  timeout: t(true, false, true),
  network: t(true, false, true),
  schema: t(false, false, false),
  circuitOpen: t(true, true, false),
  unknown: t(false, false, false),
};

const DESCRIPTION: Record<CoupangErrorKind, string> = {
  invalidSignature: 'invalid signature (check the secret key)',
  signatureExpired: 'signature expired (check the computer clock)',
  ipNotAllowed: 'caller IP is not allowed for this key',
  unknownAccessKey: 'unknown access key',
  unauthorized: 'request not authorized',
  vendorMismatch: 'vendorId does not match the key',
  rateLimited: 'rate limited',
  blocked: 'temporarily blocked by the gateway',
  invalidStatus: 'order is not in a state that allows this action',
  badRequest: 'bad request',
  notFound: 'not found',
  apiUnavailable: 'API retired or not available',
  server: 'server error',
  timeout: 'timed out',
  network: 'network error',
  schema: 'unexpected response shape',
  circuitOpen: 'not sent: too many recent failures',
  unknown: 'unexpected error',
};

export type ErrorParams = Record<string, string | number>;

export interface CoupangErrorInit {
  kind: CoupangErrorKind;
  /** `METHOD /path/{template}` — never the real ids. */
  route: string;
  status?: number;
  params?: ErrorParams;
  serverMessage?: string;
  transactionId?: string;
  blockedUntil?: number;
  clockSkewSeconds?: number;
  ip?: string;
  field?: string;
  /** Overrides the kind's default (e.g. a truncated body is worth re-reading). */
  retryable?: boolean;
  cause?: unknown;
}

export class CoupangApiError extends Error implements QueueAwareError {
  override readonly name = 'CoupangApiError';
  readonly kind: CoupangErrorKind;
  readonly code: CoupangErrorKind;
  readonly route: string;
  readonly status?: number;
  readonly retryable: boolean;
  readonly notProcessed: boolean;
  readonly breakerFailure: boolean;
  readonly rateLimited: boolean;
  /** Epoch ms; for rateLimited/blocked/circuitOpen. */
  readonly blockedUntil?: number;
  /** Positive: this computer's clock is ahead of Coupang's. From the response `Date` header. */
  readonly clockSkewSeconds?: number;
  /** The caller IP named by a `Not allowed IP` message, when it names one. */
  readonly ip?: string;
  /** Schema errors: the path of the offending field (e.g. `data[0].orderItems[1].shippingCount`). */
  readonly field?: string;
  readonly serverMessage?: string;
  readonly transactionId?: string;
  /** Values for the translated UI text of this kind. */
  readonly params: ErrorParams;

  constructor(init: CoupangErrorInit) {
    const extra: string[] = [];
    if (init.status !== undefined) extra.push(`HTTP ${init.status}`);
    if (init.clockSkewSeconds !== undefined) extra.push(`clock skew ${init.clockSkewSeconds} s`);
    if (init.field !== undefined) extra.push(`field ${init.field}`);
    if (init.blockedUntil !== undefined) extra.push(`until ${new Date(init.blockedUntil).toISOString()}`);
    super(`Coupang ${init.route}: ${DESCRIPTION[init.kind]}${extra.length ? ` (${extra.join(', ')})` : ''}`, {
      cause: init.cause,
    });
    const traits = TRAITS[init.kind];
    this.kind = init.kind;
    this.code = init.kind;
    this.route = init.route;
    this.status = init.status;
    this.retryable = init.retryable ?? traits.retryable;
    this.notProcessed = traits.notProcessed || init.status === 521; // 521: upstream never reached
    this.breakerFailure = traits.breakerFailure;
    this.rateLimited = traits.rateLimited;
    this.blockedUntil = init.blockedUntil;
    this.clockSkewSeconds = init.clockSkewSeconds;
    this.ip = init.ip;
    this.field = init.field;
    this.serverMessage = init.serverMessage;
    this.transactionId = init.transactionId;
    const params: ErrorParams = { route: init.route, ...init.params };
    if (init.status !== undefined) params.status = init.status;
    if (init.clockSkewSeconds !== undefined) params.clockSkewSeconds = init.clockSkewSeconds;
    if (init.ip !== undefined) params.ip = init.ip;
    if (init.field !== undefined) params.field = init.field;
    if (init.blockedUntil !== undefined) params.blockedUntil = new Date(init.blockedUntil).toISOString();
    this.params = params;
  }

  /** A copy with the block end filled in (the queue decides it when the response gave none). */
  withBlockedUntil(blockedUntil: number): CoupangApiError {
    return new CoupangApiError({ ...this.init(), blockedUntil });
  }

  private init(): CoupangErrorInit {
    return {
      kind: this.kind,
      route: this.route,
      status: this.status,
      serverMessage: this.serverMessage,
      transactionId: this.transactionId,
      blockedUntil: this.blockedUntil,
      clockSkewSeconds: this.clockSkewSeconds,
      ip: this.ip,
      field: this.field,
      retryable: this.retryable,
      params: this.params,
      cause: this.cause,
    };
  }
}

export function isCoupangApiError(error: unknown): error is CoupangApiError {
  return error instanceof CoupangApiError;
}
