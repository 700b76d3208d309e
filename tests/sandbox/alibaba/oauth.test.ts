import { describe, expect, it } from 'vitest';
import { authorizeCode, CALLBACK, call, control, exchange, oauth, setup, TRADE } from './helpers';

const DAY = 86_400_000;

function authorizeUrl(s: ReturnType<typeof setup>, redirectUri = CALLBACK, extra: Record<string, string> = {}) {
  return `/oauth/authorize?${new URLSearchParams({ client_id: s.facts.appKey, site: '1688', redirect_uri: redirectUri, state: 's1', ...extra })}`;
}

async function decide(s: ReturnType<typeof setup>, decision: 'authorize' | 'deny', state = 'xyz') {
  return s.m.app.request('/oauth/authorize', {
    method: 'POST',
    body: new URLSearchParams({ client_id: s.facts.appKey, site: '1688', redirect_uri: CALLBACK, state, decision }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('1688 OAuth authorize page', () => {
  it('renders Authorize/Deny buttons and a member picker defaulting to the seller, escaping the state', async () => {
    const s = setup();
    const res = await s.m.app.request(authorizeUrl(s, CALLBACK, { state: '"><script>alert(1)</script>' }));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('id="authorize"');
    expect(page).toContain('id="deny"');
    expect(page).toContain('<select id="member"');
    for (const m of s.facts.members) expect(page).toContain(`value="${m.memberId}"`);
    expect(page).toContain(`value="${s.facts.samples.sellerMemberId}" selected`);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('accepts extension and loopback callbacks, and refuses unknown apps, sites and callback domains', async () => {
    const s = setup();
    for (const uri of [
      CALLBACK,
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/oauth-callback.html',
      'http://127.0.0.1:5555/cb',
    ]) {
      expect((await s.m.app.request(authorizeUrl(s, uri))).status).toBe(200);
    }
    expect((await s.m.app.request(authorizeUrl(s, 'https://evil.example/cb'))).status).toBe(400);
    expect((await s.m.app.request(authorizeUrl(s, 'not a url'))).status).toBe(400);
    expect((await s.m.app.request(authorizeUrl(s, CALLBACK, { site: 'china' }))).status).toBe(400);
    expect((await s.m.app.request(authorizeUrl(s, CALLBACK, { client_id: '999' }))).status).toBe(400);
  });

  it('Authorize redirects with code and state; Deny redirects with error=access_denied and state', async () => {
    const s = setup();
    const ok = await decide(s, 'authorize');
    expect(ok.status).toBe(302);
    const okUrl = new URL(ok.headers.get('location')!);
    expect(okUrl.origin + okUrl.pathname).toBe(CALLBACK);
    expect(okUrl.searchParams.get('code')).toMatch(/^[0-9a-f-]{36}$/);
    expect(okUrl.searchParams.get('state')).toBe('xyz');

    const denied = new URL((await decide(s, 'deny')).headers.get('location')!);
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('xyz');
    expect(denied.searchParams.get('code')).toBeNull();
  });
});

describe('1688 system.oauth2/getToken', () => {
  it('exchanges a code for the documented fields (expires_in as a string, +0800 timeout)', async () => {
    const s = setup();
    const code = await authorizeCode(s, s.facts.samples.buyerMemberId);
    const { status, body } = await exchange(s, code);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      memberId: s.facts.samples.buyerMemberId,
      resource_owner: 'seoul_crossdock',
      aliId: expect.stringMatching(/^\d+$/),
      expires_in: '36000',
      access_token: expect.any(String),
      refresh_token: expect.any(String),
    });
    expect(body.refresh_token_timeout).toMatch(/^\d{17}\+0800$/);
    const r = await call(s, { namespace: TRADE, api: 'alibaba.trade.getBuyerOrderList', token: body.access_token });
    expect(r.status).toBe(200);
  });

  it('works on the param2 path the official SDKs use, and omits the refresh token unless asked', async () => {
    const s = setup();
    const code = await authorizeCode(s, s.facts.samples.sellerMemberId);
    const { status, body } = await oauth(
      s,
      'getToken',
      {
        grant_type: 'authorization_code',
        need_refresh_token: 'false',
        client_id: s.facts.appKey,
        client_secret: s.facts.appSecret,
        redirect_uri: CALLBACK,
        code,
      },
      'param2',
    );
    expect(status).toBe(200);
    expect(body.access_token).toBeTruthy();
    expect(body.refresh_token).toBeUndefined();
  });

  it('codes are single-use', async () => {
    const s = setup();
    const code = await authorizeCode(s, s.facts.samples.sellerMemberId);
    expect((await exchange(s, code)).status).toBe(200);
    const again = await exchange(s, code);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant', error_description: 'code has already been used' });
  });

  it('codes expire after alibabaCodeSeconds of business time', async () => {
    const s = setup();
    const code = await authorizeCode(s, s.facts.samples.sellerMemberId);
    s.ctx.clock.advance(121_000);
    expect((await exchange(s, code)).body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'code is expired',
    });
    s.ctx.settings.alibabaCodeSeconds = 1;
    const short = await authorizeCode(s, s.facts.samples.sellerMemberId);
    s.ctx.clock.advance(1_500);
    expect((await exchange(s, short)).status).toBe(400);
  });

  it('refuses a wrong secret, a different redirect_uri, a GET and an unknown grant type', async () => {
    const s = setup();
    const code = await authorizeCode(s, s.facts.samples.sellerMemberId);
    expect((await exchange(s, code, { client_secret: 'nope' })).body.error).toBe('invalid_client');
    const other = await authorizeCode(s, s.facts.samples.sellerMemberId);
    expect((await exchange(s, other, { redirect_uri: 'http://127.0.0.1:9/other' })).body.error).toBe('invalid_grant');
    const get = await s.m.app.request(
      `/openapi/http/1/system.oauth2/getToken/${s.facts.appKey}?grant_type=refresh_token`,
    );
    expect(get.status).toBe(400);
    expect(
      (
        await oauth(s, 'getToken', {
          grant_type: 'password',
          client_id: s.facts.appKey,
          client_secret: s.facts.appSecret,
        })
      ).body.error,
    ).toBe('unsupported_grant_type');
  });

  it('an expired access token answers the 401 envelope; the refresh grant gets a new one, keeping the refresh token', async () => {
    const s = setup();
    s.ctx.settings.alibabaAccessTokenSeconds = 2;
    const tokens = (await exchange(s, await authorizeCode(s, s.facts.samples.sellerMemberId))).body;
    expect(tokens.expires_in).toBe('2');
    const list = (token: string) => call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token });
    expect((await list(tokens.access_token)).status).toBe(200);
    s.ctx.clock.advance(3_000);
    const expired = await list(tokens.access_token);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({
      error_code: '401',
      error_message: 'Request need user authorized',
      exception: 'Request need user authorized',
      request_id: expect.any(String),
    });
    expect(s.ctx.counters.snapshot()[`alibaba:${s.facts.appKey}`].authFailures).toBe(1);

    const refresh = { grant_type: 'refresh_token', client_id: s.facts.appKey, client_secret: s.facts.appSecret };
    const renewed = await oauth(s, 'getToken', { ...refresh, refresh_token: tokens.refresh_token });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ memberId: s.facts.samples.sellerMemberId, expires_in: '2' });
    expect(renewed.body.refresh_token).toBeUndefined();
    expect((await list(renewed.body.access_token)).status).toBe(200);
    // The refresh token still works, also under the SDKs' camelCase key.
    expect((await oauth(s, 'getToken', { ...refresh, refreshToken: tokens.refresh_token })).status).toBe(200);
  });

  it('an expired refresh token is refused', async () => {
    const s = setup();
    s.ctx.settings.alibabaRefreshTokenSeconds = 5;
    const tokens = (await exchange(s, await authorizeCode(s, s.facts.samples.sellerMemberId))).body;
    s.ctx.clock.advance(6_000);
    const r = await oauth(s, 'getToken', {
      grant_type: 'refresh_token',
      client_id: s.facts.appKey,
      client_secret: s.facts.appSecret,
      refresh_token: tokens.refresh_token,
    });
    expect(r.body).toMatchObject({ error: 'invalid_grant', error_description: 'refresh_token is expired' });
  });
});

describe('1688 system.oauth2/postponeToken', () => {
  it('is refused before the last 30 days, then replaces the refresh token and kills the old one', async () => {
    const s = setup();
    const tokens = (await exchange(s, await authorizeCode(s, s.facts.samples.sellerMemberId))).body;
    const postpone = (refresh: string) =>
      oauth(s, 'postponeToken', {
        client_id: s.facts.appKey,
        client_secret: s.facts.appSecret,
        refresh_token: refresh,
        access_token: tokens.access_token,
      });
    const early = await postpone(tokens.refresh_token);
    expect(early.status).toBe(400);

    s.ctx.clock.advance(151 * DAY);
    const late = await postpone(tokens.refresh_token);
    expect(late.status).toBe(200);
    expect(late.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(late.body.refresh_token_timeout > tokens.refresh_token_timeout).toBe(true);
    expect((await postpone(tokens.refresh_token)).body.error).toBe('invalid_grant');
    const refreshed = await oauth(s, 'getToken', {
      grant_type: 'refresh_token',
      client_id: s.facts.appKey,
      client_secret: s.facts.appSecret,
      refresh_token: late.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
  });
});

describe('1688 token control routes', () => {
  it('revoking or expiring a member makes its token answer 401; the token list shows them', async () => {
    const s = setup();
    const member = s.facts.samples.sellerMemberId;
    const list = (token: string) => call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token });
    const t1 = (await exchange(s, await authorizeCode(s, member))).body.access_token;
    expect(await control(s.m, 'POST', `/members/${member}/revoke`, {})).toEqual({ revoked: 2 });
    expect((await list(t1)).status).toBe(401);

    const t2 = (await exchange(s, await authorizeCode(s, member))).body.access_token;
    expect(await control(s.m, 'POST', `/members/${member}/expire`, {})).toEqual({ expired: 1 });
    expect((await list(t2)).status).toBe(401);

    const issued = await control<Array<{ token: string; kind: string; revoked: boolean; expired: boolean }>>(
      s.m,
      'GET',
      `/tokens?memberId=${member}`,
    );
    expect(issued.find((t) => t.token === t1)).toMatchObject({ kind: 'access', revoked: true });
    expect(issued.find((t) => t.token === t2)).toMatchObject({ kind: 'access', expired: true });
  });
});
