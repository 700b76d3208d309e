import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { RelayHonoEnv } from './auth';
import type { RelayLogger } from './logger';

/** Logs one line per request after it is answered (see logger.ts for what is and is not logged). */
export function requestLog(logger: RelayLogger, now: () => number): MiddlewareHandler<RelayHonoEnv> {
  return async (c, next) => {
    const start = now();
    await next();
    const pattern = routePath(c, -1);
    const installation = c.get('installationId');
    logger({
      method: c.req.method,
      // A 404 matched only this middleware: do not log the unknown path someone probed.
      route: pattern.endsWith('*') && c.res.status === 404 ? '(unmatched)' : pattern,
      status: c.res.status,
      ...(installation ? { installation } : {}),
      ms: Math.max(0, Math.round(now() - start)),
    });
  };
}
