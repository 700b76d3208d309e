import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ordersheetsTarget, setup } from './helpers';

// The gateway throttles on real time (Date.now). A frozen clock makes each burst arrive "at once"
// however loaded the machine is, and moving it forward replaces a sleep.
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('throttling', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers 429 past the per-second limit, blocks the vendor for coupangBlockMs, then recovers', async () => {
    const { ctx, vendorA, vendorC, call } = setup();
    ctx.settings.coupangRatePerSecond = 5;
    ctx.settings.coupangBlockMs = 300;
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(vendorA, 'GET', target)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const blocked = await call(vendorA, 'GET', target);
    expect(blocked.status).toBe(429);
    expect(blocked.json).toMatchObject({ code: 'ERROR', message: 'Too Many Requests' });
    // Throttling is per vendor: C is unaffected.
    expect((await call(vendorC, 'GET', ordersheetsTarget(ctx, vendorC.vendorId, 'ACCEPT'))).status).toBe(200);
    advance(350);
    expect((await call(vendorA, 'GET', target)).status).toBe(200);

    const counters = ctx.counters.snapshot()['coupang:A00012345'];
    expect(counters.requests).toBe(9);
    expect(counters.rateLimited).toBe(3);
    expect(counters.peakPerSecond).toBeGreaterThanOrEqual(8);
    expect(Object.keys(counters.byRoute)).toContain(
      'GET /v2/providers/openapi/apis/api/v5/vendors/{vendorId}/ordersheets',
    );
  });

  it('warns in X-CAG-Warnings near the threshold', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.settings.coupangRatePerSecond = 10;
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    const headers: Array<string | null> = [];
    for (let i = 0; i < 9; i++) headers.push((await call(vendorA, 'GET', target)).headers.get('x-cag-warnings'));
    expect(headers.slice(0, 8).every((h) => h === null)).toBe(true);
    expect(headers[8]).toContain('90%');
  });

  it('applies the lower per-minute limit to Rocket Growth APIs only', async () => {
    const { ctx, vendorA, call } = setup();
    ctx.settings.coupangRocketGrowthPerMinute = 3;
    const rg = `/v2/providers/rg_open_api/apis/api/v1/vendors/${vendorA.vendorId}/rg/inventory/summaries`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(vendorA, 'GET', rg)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT'))).status).toBe(200);
  });

  it('clears blocks on reset', async () => {
    const { ctx, module, vendorA, call } = setup();
    ctx.settings.coupangRatePerSecond = 1;
    ctx.settings.coupangBlockMs = 60_000;
    const target = ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT');
    await call(vendorA, 'GET', target);
    expect((await call(vendorA, 'GET', target)).status).toBe(429);
    module.reset({ seed: 7, orders: 50 });
    expect((await call(vendorA, 'GET', target)).status).toBe(200);
  });
});
