import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ceaAuthorization } from '../../../sandbox/coupang/auth/signature';
import { kstDay, setup, V5 } from './helpers';

/** Over a real socket: the caller IP comes from the connection and the raw request target is signed. */
describe('Coupang gateway on a real HTTP server', () => {
  const env = setup();
  let server: ReturnType<typeof serve>;
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: env.module.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        port = info.port;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(vendor: typeof env.vendorA, target: string, signed = target, headers: Record<string, string> = {}) {
    const q = signed.indexOf('?');
    const authorization = ceaAuthorization({
      ...vendor,
      method: 'GET',
      path: q < 0 ? signed : signed.slice(0, q),
      rawQuery: q < 0 ? '' : signed.slice(q + 1),
    });
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: target, headers: { authorization, ...headers } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });
  }

  const list = (vendorId: string) =>
    `${V5}/${vendorId}/ordersheets?createdAtFrom=${kstDay(env.ctx, 3)}%2B09:00&createdAtTo=${kstDay(env.ctx)}%2B09:00&status=ACCEPT`;

  it('checks the signature against the query bytes as sent', async () => {
    const target = `${list(env.vendorA.vendorId)}&marker=a%7Eb`;
    expect((await get(env.vendorA, target)).status).toBe(200);
    // A client that signed "~" but sent "%7E" (or the reverse) gets Invalid signature.
    const mismatch = await get(env.vendorA, target, target.replace('%7E', '~'));
    expect(mismatch.status).toBe(401);
    expect(JSON.parse(mismatch.body).message).toBe('Invalid signature.');
  });

  it('takes the caller IP from the socket, not from a header', async () => {
    const denied = await get(env.vendorB, list(env.vendorB.vendorId), undefined, {
      'x-sandbox-client-ip': '203.0.113.45',
    });
    expect(denied.status).toBe(403);
    expect(JSON.parse(denied.body).message).toBe('Not allowed IP: 127.0.0.1');
  });
  it('appliedThenDrop cuts the connection after the first bytes of the answer', async () => {
    env.ctx.faults.add({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'appliedThenDrop', times: 1 });
    const target = list(env.vendorA.vendorId);
    const q = target.indexOf('?');
    const authorization = ceaAuthorization({
      ...env.vendorA,
      method: 'GET',
      path: target.slice(0, q),
      rawQuery: target.slice(q + 1),
    });
    const res = await fetch(`http://127.0.0.1:${port}${target}`, { headers: { authorization } });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect((await get(env.vendorA, target)).status).toBe(200);
  });
});
