import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeRelay } from './helpers';

const PROTECTED: [string, string, unknown][] = [
  ['POST', '/v1/sign', { urlPath: 'param2/1/a/b/1000000', params: { access_token: 'x' } }],
  ['POST', '/v1/oauth/token', { code: 'c', redirectUri: 'https://x.chromiumapp.org/' }],
  ['POST', '/v1/oauth/refresh', { refreshToken: 'r' }],
  ['POST', '/v1/oauth/postpone', { refreshToken: 'r', accessToken: 'a' }],
  ['DELETE', '/v1/installation', undefined],
];

describe('installation authentication', () => {
  it.each(PROTECTED)('%s %s needs a paired key', async (method, path, body) => {
    const r = makeRelay();
    expect((await r.json(method, path, body)).status).toBe(401);
    const wrong = await r.json(method, path, body, 'cdr_not-a-real-key');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).relay_error.code).toBe('unauthorized');
    expect(r.upstream).toHaveLength(0);
  });

  it('lets the extension revoke its own key on disconnect', async () => {
    const r = makeRelay();
    const { installKey } = await r.pair();
    expect((await r.json('DELETE', '/v1/installation', undefined, installKey)).status).toBe(204);
    expect((await r.json('POST', '/v1/oauth/refresh', { refreshToken: 'r' }, installKey)).status).toBe(401);
  });
});

describe('operator revocation', () => {
  it('lists and revokes installations with the admin token', async () => {
    const r = makeRelay();
    const a = await r.pair('A');
    const b = await r.pair('B');
    const list = await r.json('GET', '/v1/admin/installations', undefined, ADMIN_TOKEN);
    expect(list.status).toBe(200);
    const { installations } = await list.json();
    expect(installations.map((i: { name: string }) => i.name).sort()).toEqual(['A', 'B']);
    expect(JSON.stringify(installations)).not.toMatch(/keyHash|cdr_/);

    expect((await r.json('DELETE', `/v1/admin/installations/${a.installationId}`, undefined, ADMIN_TOKEN)).status).toBe(
      204,
    );
    expect((await r.json('POST', '/v1/oauth/refresh', { refreshToken: 'r' }, a.installKey)).status).toBe(401);
    // the other installation is untouched
    expect((await r.json('POST', '/v1/oauth/refresh', { refreshToken: 'r' }, b.installKey)).status).toBe(200);
    expect((await r.json('DELETE', `/v1/admin/installations/${a.installationId}`, undefined, ADMIN_TOKEN)).status).toBe(
      404,
    );
  });

  it('refuses installation keys and wrong tokens on the admin API, and hides it when unconfigured', async () => {
    const r = makeRelay();
    const { installKey } = await r.pair();
    expect((await r.json('GET', '/v1/admin/installations', undefined, installKey)).status).toBe(401);
    expect((await r.json('GET', '/v1/admin/installations')).status).toBe(401);
    const off = makeRelay({ adminToken: undefined });
    expect((await off.json('GET', '/v1/admin/installations', undefined, ADMIN_TOKEN)).status).toBe(404);
  });
});
