import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../../core/context';
import { wireJson } from '../../core/json';
import { APPS } from '../apps';
import { gw } from '../gateway/errors';
import { findMember, type Member } from '../members';
import type { AlibabaState } from '../state';
import { formatAliDate } from '../time';
import type { IssuedToken } from './tokens';

/** postponeToken is refused until the refresh token is this close to expiry (1688-api.md §1.8). */
export const POSTPONE_WINDOW_MS = 30 * 86_400_000;

/**
 * OAuth errors. The doc has no sample of 1688's own error body; the sandbox answers HTTP 400 with
 * the OAuth 2.0 (RFC 6749 §5.2) fields, which is what the ocean gateway's OAuth layer follows.
 */
const oauthError = (error: string, description: string) => wireJson({ error, error_description: description }, 400);

function tokenBody(member: Member, access: IssuedToken | undefined, refresh: IssuedToken | undefined, nowMs: number) {
  return {
    aliId: member.aliId,
    resource_owner: member.loginId,
    memberId: member.memberId,
    // Seconds as a string, exactly as observed in real responses.
    ...(access
      ? { access_token: access.token, expires_in: String(Math.max(0, Math.round((access.expiresAt - nowMs) / 1000))) }
      : {}),
    ...(refresh ? { refresh_token: refresh.token, refresh_token_timeout: formatAliDate(refresh.expiresAt) } : {}),
  };
}

/**
 * `POST /openapi/{http|param2}/1/system.oauth2/getToken/{AppKey}` (authorization_code and
 * refresh_token grants) and `…/system.oauth2/postponeToken/{AppKey}`. Form-encoded, unsigned, the
 * AppSecret in `client_secret`. A refresh grant returns a new access token and leaves the refresh
 * token as it was (the doc's reading); postpone replaces the refresh token and kills the old one.
 */
export function mountTokenEndpoint(app: Hono, state: AlibabaState, ctx: SandboxContext): void {
  app.all('/openapi/:protocol/1/system.oauth2/:action/:appKey', async (c: Context) => {
    const { protocol, action, appKey } = c.req.param();
    const registered = APPS.get(appKey);
    if (!registered) return gw.appKeyNotFound(appKey);
    if ((protocol !== 'http' && protocol !== 'param2') || (action !== 'getToken' && action !== 'postponeToken')) {
      return gw.apiUnsupported(`system.oauth2:${action}-1`);
    }
    if (c.req.method !== 'POST') return oauthError('invalid_request', 'POST is required');
    const form = await c.req.parseBody();
    const f = (k: string) => (typeof form[k] === 'string' && form[k] !== '' ? (form[k] as string) : undefined);
    if (f('client_id') !== appKey)
      return oauthError('invalid_client', 'client_id does not match the AppKey in the path');
    if (f('client_secret') !== registered.appSecret) return oauthError('invalid_client', 'client_secret is invalid');
    const now = ctx.clock.now();

    if (action === 'postponeToken') return postpone(state, appKey, now, f('refresh_token'), f('access_token'));

    const grant = f('grant_type');
    if (grant === 'authorization_code') {
      const code = f('code');
      const redirectUri = f('redirect_uri');
      if (!code) return oauthError('invalid_request', 'code is required');
      if (!redirectUri) return oauthError('invalid_request', 'redirect_uri is required');
      const redeemed = state.tokens.redeemCode(code, appKey);
      if (typeof redeemed === 'string') {
        const why = {
          unknown: 'code is invalid',
          used: 'code has already been used',
          expired: 'code is expired',
          otherApp: 'code was issued to another app',
        };
        return oauthError('invalid_grant', why[redeemed]);
      }
      if (redeemed.redirectUri !== redirectUri)
        return oauthError('invalid_grant', 'redirect_uri does not match the authorization request');
      const member = findMember(redeemed.memberId)!;
      const access = state.tokens.issueAccess(appKey, member.memberId);
      const refresh =
        f('need_refresh_token') === 'true' ? state.tokens.issueRefresh(appKey, member.memberId) : undefined;
      return wireJson(tokenBody(member, access, refresh, now));
    }
    if (grant === 'refresh_token') {
      // The official PHP/Java SDKs send `refreshToken`; both spellings are accepted.
      const check = state.tokens.checkRefresh(f('refresh_token') ?? f('refreshToken'), appKey);
      if (!check.ok)
        return oauthError(
          check.reason === 'missing' ? 'invalid_request' : 'invalid_grant',
          `refresh_token is ${check.reason}`,
        );
      const member = findMember(check.token.memberId)!;
      return wireJson(tokenBody(member, state.tokens.issueAccess(appKey, member.memberId), undefined, now));
    }
    return oauthError('unsupported_grant_type', `grant_type ${grant ?? '(missing)'} is not supported`);
  });
}

function postpone(
  state: AlibabaState,
  appKey: string,
  now: number,
  refreshToken?: string,
  accessToken?: string,
): Response {
  if (!accessToken) return oauthError('invalid_request', 'access_token is required');
  const check = state.tokens.checkRefresh(refreshToken, appKey);
  if (!check.ok)
    return oauthError(
      check.reason === 'missing' ? 'invalid_request' : 'invalid_grant',
      `refresh_token is ${check.reason}`,
    );
  // The access token may have expired (that is when people postpone), but must be this member's.
  const access = state.tokens.find(accessToken);
  if (access?.kind !== 'access' || access.appKey !== appKey || access.memberId !== check.token.memberId) {
    return oauthError('invalid_grant', 'access_token does not belong to this refresh_token');
  }
  if (check.token.expiresAt - now > POSTPONE_WINDOW_MS) {
    return oauthError('invalid_request', 'refresh_token can only be postponed within 30 days of its expiry');
  }
  const next = state.tokens.replaceRefresh(check.token);
  const member = findMember(next.memberId)!;
  return wireJson(tokenBody(member, access, next, now));
}
