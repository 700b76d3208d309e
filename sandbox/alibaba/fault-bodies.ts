import type { Context } from 'hono';
import type { SandboxContext } from '../core/context';
import type { FaultBodies } from '../core/faults';
import { gatewayError } from './gateway/errors';

/** The app key of a gateway path `/openapi/{protocol}/{ver}/{namespace}/{api}/{appKey}`. */
export function appKeyOfPath(path: string): string | undefined {
  const parts = path.split('/');
  return parts[1] === 'openapi' && parts.length === 7 ? parts[6] : undefined;
}

/**
 * How injected faults look on 1688: the gateway's four-key error body. Server-error and timeout
 * codes are not documented; these names follow the gateway's `gw.*` style.
 */
export function alibabaFaultBodies(ctx: SandboxContext): FaultBodies {
  return {
    serverError: (_c: Context, status: number) =>
      gatewayError(
        status,
        status === 503 ? 'gw.ServiceUnavailable' : 'gw.InternalError',
        'Service is temporarily unavailable',
      ),
    rateLimit: (c: Context) => {
      const appKey = appKeyOfPath(c.req.path);
      if (appKey) ctx.counters.rateLimited('alibaba', appKey);
      return gatewayError(400, 'gw.QosAppFrequencyLimit', 'App call exceeds the limited frequency');
    },
    gatewayTimeout: () => gatewayError(504, 'gw.ServiceTimeout', 'Backend service timed out'),
  };
}
