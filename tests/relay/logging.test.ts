import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN_TOKEN, makeRelay, PAIRING_CODE, SECRET } from './helpers';

const VALUES = {
  accessToken: 'AT-5f1d-secret-access',
  refreshToken: 'RT-77aa-secret-refresh',
  code: 'CODE-one-time-0042',
  redirectUri: 'https://abcdefghijklmnop.chromiumapp.org/logcheck',
  orderId: '3458291374628192837',
  recipient: '张三丰',
  phone: '15251667788',
  installationName: 'Private laptop of Kim',
};
const TOKEN_BODY = JSON.stringify({
  access_token: VALUES.accessToken,
  refresh_token: VALUES.refreshToken,
  expires_in: '36000',
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('log redaction', () => {
  it('logs method, route, status, installation prefix and timing — and no value of any request', async () => {
    const consoleLines: string[] = [];
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        consoleLines.push(args.map(String).join(' '));
      });
    }
    const r = makeRelay({}, { status: 200, body: TOKEN_BODY });
    const pairRes = await r.json('POST', '/v1/pair', {
      pairingCode: PAIRING_CODE,
      installationName: VALUES.installationName,
    });
    const { installKey, installationId } = await pairRes.json();
    await r.json('POST', '/v1/pair', { pairingCode: 'wrong-code-123', installationName: VALUES.installationName });
    const k = installKey as string;

    await r.json('POST', '/v1/oauth/token', { code: VALUES.code, redirectUri: VALUES.redirectUri }, k);
    await r.json('POST', '/v1/oauth/refresh', { refreshToken: VALUES.refreshToken }, k);
    await r.json(
      'POST',
      '/v1/oauth/postpone',
      { refreshToken: VALUES.refreshToken, accessToken: VALUES.accessToken },
      k,
    );
    const params = {
      access_token: VALUES.accessToken,
      orderId: VALUES.orderId,
      addressParam: JSON.stringify({ fullName: VALUES.recipient, mobile: VALUES.phone }),
    };
    await r.json(
      'POST',
      '/v1/sign',
      { urlPath: 'param2/1/com.alibaba.trade/alibaba.createOrder.preview/1000000', params },
      k,
    );
    await r.json('POST', '/v1/sign', { urlPath: 'param2/1/x/y/999', params }, k); // refused
    await r.json('POST', '/v1/oauth/refresh', { refreshToken: VALUES.refreshToken }, `cdr_${VALUES.accessToken}`); // bad key
    await r.json('POST', '/v1/oauth/token', `{"code":"${VALUES.code}"`, k); // broken JSON
    await r.json('GET', `/v1/nothing/${VALUES.orderId}?token=${VALUES.accessToken}`);
    await r.json('GET', '/v1/admin/installations', undefined, ADMIN_TOKEN);
    await r.json('DELETE', `/v1/admin/installations/${installationId}`, undefined, ADMIN_TOKEN);
    r.setUpstream('down');
    const k2 = (await r.pair()).installKey;
    await r.json('POST', '/v1/oauth/refresh', { refreshToken: VALUES.refreshToken }, k2);

    expect(r.logs.length).toBeGreaterThanOrEqual(13);
    const everything = JSON.stringify(r.logs) + consoleLines.join('\n');
    for (const secret of [...Object.values(VALUES), SECRET, PAIRING_CODE, ADMIN_TOKEN, k, k2, 'wrong-code-123']) {
      expect(everything).not.toContain(secret);
    }
    for (const entry of r.logs) {
      expect(Object.keys(entry).sort()).toEqual(
        entry.installation ? ['installation', 'method', 'ms', 'route', 'status'] : ['method', 'ms', 'route', 'status'],
      );
    }
    expect(r.logs.find((e) => e.route === '/v1/sign' && e.status === 200)).toMatchObject({
      method: 'POST',
      installation: installationId,
    });
    expect(r.logs.find((e) => e.status === 404 && e.method === 'GET')?.route).toBe('(unmatched)');
    expect(r.logs.some((e) => e.route === '/v1/admin/installations/:id')).toBe(true);
  });
});
