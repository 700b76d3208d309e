import type { Context } from 'hono';
import type { SandboxContext } from '../../core/context';
import { APPS } from '../apps';
import { findMember, type Member } from '../members';
import type { AccessCheck } from '../oauth/tokens';
import { aopSignature, signatureMatches } from '../signature';
import type { AlibabaState } from '../state';
import { type ApiDefinition, apiKey } from './api';
import { gw, ParamError } from './errors';
import { Params, readParams } from './params';

/** How far `_aop_timestamp` may be from the gateway clock. The real window is UNVERIFIED. */
export const TIMESTAMP_WINDOW_MS = 10 * 60_000;
/** The request log keeps this many calls (enough for a test, bounded for a benchmark). */
const REQUEST_LOG_MAX = 2000;

/**
 * One gateway call, `/openapi/param2/{ver}/{namespace}/{api}/{appKey}`, checked in the order the
 * real gateway shows (1688-api.md §3.2: token before ACL, ACL before parameters):
 * app key → API exists → frequency → signature → timestamp → access token → ACL → usage package
 * → the API itself (which raises gw.ParamMissing for absent required parameters).
 */
function memberOf(check: AccessCheck): Member | undefined {
  return check.ok ? findMember(check.token.memberId) : undefined;
}

export function createGatewayHandler(state: AlibabaState, ctx: SandboxContext, apis: readonly ApiDefinition[]) {
  const byKey = new Map(apis.map((a) => [apiKey(a), a]));

  return async (c: Context): Promise<Response> => {
    if (c.req.method !== 'POST' && c.req.method !== 'GET') return gw.methodNotAllowed();
    const { protocol, version, namespace, api, appKey } = c.req.param();
    const app = APPS.get(appKey);
    if (!app) return gw.appKeyNotFound(appKey);
    const name = `${namespace}:${api}-${version}`;
    const def = byKey.get(name);
    if (!def || protocol !== 'param2') return gw.apiUnsupported(name);

    if (!state.rateLimiter.take(appKey)) {
      ctx.counters.rateLimited('alibaba', appKey);
      return gw.frequencyLimit();
    }

    const raw = await readParams(c);
    const { access_token: _t, _aop_signature: _s, ...logged } = raw;
    state.requestLog.push({ at: ctx.clock.now(), api: name, params: logged });
    if (state.requestLog.length > REQUEST_LOG_MAX) state.requestLog.shift();
    if (def.signed) {
      const given = raw._aop_signature;
      if (!given) {
        ctx.counters.signatureFailure('alibaba', appKey);
        return gw.signatureMissing();
      }
      // The signed path is what follows /openapi/, exactly as requested.
      const urlPath = c.req.path.slice('/openapi/'.length);
      if (!signatureMatches(aopSignature(urlPath, raw, app.appSecret), given)) {
        ctx.counters.signatureFailure('alibaba', appKey);
        return gw.signatureInvalid();
      }
    }
    if (raw._aop_timestamp !== undefined) {
      const ts = Number(raw._aop_timestamp);
      if (!/^\d+$/.test(raw._aop_timestamp) || Math.abs(ctx.clock.gatewayNow() - ts) > TIMESTAMP_WINDOW_MS) {
        return gw.timestampInvalid();
      }
    }

    const member = def.needsToken ? memberOf(state.tokens.checkAccess(raw.access_token, appKey)) : undefined;
    if (def.needsToken && !member) {
      ctx.counters.authFailure('alibaba', appKey);
      return gw.needAuthorization();
    }
    if (!app.acl.has(name)) return gw.aclDecline();
    if (state.noUsageLeft.has(appKey)) return gw.noUsageLeft();

    const call = { params: new Params(raw), appKey, state, ctx };
    try {
      return await (def.needsToken ? def.handle({ ...call, member: member! }) : def.handle(call));
    } catch (e) {
      if (e instanceof ParamError) return e.kind === 'missing' ? gw.paramMissing(e.param) : gw.paramTypeError(e.param);
      throw e;
    }
  };
}
