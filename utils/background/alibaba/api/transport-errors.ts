import { AlibabaApiError } from './errors';

/**
 * Failures around the HTTP exchange itself (no gateway error code to go by). For a write, any
 * failure after the request may have reached 1688 is `outcomeUnknown`: never retried blindly,
 * the caller re-queries the buyer's orders instead (docs/1688-api.md §4.7).
 */
export function outcomeUnknown(route: string, cause: unknown, httpStatus?: number): AlibabaApiError {
  return new AlibabaApiError({
    kind: 'outcomeUnknown',
    retryable: false,
    route,
    fix: 'checkPurchaseOrders',
    httpStatus,
    message: `outcome of ${route} unknown: the request may have reached 1688`,
    cause,
  });
}

/** fetch rejected: nothing or an unknown part of the request reached the gateway. */
export function fetchFailed(route: string, mutation: boolean, aborted: boolean, cause: unknown): AlibabaApiError {
  if (mutation) return outcomeUnknown(route, cause);
  if (aborted) {
    return new AlibabaApiError({
      kind: 'aborted',
      retryable: false,
      route,
      fix: 'none',
      message: `${route} aborted`,
      cause,
    });
  }
  return new AlibabaApiError({
    kind: 'network',
    retryable: true,
    route,
    fix: 'checkConnection',
    message: `1688 gateway unreachable on ${route}`,
    cause,
  });
}

/** The body is not JSON (a proxy error page, a cut-off body). */
export function unreadableBody(route: string, mutation: boolean, status: number, cause: unknown): AlibabaApiError {
  const mayHaveRun = status < 400 || status >= 500;
  if (mutation && mayHaveRun) return outcomeUnknown(route, cause, status);
  const server = status >= 500;
  return new AlibabaApiError({
    kind: server ? 'server' : 'badResponse',
    retryable: server,
    route,
    fix: server ? 'waitAndRetry' : 'reportBug',
    httpStatus: status,
    message: `unreadable 1688 response on ${route} (HTTP ${status})`,
    cause,
  });
}
