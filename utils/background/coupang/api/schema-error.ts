import type { z } from 'zod';
import { CoupangApiError } from './errors';

/** `data[0].receiver.addr1` from a zod issue path. */
function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/**
 * A response that failed its schema: reports the route, the first offending field and the issue
 * code — never the value, which may be personal data.
 */
export function schemaError(route: string, error: z.ZodError): CoupangApiError {
  const issue = error.issues[0];
  return new CoupangApiError({
    kind: 'schema',
    route,
    field: issue ? formatIssuePath(issue.path) : '(root)',
    params: { issue: issue?.code ?? 'unknown', issues: error.issues.length },
  });
}

/** A body that is not JSON at all (truncated, HTML error page on a 200, …). */
export function malformedBodyError(route: string, status: number): CoupangApiError {
  // Usually a cut-off transfer: worth re-reading, unlike a body of the wrong shape.
  return new CoupangApiError({
    kind: 'schema',
    route,
    status,
    field: '(body)',
    retryable: true,
    params: { issue: 'invalid_json' },
  });
}
