import { describe, expect, it } from 'vitest';
import { completeAuthorization } from '../../utils/background/alibaba/api/oauth';
import { createRelayTokenEndpoint } from '../../utils/background/alibaba/api/token-endpoint';
import { APP_KEY, makeRelay, SECRET } from './helpers';

const TOKEN_BODY = `{"aliId":"8143260066","resource_owner":"某某店","memberId":"b2b-2379510033","expires_in":"36000","refresh_token":"c8a1b2f0-0000-4000-8000-000000000001","access_token":"f14da3b8-b0b1-4f73-a5de-9bed637e0188","refresh_token_timeout":"20240626174405000+0800"}`;
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/alibaba';

describe('/v1/oauth/*: the secret is added by the relay, the 1688 answer passes through unchanged', () => {
  it('exchanges a code', async () => {
    const r = makeRelay({}, { status: 200, body: TOKEN_BODY });
    const { installKey } = await r.pair();
    const res = await r.json('POST', '/v1/oauth/token', { code: 'C0DE-123', redirectUri: REDIRECT }, installKey);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(TOKEN_BODY);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(r.upstream).toEqual([
      {
        url: `https://gw.test/openapi/http/1/system.oauth2/getToken/${APP_KEY}`,
        form: {
          client_id: APP_KEY,
          client_secret: SECRET,
          grant_type: 'authorization_code',
          need_refresh_token: 'true',
          redirect_uri: REDIRECT,
          code: 'C0DE-123',
        },
      },
    ]);
  });

  it('refreshes and postpones', async () => {
    const r = makeRelay({}, { status: 200, body: TOKEN_BODY });
    const { installKey } = await r.pair();
    await r.json('POST', '/v1/oauth/refresh', { refreshToken: 'RT-1' }, installKey);
    await r.json('POST', '/v1/oauth/postpone', { refreshToken: 'RT-1', accessToken: 'AT-1' }, installKey);
    expect(r.upstream[0]!.form).toEqual({
      client_id: APP_KEY,
      client_secret: SECRET,
      grant_type: 'refresh_token',
      refresh_token: 'RT-1',
    });
    expect(r.upstream[1]!.url).toBe(`https://gw.test/openapi/param2/1/system.oauth2/postponeToken/${APP_KEY}`);
    expect(r.upstream[1]!.form).toEqual({
      client_id: APP_KEY,
      client_secret: SECRET,
      refresh_token: 'RT-1',
      access_token: 'AT-1',
    });
  });

  it('passes 1688 refusals through with their status', async () => {
    const refusal = '{"error":"invalid_grant","error_description":"code is expired"}';
    const r = makeRelay({}, { status: 400, body: refusal });
    const { installKey } = await r.pair();
    const res = await r.json('POST', '/v1/oauth/token', { code: 'OLD', redirectUri: REDIRECT }, installKey);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(refusal);
  });

  it('answers 502 when 1688 is unreachable', async () => {
    const r = makeRelay({}, 'down');
    const { installKey } = await r.pair();
    const res = await r.json('POST', '/v1/oauth/refresh', { refreshToken: 'RT' }, installKey);
    expect(res.status).toBe(502);
    expect((await res.json()).relay_error.code).toBe('upstreamUnavailable');
  });

  it('validates bodies', async () => {
    const r = makeRelay();
    const { installKey } = await r.pair();
    expect((await r.json('POST', '/v1/oauth/token', { code: 'C', redirectUri: 'not a url' }, installKey)).status).toBe(
      400,
    );
    expect((await r.json('POST', '/v1/oauth/postpone', { refreshToken: 'RT' }, installKey)).status).toBe(400);
    expect(r.upstream).toHaveLength(0);
  });

  it('works with the extension’s relay token endpoint and typed errors', async () => {
    const r = makeRelay({}, { status: 200, body: TOKEN_BODY });
    const { installKey } = await r.pair();
    const endpoint = createRelayTokenEndpoint({ relayUrl: 'https://relay.test', installKey, fetch: r.relayFetch });
    const tokens = await completeAuthorization({
      redirectUrl: `${REDIRECT}?code=C0DE&state=s`,
      expectedState: 's',
      redirectUri: REDIRECT,
      endpoint,
      now: () => 0,
    });
    expect(tokens).toMatchObject({
      accessToken: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
      memberId: 'b2b-2379510033',
      refreshTokenExpiresAt: Date.UTC(2024, 5, 26, 9, 44, 5),
    });

    r.setUpstream({ status: 400, body: '{"error_code":"400","error_message":"refresh token invalid"}' });
    expect(await endpoint.refresh('RT').catch((e) => e)).toMatchObject({ kind: 'tokenRejected' });
    const revoked = createRelayTokenEndpoint({
      relayUrl: 'https://relay.test',
      installKey: 'cdr_gone',
      fetch: r.relayFetch,
    });
    expect(await revoked.refresh('RT').catch((e) => e)).toMatchObject({
      kind: 'relayUnauthorized',
      fix: 'repairRelay',
    });
  });
});
