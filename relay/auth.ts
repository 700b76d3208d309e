import type { MiddlewareHandler } from 'hono';
import { secretsEqual, sha256Hex } from './crypto';
import { relayError } from './errors';
import type { InstallationRecord, InstallationStore } from './installations';
import type { RateLimiter } from './rate-limit';

export type RelayVariables = { installation?: InstallationRecord; installationId?: string };
export type RelayHonoEnv = { Variables: RelayVariables };

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

/** Every extension-facing route except pairing: a paired installation key, then its rate limit. */
export function requireInstallation(store: InstallationStore, limiter: RateLimiter): MiddlewareHandler<RelayHonoEnv> {
  return async (c, next) => {
    const key = bearer(c.req.header('authorization'));
    const record = key ? await store.findByKeyHash(await sha256Hex(key)) : undefined;
    if (!record) return relayError(c, 401, 'unauthorized', 'a paired installation key is required');
    c.set('installation', record);
    c.set('installationId', record.id);
    const slot = limiter.take(record.id);
    if (!slot.ok) {
      c.header('retry-after', String(Math.ceil(slot.retryAfterMs / 1000)));
      return relayError(c, 429, 'rateLimited', 'too many requests for this installation');
    }
    await next();
  };
}

/** The operator's admin API; absent (404) when no RELAY_ADMIN_TOKEN is configured. */
export function requireAdmin(adminToken: string | undefined): MiddlewareHandler<RelayHonoEnv> {
  return async (c, next) => {
    if (!adminToken) return relayError(c, 404, 'notFound', 'not found');
    const token = bearer(c.req.header('authorization'));
    if (!token || !(await secretsEqual(token, adminToken))) {
      return relayError(c, 401, 'unauthorized', 'admin token required');
    }
    await next();
  };
}
