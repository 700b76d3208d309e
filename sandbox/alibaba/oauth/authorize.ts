import type { Hono } from 'hono';
import { APPS } from '../apps';
import { findMember, MEMBERS, SELLER } from '../members';
import type { AlibabaState } from '../state';
import { authorizeErrorPage, authorizePage } from './authorize-page';
import { isAllowedRedirectUri, withParams } from './redirect-uri';

type Check = { ok: true; appName: string } | { ok: false; message: string };

/** The request must name a registered app, `site=1688` and a callback on a registered domain. */
function checkRequest(clientId: string | undefined, site: string | undefined, redirectUri: string | undefined): Check {
  const app = clientId ? APPS.get(clientId) : undefined;
  if (!app) return { ok: false, message: `client_id 无效：${clientId ?? '(缺失)'}` };
  if (site !== '1688') return { ok: false, message: `site 参数必须为 1688：${site ?? '(缺失)'}` };
  if (!redirectUri || !isAllowedRedirectUri(redirectUri)) {
    return { ok: false, message: `redirect_uri 与应用注册的回调地址不匹配：${redirectUri ?? '(缺失)'}` };
  }
  return { ok: true, appName: app.name };
}

/**
 * `GET /oauth/authorize?client_id&site=1688&redirect_uri&state` (auth.1688.com) renders the
 * consent page; its form posts back here. Authorize → 302 `redirect_uri?code&state`; Deny → 302
 * with the OAuth 2.0 error parameters (`error=access_denied`; 1688's own are UNVERIFIED).
 * Broken requests get an error page and no redirect, since the callback cannot be trusted.
 */
export function mountAuthorize(app: Hono, state: AlibabaState): void {
  app.get('/oauth/authorize', (c) => {
    const q = c.req.query();
    const check = checkRequest(q.client_id, q.site, q.redirect_uri);
    if (!check.ok) return c.html(authorizeErrorPage(check.message), 400);
    return c.html(
      authorizePage({
        appName: check.appName,
        clientId: q.client_id,
        redirectUri: q.redirect_uri,
        state: q.state,
        members: MEMBERS,
        defaultMemberId: SELLER.memberId,
      }),
    );
  });

  app.post('/oauth/authorize', async (c) => {
    const form = await c.req.parseBody();
    const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : undefined);
    const clientId = field('client_id');
    const redirectUri = field('redirect_uri');
    const check = checkRequest(clientId, field('site'), redirectUri);
    if (!check.ok) return c.html(authorizeErrorPage(check.message), 400);
    const stateParam = field('state');
    if (field('decision') !== 'authorize') {
      return c.redirect(
        withParams(redirectUri!, {
          error: 'access_denied',
          error_description: 'user denied the authorization',
          state: stateParam,
        }),
        302,
      );
    }
    const member = findMember(field('member_id') ?? SELLER.memberId);
    if (!member) return c.html(authorizeErrorPage('未知的登录账号'), 400);
    const code = state.tokens.issueCode(clientId!, member.memberId, redirectUri!);
    return c.redirect(withParams(redirectUri!, { code: code.code, state: stateParam }), 302);
  });
}
