import { describe, expect, it } from 'vitest';
import { ceaAuthorization, formatSignedDate } from '../../../sandbox/coupang/auth/signature';
import { ordersheetsTarget, setup, V4 } from './helpers';

const MINUTE = 60_000;

describe('gateway authentication', () => {
  it('accepts a correctly signed request and sends an RFC 1123 Date from gateway time', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.clock.skewMs = 42 * MINUTE;
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'), undefined, {
      atMs: Date.now() + 42 * MINUTE,
    });
    expect(res.status).toBe(200);
    const date = res.headers.get('date');
    expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Math.abs(Date.parse(date!) - (Date.now() + 42 * MINUTE))).toBeLessThan(5000);
  });

  it('rejects a wrong secret with 401 Invalid signature.', async () => {
    const { ctx, vendorA, call } = setup();
    const res = await call(
      { ...vendorA, secretKey: 'not-the-secret' },
      'GET',
      ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'),
    );
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: 'ERROR', message: 'Invalid signature.' });
    expect(res.json.transactionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.counters.snapshot()['coupang:A00012345'].signatureFailures).toBe(1);
  });

  it('verifies against the query exactly as sent (re-encoding breaks the signature)', async () => {
    const { ctx, module, vendorA } = setup();
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    const [path, query] = target.split('?');
    // Signed with a decoded "+", sent with %2B: the gateway must not be lenient about it.
    const authorization = ceaAuthorization({ ...vendorA, method: 'GET', path, rawQuery: query.replaceAll('%2B', '+') });
    const res = await module.app.request(`http://x${target}`, { headers: { authorization } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Invalid signature.' });
  });

  it('signs method and path: a signature for GET does not authorize PUT', async () => {
    const { module, vendorA } = setup();
    const path = `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`;
    const authorization = ceaAuthorization({ ...vendorA, method: 'GET', path });
    const res = await module.app.request(`http://x${path}`, { method: 'PUT', headers: { authorization }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it.each([
    ['6 minutes behind', -6 * MINUTE],
    ['6 minutes ahead', 6 * MINUTE],
  ])('rejects a signed-date %s the gateway clock as expired', async (_label, offset) => {
    const { ctx, vendorA, call } = setup();
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'), undefined, {
      atMs: Date.now() + offset,
    });
    expect(res.status).toBe(401);
    expect(res.json.message).toBe('Specified signature is expired.');
  });

  it('accepts up to 4 minutes of skew and follows ctx.clock.skewMs', async () => {
    const { ctx, vendorA, call } = setup();
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    expect((await call(vendorA, 'GET', target, undefined, { atMs: Date.now() - 4 * MINUTE })).status).toBe(200);
    // The seller's PC clock is right but the gateway's is 10 minutes off: expired.
    ctx.clock.skewMs = 10 * MINUTE;
    expect((await call(vendorA, 'GET', target)).json.message).toBe('Specified signature is expired.');
  });

  it('rejects a malformed header with 401 HMAC format is invalid.', async () => {
    const { ctx, vendorA, call } = setup();
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    for (const authorization of [
      `CEA algorithm=HmacSHA256,access-key=${vendorA.accessKey},signed-date=${formatSignedDate(Date.now())},signature=ab`,
      `CEA access-key=${vendorA.accessKey}`,
      `CEA algorithm=HmacSHA256, access-key=${vendorA.accessKey}, signed-date=2025-01-15T01:02:03Z, signature=ab`,
    ]) {
      const res = await call(vendorA, 'GET', target, undefined, { authorization });
      expect(res.status).toBe(401);
      expect(res.json.message).toBe('HMAC format is invalid.');
    }
  });

  it('rejects a missing or non-CEA header with 401 Request is not authorized.', async () => {
    const { ctx, vendorA, call } = setup();
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    for (const authorization of [null, 'Bearer abc']) {
      const res = await call(vendorA, 'GET', target, undefined, { authorization });
      expect(res.status).toBe(401);
      expect(res.json.message).toBe('Request is not authorized.');
      expect(res.json.messages.english).toContain('Unauthorized request is denied');
    }
    expect(ctx.counters.snapshot()['coupang:anonymous'].authFailures).toBe(2);
  });

  it('rejects an unknown access key with the gateway "Unknown error occurred" error', async () => {
    const { ctx, vendorA, call } = setup();
    const res = await call(
      { ...vendorA, accessKey: '00000000-0000-0000-0000-000000000000' },
      'GET',
      ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'),
    );
    expect(res.status).toBe(401);
    expect(res.json.message).toBe('Unknown error occurred, please contact api-gateway channel for the details.');
  });

  it('rejects a vendorId in the path that is not the key’s (400)', async () => {
    const { ctx, vendorA, vendorC, call } = setup();
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorC.vendorId, 'ACCEPT'));
    expect(res.status).toBe(400);
    expect(res.json.message).toBe("The vendorId in path or requestBody doesn't match the one got from api-gateway.");
    const malformed = await call(vendorA, 'GET', ordersheetsTarget(ctx, 'XYZ', 'ACCEPT'));
    expect(malformed.status).toBe(400);
    expect(malformed.json.message).toBe('Invalid vendor ID');
  });

  it('rejects a vendorId in the body that is not the key’s (400)', async () => {
    const { vendorA, vendorC, call } = setup();
    const res = await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorC.vendorId,
      shipmentBoxIds: [1],
    });
    expect(res.status).toBe(400);
    expect(res.json.message).toContain("doesn't match the one got from api-gateway");
  });

  it('answers 403 Not allowed IP for a vendor whose allowlist lacks the caller', async () => {
    const { ctx, vendorA, vendorB, call } = setup();
    const res = await call(vendorB, 'GET', ordersheetsTarget(ctx, vendorB.vendorId, 'ACCEPT'));
    expect(res.status).toBe(403);
    expect(res.json.message).toBe('Not allowed IP: 127.0.0.1');
    // Vendor A allows the loopback in every spelling, but not other addresses.
    for (const ip of ['::1', '::ffff:127.0.0.1'])
      expect(
        (await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'), undefined, { ip })).status,
      ).toBe(200);
    const far = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'), undefined, {
      ip: '198.51.100.7',
    });
    expect(far.json.message).toContain('Not allowed IP');
    // B's registered office IP is accepted.
    expect(
      (
        await call(vendorB, 'GET', ordersheetsTarget(ctx, vendorB.vendorId, 'ACCEPT'), undefined, {
          ip: '203.0.113.45',
        })
      ).status,
    ).toBe(200);
  });

  it('lets the control API change an allowlist', async () => {
    const { ctx, vendorB, call, control, module } = setup();
    const put = await control('PUT', `/vendors/${vendorB.vendorId}/allowlist`, { allowsLocalIp: true });
    expect(put.json.allowsLocalIp).toBe(true);
    expect(module.describe().vendors[1].allowsLocalIp).toBe(true);
    expect((await call(vendorB, 'GET', ordersheetsTarget(ctx, vendorB.vendorId, 'ACCEPT'))).status).toBe(200);
    await control('PUT', `/vendors/${vendorB.vendorId}/allowlist`, { ips: ['203.0.113.99'] });
    expect((await call(vendorB, 'GET', ordersheetsTarget(ctx, vendorB.vendorId, 'ACCEPT'))).status).toBe(403);
  });

  it('answers unknown paths with 404 after authentication', async () => {
    const { vendorA, call } = setup();
    expect((await call(vendorA, 'GET', '/v2/providers/openapi/apis/api/v9/nothing')).status).toBe(404);
  });
});
