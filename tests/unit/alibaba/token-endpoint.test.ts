import { describe, expect, it } from 'vitest';
import { isAlibabaApiError } from '../../../utils/background/alibaba/api/errors';
import {
  createDirectTokenEndpoint,
  createRelayTokenEndpoint,
} from '../../../utils/background/alibaba/api/token-endpoint';

const TOKEN_BODY = `{"aliId":"8143260066","resource_owner":"某某店","memberId":"b2b-2379510033","expires_in":"36000","refresh_token":"c8a1b2f0-0000-4000-8000-000000000001","access_token":"f14da3b8-b0b1-4f73-a5de-9bed637e0188","refresh_token_timeout":"20240626174405000+0800"}`;

function recorder(reply: { status: number; body: string }) {
  const calls: { url: string; form: Record<string, string>; headers: Headers }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: String(input),
      form: Object.fromEntries(new URLSearchParams(String(init?.body ?? ''))),
      headers: new Headers(init?.headers),
    });
    return new Response(reply.body, { status: reply.status });
  }) as typeof fetch;
  return { fetchFn, calls };
}

const app = { gatewayBaseUrl: 'https://gw.test/', appKey: '1000000', appSecret: 'S3CRET' };

describe('own-app token endpoint (direct to 1688)', () => {
  it('exchanges a code at openapi/http/1/system.oauth2/getToken with the documented form', async () => {
    const { fetchFn, calls } = recorder({ status: 200, body: TOKEN_BODY });
    const r = await createDirectTokenEndpoint({ ...app, fetch: fetchFn }).exchangeCode(
      'C0DE',
      'https://x.chromiumapp.org/',
    );
    expect(calls[0]!.url).toBe('https://gw.test/openapi/http/1/system.oauth2/getToken/1000000');
    expect(calls[0]!.form).toEqual({
      grant_type: 'authorization_code',
      need_refresh_token: 'true',
      client_id: '1000000',
      client_secret: 'S3CRET',
      redirect_uri: 'https://x.chromiumapp.org/',
      code: 'C0DE',
    });
    expect(calls[0]!.form._aop_signature).toBeUndefined();
    expect(r.expires_in).toBe(36000);
    expect(r.refresh_token_timeout).toBe(Date.UTC(2024, 5, 26, 9, 44, 5));
    expect(r.memberId).toBe('b2b-2379510033');
    expect(r.aliId).toBe('8143260066');
    expect(r.resource_owner).toBe('某某店');
  });

  it('refreshes with grant_type=refresh_token and postpones at postponeToken', async () => {
    const { fetchFn, calls } = recorder({ status: 200, body: TOKEN_BODY });
    const ep = createDirectTokenEndpoint({ ...app, fetch: fetchFn });
    await ep.refresh('RT');
    await ep.postpone('RT', 'AT');
    expect(calls[0]!.form).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'RT', client_secret: 'S3CRET' });
    expect(calls[1]!.url).toBe('https://gw.test/openapi/param2/1/system.oauth2/postponeToken/1000000');
    expect(calls[1]!.form).toEqual({
      client_id: '1000000',
      client_secret: 'S3CRET',
      refresh_token: 'RT',
      access_token: 'AT',
    });
  });

  it('maps refusals to tokenRejected and outages to retryable errors', async () => {
    const expired = recorder({ status: 400, body: '{"error":"invalid_grant","error_description":"code expired"}' });
    const err = await createDirectTokenEndpoint({ ...app, fetch: expired.fetchFn })
      .exchangeCode('OLD', 'x')
      .catch((e) => e);
    expect(isAlibabaApiError(err, 'tokenRejected')).toBe(true);
    expect(err.code).toBe('invalid_grant');
    expect(err.route).toBe('oauth.exchange');
    expect(err.message).not.toContain('OLD');
    expect(err.message).not.toContain('S3CRET');

    const down = recorder({ status: 503, body: 'upstream down' });
    const e2 = await createDirectTokenEndpoint({ ...app, fetch: down.fetchFn })
      .refresh('RT')
      .catch((e) => e);
    expect(e2.kind).toBe('server');
    expect(e2.retryable).toBe(true);

    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const e3 = await createDirectTokenEndpoint({ ...app, fetch: offline })
      .refresh('RT')
      .catch((e) => e);
    expect(e3.kind).toBe('network');
  });
});

describe('relay token endpoint', () => {
  it('posts JSON with the installation key and reads the passed-through 1688 body', async () => {
    const calls: { url: string; body: unknown; auth: string | null }[] = [];
    const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({
        url: String(input),
        body: JSON.parse(String(init?.body)),
        auth: new Headers(init?.headers).get('authorization'),
      });
      return new Response(TOKEN_BODY, { status: 200 });
    }) as typeof fetch;
    const ep = createRelayTokenEndpoint({ relayUrl: 'https://relay.test/', installKey: 'cdr_KEY', fetch: fetchFn });
    const r = await ep.exchangeCode('C0DE', 'https://x.chromiumapp.org/');
    await ep.refresh('RT');
    await ep.postpone('RT', 'AT');
    expect(r.access_token).toBe('f14da3b8-b0b1-4f73-a5de-9bed637e0188');
    expect(calls.map((c) => c.url)).toEqual([
      'https://relay.test/v1/oauth/token',
      'https://relay.test/v1/oauth/refresh',
      'https://relay.test/v1/oauth/postpone',
    ]);
    expect(calls[0]!.body).toEqual({ code: 'C0DE', redirectUri: 'https://x.chromiumapp.org/' });
    expect(calls[2]!.body).toEqual({ refreshToken: 'RT', accessToken: 'AT' });
    expect(calls.every((c) => c.auth === 'Bearer cdr_KEY')).toBe(true);
  });

  it('maps the relay’s own refusals', async () => {
    const reply = (status: number) =>
      (async () => new Response(`{"relay_error":{"code":"x","message":"m"}}`, { status })) as unknown as typeof fetch;
    const ep = (status: number) =>
      createRelayTokenEndpoint({ relayUrl: 'https://r', installKey: 'k', fetch: reply(status) });
    expect(
      (
        await ep(401)
          .refresh('RT')
          .catch((e) => e)
      ).kind,
    ).toBe('relayUnauthorized');
    expect(
      (
        await ep(429)
          .refresh('RT')
          .catch((e) => e)
      ).kind,
    ).toBe('relayRateLimited');
    expect(
      (
        await ep(502)
          .refresh('RT')
          .catch((e) => e)
      ).kind,
    ).toBe('relayUnavailable');
    expect(
      (
        await ep(400)
          .refresh('RT')
          .catch((e) => e)
      ).kind,
    ).toBe('relayRejected');
  });
});
