import { describe, expect, it } from 'vitest';
import { parseWireJson } from '../../../sandbox/core/json';
import { ordersheetsTarget, setup, V4, V5 } from './helpers';

describe('fault injection on the Coupang gateway', () => {
  it('latency delays, then answers normally', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.faults.add({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'latency', ms: 120 });
    const started = Date.now();
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('timeout hangs, then answers the documented 504', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.faults.add({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'timeout', ms: 50 });
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'));
    expect(res.status).toBe(504);
    expect(res.json).toMatchObject({
      code: 'ERROR',
      message: 'Request timed out, if the situation continues consider applying timeout extension.',
    });
  });

  it('error5xx answers Coupang-shaped server errors (and Akamai HTML for 403)', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.faults.add({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'error5xx', times: 1 });
    const res500 = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'));
    expect(res500.status).toBe(500);
    expect(res500.json.message).toContain('Timeout waiting for connection from pool');
    ctx.faults.add({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'error5xx', status: 403, times: 1 });
    const res403 = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'));
    expect(res403.status).toBe(403);
    expect(res403.text).toContain('Access Denied');
    expect(res403.headers.get('date')).toBeTruthy();
    expect((await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'))).status).toBe(200);
  });

  it('appliedThenError applies the write, then answers an error that does not say so', async () => {
    const { ctx, vendorA, call, control } = setup();
    const created = await control('POST', '/orders', { vendorId: vendorA.vendorId });
    const box = created.json.shipmentBoxId as string;
    ctx.faults.add({ market: 'coupang', pathPattern: '/acknowledgement$', kind: 'appliedThenError', times: 1 });
    const res = await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(box)],
    });
    expect(res.status).toBe(504);
    expect(res.json.message).toContain('Request timed out');
    // …and yet Coupang acknowledged it.
    expect((await control('GET', `/orders/${box}`)).json.status).toBe('INSTRUCT');

    ctx.faults.add({ market: 'coupang', pathPattern: '/acknowledgement$', kind: 'appliedThenError', status: 500 });
    const next = (await control('POST', '/orders', { vendorId: vendorA.vendorId })).json.shipmentBoxId as string;
    const res500 = await call(vendorA, 'PUT', `${V4}/${vendorA.vendorId}/ordersheets/acknowledgement`, {
      vendorId: vendorA.vendorId,
      shipmentBoxIds: [BigInt(next)],
    });
    expect(res500.status).toBe(500);
    expect((await control('GET', `/orders/${next}`)).json.status).toBe('INSTRUCT');
  });

  it('rateLimit answers 429 without touching the real limiter', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.faults.add({ market: 'coupang', pathPattern: '.*', kind: 'rateLimit', times: 2 });
    expect((await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'))).status).toBe(429);
    expect((await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'))).json.message).toBe(
      'Too Many Requests',
    );
    expect((await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'))).status).toBe(200);
    // Faulted requests still went through the gateway: they count towards the vendor's rate.
    expect(ctx.counters.snapshot()['coupang:A00012345'].requests).toBe(3);
  });

  it('rateLimit can skip the first matches and name a Retry-After: one 429 in the middle of a walk', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.faults.add({
      market: 'coupang',
      pathPattern: '/ordersheets$',
      kind: 'rateLimit',
      skip: 2,
      times: 1,
      retryAfterSeconds: 2,
    });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'));
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 429, 200]);
    expect(retryAfter).toBe('2');
    expect(ctx.faults.list()[0]).toMatchObject({ skipped: 2, fired: 1 });
  });

  it('malformedJson cuts the body', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.faults.add({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'malformedJson' });
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'FINAL_DELIVERY', '', 20));
    expect(res.status).toBe(200);
    expect(() => parseWireJson(res.text)).toThrow();
  });

  it('extraFields and missingFields keep big ids exact', async () => {
    const { ctx, facts, vendorA, call } = setup();
    const path = `${V5}/${vendorA.vendorId}/ordersheets/${facts.samples.shipmentBoxId}`;
    const fault = ctx.faults.add({
      market: 'coupang',
      pathPattern: '/ordersheets/\\d+$',
      kind: 'extraFields',
      field: 'data.orderItems.*',
    });
    const extra = await call(vendorA, 'GET', path);
    expect(extra.json.data.orderItems[0].sandboxUnexpectedField).toBeDefined();
    expect(extra.text).toContain(`"shipmentBoxId":${facts.samples.shipmentBoxId}`);
    ctx.faults.clear(fault.id);
    ctx.faults.add({
      market: 'coupang',
      pathPattern: '/ordersheets/\\d+$',
      kind: 'missingFields',
      field: 'data.receiver',
    });
    const missing = await call(vendorA, 'GET', path);
    expect(missing.json.data.receiver).toBeUndefined();
    expect(missing.json.data.shipmentBoxId).toBe(BigInt(facts.samples.shipmentBoxId));
  });
});
