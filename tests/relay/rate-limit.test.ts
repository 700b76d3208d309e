import { describe, expect, it } from 'vitest';
import { makeRelay } from './helpers';

const BODY = { urlPath: 'param2/1/com.alibaba.product/alibaba.product.get/1000000', params: { access_token: 'a' } };

describe('per-installation rate limit', () => {
  it('allows 20 requests per second per installation, then 429 with Retry-After', async () => {
    const r = makeRelay();
    const a = await r.pair('A');
    const b = await r.pair('B');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await r.json('POST', '/v1/sign', BODY, a.installKey)).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const limited = await r.json('POST', '/v1/sign', BODY, a.installKey);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await limited.json()).relay_error.code).toBe('rateLimited');

    // another installation has its own budget
    expect((await r.json('POST', '/v1/sign', BODY, b.installKey)).status).toBe(200);
    // and the first one recovers with time
    r.advance(1000);
    expect((await r.json('POST', '/v1/sign', BODY, a.installKey)).status).toBe(200);
  });

  it('uses the configured rate', async () => {
    const r = makeRelay({ rateLimitPerSecond: 2 });
    const { installKey } = await r.pair();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await r.json('POST', '/v1/sign', BODY, installKey)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
