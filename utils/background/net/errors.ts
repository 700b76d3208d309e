/**
 * How the queue understands a failure. The queue is marketplace-neutral: it does not know HTTP
 * statuses or gateway messages, only these traits, which each client's own error type exposes
 * (see `QueueAwareError`) or a custom `classify` function derives.
 */
export interface ErrorDisposition {
  /** Transient: the same request may succeed if tried again (network, timeout, 5xx). */
  retryable: boolean;
  /** The failure proves the server did not act on the request, so even a write may be resent. */
  notProcessed: boolean;
  /** The marketplace asked us to stop sending (429 or an equivalent block). */
  rateLimited: boolean;
  /** When the block lifts, if the response said so (epoch ms). */
  blockedUntil?: number;
  /** Counts towards opening the circuit breaker (the service or our credentials are failing). */
  breakerFailure: boolean;
  /** Short machine code for the observable `lastError`. */
  code: string;
  /** English summary without personal data or secrets. */
  message: string;
}

/** Traits an error thrown by a task can carry so the default classifier understands it. */
export interface QueueAwareError {
  readonly retryable: boolean;
  readonly notProcessed?: boolean;
  readonly rateLimited?: boolean;
  readonly blockedUntil?: number;
  readonly breakerFailure?: boolean;
  readonly code?: string;
  readonly message: string;
}

/** The queue's own per-attempt timeout fired. The request may or may not have reached the server. */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`request timed out after ${timeoutMs} ms`);
  }
}

export type UnavailableReason = 'blocked' | 'circuitOpen' | 'closed';

/** The queue refused or dropped a request without sending it (so it is always safe to retry later). */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
  constructor(
    readonly reason: UnavailableReason,
    /** When sending may resume (epoch ms), if known. */
    readonly until: number | null,
  ) {
    super(`request not sent: ${reason}${until !== null ? ` until ${new Date(until).toISOString()}` : ''}`);
  }
}

function isQueueAware(error: unknown): error is QueueAwareError {
  return typeof error === 'object' && error !== null && typeof (error as QueueAwareError).retryable === 'boolean';
}

/** Understands the queue's own errors, `fetch` network failures and `QueueAwareError` traits. */
export function defaultClassify(error: unknown): ErrorDisposition {
  if (error instanceof RequestTimeoutError) {
    return {
      retryable: true,
      notProcessed: false,
      rateLimited: false,
      breakerFailure: true,
      code: 'timeout',
      message: error.message,
    };
  }
  if (isQueueAware(error)) {
    return {
      retryable: error.retryable,
      notProcessed: error.notProcessed ?? false,
      rateLimited: error.rateLimited ?? false,
      blockedUntil: error.blockedUntil,
      breakerFailure: error.breakerFailure ?? false,
      code: error.code ?? 'error',
      message: error.message,
    };
  }
  // fetch() rejects with a TypeError when the network fails; the request may have been sent.
  if (error instanceof TypeError) {
    return {
      retryable: true,
      notProcessed: false,
      rateLimited: false,
      breakerFailure: true,
      code: 'network',
      message: 'network error',
    };
  }
  return {
    retryable: false,
    notProcessed: false,
    rateLimited: false,
    breakerFailure: false,
    code: 'unknown',
    message: 'unexpected error',
  };
}
