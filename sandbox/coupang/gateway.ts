import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { hmacHex, parseCeaHeader, parseSignedDate, signatureMatches, stringToSign } from './auth/signature';
import type { CoupangEnv, CoupangState } from './env';
import { GATEWAY_MESSAGES, gatewayError, notAuthorized, tooManyRequests } from './errors';
import { LOOPBACK_IP, normalizeIp } from './vendors';

/** Signatures older or newer than this (against gateway time) are expired (reference §2.1, §8). */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;
/** Counter account for requests that never identified a key. */
export const ANONYMOUS = 'anonymous';

/**
 * Path and query exactly as the client put them on the wire. The signature is checked against
 * these, never against a re-encoded form (reference §2.2): Node's raw request target when served,
 * the Request URL in `app.request` tests.
 */
export function rawTarget(c: Context): { path: string; query: string } {
  const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming;
  let target = incoming?.url ?? c.req.url;
  if (!target.startsWith('/')) {
    const scheme = target.indexOf('://');
    const slash = target.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    target = slash < 0 ? '/' : target.slice(slash);
  }
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  const q = target.indexOf('?');
  return q < 0 ? { path: target, query: '' } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

/** `PUT /v2/providers/openapi/apis/api/v4/vendors/{vendorId}/ordersheets/acknowledgement` — ids folded. */
export function routeName(method: string, path: string): string {
  const template = path
    .replace(/\/vendors\/[A-Z]\d{8}(?=\/|$)/, '/vendors/{vendorId}')
    .replace(/\/\d+(?=\/|$)/g, '/{id}');
  return `${method.toUpperCase()} ${template}`;
}

/** The TCP peer when served by @hono/node-server; in `app.request` tests a header stands in. */
export function callerIp(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    if (address) return normalizeIp(address);
  } catch {
    // No Node socket behind this request (app.request in unit tests).
  }
  return normalizeIp(c.req.header('x-sandbox-client-ip') ?? LOOPBACK_IP);
}

export function isRocketGrowthPath(path: string): boolean {
  return path.startsWith('/v2/providers/rg_open_api/');
}

/**
 * What the gateway does before any API runs: authenticate the CEA header, check the caller IP
 * against the key's allowlist, throttle per vendor, and count everything for the control API.
 */
export function gatewayMiddleware(state: CoupangState): MiddlewareHandler<CoupangEnv> {
  return async (c, next) => {
    const { counters, clock, settings } = state.ctx;
    const { path, query } = rawTarget(c);
    const route = routeName(c.req.method, path);
    const header = c.req.header('authorization');
    if (!header?.startsWith('CEA ')) {
      counters.request('coupang', ANONYMOUS, route);
      counters.authFailure('coupang', ANONYMOUS);
      return notAuthorized();
    }
    const parsed = parseCeaHeader(header);
    const signedAt = parsed ? parseSignedDate(parsed.signedDate) : null;
    if (!parsed || signedAt === null) {
      counters.request('coupang', ANONYMOUS, route);
      counters.signatureFailure('coupang', ANONYMOUS);
      return gatewayError(401, GATEWAY_MESSAGES.hmacFormat);
    }
    const vendor = state.registry.byAccessKey(parsed.accessKey);
    if (!vendor) {
      counters.request('coupang', parsed.accessKey, route);
      counters.authFailure('coupang', parsed.accessKey);
      // Status on Wing unverified (reference §2.6 "4xx"); 401 like the other key problems.
      return gatewayError(401, GATEWAY_MESSAGES.unknownKey);
    }
    const account = vendor.vendorId;
    counters.request('coupang', account, route, Date.now(), isRocketGrowthPath(path) ? 'rocketGrowth' : undefined);
    if (Math.abs(clock.gatewayNow() - signedAt) > SIGNATURE_TOLERANCE_MS) {
      counters.signatureFailure('coupang', account);
      return gatewayError(401, GATEWAY_MESSAGES.expired);
    }
    const expected = hmacHex(vendor.secretKey, stringToSign(parsed.signedDate, c.req.method, path, query));
    if (!signatureMatches(expected, parsed.signature)) {
      counters.signatureFailure('coupang', account);
      return gatewayError(401, GATEWAY_MESSAGES.invalidSignature);
    }
    const ip = callerIp(c);
    if (!state.registry.isAllowed(vendor, ip)) {
      counters.authFailure('coupang', account);
      return gatewayError(403, `Not allowed IP: ${ip}`);
    }
    const perSecond = state.limiter.check(account, {
      limit: settings.coupangRatePerSecond,
      windowMs: 1000,
      blockMs: settings.coupangBlockMs,
    });
    let nearLimit = perSecond.nearLimit;
    if (perSecond.allowed && isRocketGrowthPath(path)) {
      const perMinute = state.rocketGrowthLimiter.check(account, {
        limit: settings.coupangRocketGrowthPerMinute,
        windowMs: 60_000,
        blockMs: 0,
      });
      if (!perMinute.allowed) {
        counters.rateLimited('coupang', account);
        return tooManyRequests();
      }
      nearLimit ||= perMinute.nearLimit;
    }
    if (!perSecond.allowed) {
      counters.rateLimited('coupang', account);
      return tooManyRequests();
    }
    c.set('vendor', vendor);
    c.set('vendorData', state.store.vendorById(account)!);
    await next();
    if (nearLimit) c.res.headers.set('X-CAG-Warnings', 'throttling threshold 90% reached for this vendor');
  };
}

/** Every response carries the gateway's own clock in `Date` (what a client compares its clock to). */
export function dateHeader(state: CoupangState): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Date', new Date(state.ctx.clock.gatewayNow()).toUTCString());
  };
}
