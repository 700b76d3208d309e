import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup } from './helpers';

/**
 * The catalog groups as issue 15 uses them: Rocket Growth's 50 calls/min cap with 429 and its own
 * counter, a long stock list to walk, instant-coupon requests that end with their failed options,
 * a download coupon destroyed by a failed attach, shipping-place validation.
 */

const RG = (v: string) => `/v2/providers/rg_open_api/apis/api/v1/vendors/${v}/rg/inventory/summaries`;

afterEach(() => {
  vi.useRealTimers();
});

describe('catalog groups in the sandbox', () => {
  it('Rocket Growth: 429 past 50 calls a minute, other APIs unaffected; the counter keeps the group peak apart', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { ctx, vendorA, call } = setup({ seed: 7, orders: 10 });
    ctx.settings.coupangRocketGrowthPerMinute = 50;
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push((await call(vendorA, 'GET', RG(vendorA.vendorId))).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses[50]).toBe(429);
    const places = '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?pageNum=1&pageSize=10';
    expect((await call(vendorA, 'GET', places)).status).toBe(200);
    vi.setSystemTime(Date.now() + 60_001);
    expect((await call(vendorA, 'GET', RG(vendorA.vendorId))).status).toBe(200);
    const counters = ctx.counters.snapshot()[`coupang:${vendorA.vendorId}`]!;
    // Every request that reached the gateway counts, the refused 51st too.
    expect(counters.peakPerMinuteByGroup).toEqual({ rocketGrowth: 51 });
    expect(counters.peakPerMinute).toBe(52);
    expect(counters.rateLimited).toBe(1);
  });

  it('control: a Rocket Growth product with many options, walked 50 at a time with nextToken', async () => {
    const { vendorA, call, control } = setup({ seed: 7, orders: 10 });
    const before = (await control('GET', `/catalog?vendorId=${vendorA.vendorId}`)).json.rocketGrowthItems as number;
    expect((await control('POST', '/rocket-growth/stock', { vendorId: vendorA.vendorId, options: 120 })).status).toBe(
      201,
    );
    expect((await control('GET', `/catalog?vendorId=${vendorA.vendorId}`)).json.rocketGrowthItems).toBe(before + 120);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await call(vendorA, 'GET', `${RG(vendorA.vendorId)}${token ? `?nextToken=${token}` : ''}`);
      const body = r.json as { data: Array<{ vendorItemId: unknown; salesCountMap: unknown }>; nextToken?: string };
      expect(body.data.length).toBeLessThanOrEqual(50);
      for (const i of body.data) seen.push(String(i.vendorItemId));
      token = body.nextToken;
      pages++;
    } while (token);
    expect(new Set(seen).size).toBe(before + 120);
    expect(pages).toBe(Math.ceil((before + 120) / 50));
    expect((await control('POST', '/rocket-growth/stock', { vendorId: vendorA.vendorId, options: 0 })).status).toBe(
      400,
    );
  });

  it('instant coupon: the request is REQUESTED, then DONE with each failed option and its reason', async () => {
    const { ctx, vendorA, call, control } = setup({ seed: 7, orders: 10 });
    const state = (await control('GET', `/catalog?vendorId=${vendorA.vendorId}`)).json;
    const coupon = state.instantCoupons.find((c: { status: string }) => c.status === 'STANDBY');
    const taken = new Set(state.instantCoupons.flatMap((c: { vendorItemIds: string[] }) => c.vendorItemIds));
    const free = state.liveItems.find((id: string) => !taken.has(id));
    const base = `/v2/providers/fms/apis/api/v1/vendors/${vendorA.vendorId}`;
    const r = await call(vendorA, 'POST', `${base}/coupons/${coupon.couponId}/items`, {
      vendorItems: [Number(free), 1],
    });
    const requestedId = (r.json as { data: { content: { requestedId: string } } }).data.content.requestedId;
    const look = async () =>
      (
        (await call(vendorA, 'GET', `${base}/requested/${requestedId}`)).json as {
          data: { content: Record<string, unknown> };
        }
      ).data.content;
    expect(await look()).toMatchObject({ status: 'REQUESTED', failedVendorItems: [] });
    ctx.clock.advance(1_500);
    expect(await look()).toMatchObject({
      status: 'DONE',
      total: 2,
      succeeded: 1,
      failed: 1,
      failedVendorItems: [{ vendorItemId: 1, reason: expect.stringContaining('유효하지 않은') }],
    });
  });

  it('download coupon: a failed attach destroys it, and it can take no items after', async () => {
    const { vendorA, call, control } = setup({ seed: 7, orders: 10 });
    const state = (await control('GET', `/catalog?vendorId=${vendorA.vendorId}`)).json;
    const coupon = state.downloadCoupons[0];
    const target = '/v2/providers/marketplace_openapi/apis/api/v1/coupon-items';
    const attach = (ids: number[]) =>
      call(vendorA, 'PUT', target, {
        couponItems: [{ couponId: Number(coupon.couponId), userId: state.wingUserId, vendorItemIds: ids }],
      });
    const failed = await attach([1]);
    expect(failed.json).toEqual([
      expect.objectContaining({ requestResultStatus: 'FAIL', errorCode: 'INVALID_VENDOR_ITEM' }),
    ]);
    expect((await control('GET', `/catalog?vendorId=${vendorA.vendorId}`)).json.downloadCoupons[0].status).toBe(
      'DELETED',
    );
    const after = await attach([Number(state.liveItems[0])]);
    expect(after.json).toEqual([
      expect.objectContaining({ requestResultStatus: 'FAIL', errorMessage: '삭제된 프로모션 입니다.' }),
    ]);
  });

  it('shipping places: a bad zip, a road-name address without its lot-number one, a duplicate name are refused', async () => {
    const { vendorA, call } = setup({ seed: 7, orders: 10 });
    const target = `/v2/providers/openapi/apis/api/v5/vendors/${vendorA.vendorId}/outboundShippingCenters`;
    const address = {
      addressType: 'JIBUN',
      countryCode: 'KR',
      companyContactNumber: '02-123-4567',
      returnZipCode: '12345',
      returnAddress: '서울 어딘가 1',
      returnAddressDetail: '1층',
    };
    const body = (name: string, addresses: unknown[]) => ({
      vendorId: vendorA.vendorId,
      userId: 'u',
      shippingPlaceName: name,
      usable: true,
      global: false,
      placeAddresses: addresses,
      remoteInfos: [],
    });
    const msg = async (b: unknown) => (await call(vendorA, 'POST', target, b)).json as { message?: string };
    expect((await msg(body('A', [{ ...address, returnZipCode: '123' }]))).message).toContain('5-6 digits');
    expect((await msg(body('A', [{ ...address, addressType: 'ROADNAME' }]))).message).toContain('JIBUN');
    const ok = await call(vendorA, 'POST', target, body('새 출고지', [address]));
    expect(ok.status).toBe(200);
    expect((await msg(body('새 출고지', [address]))).message).toBe('이미 사용중인 출고지명입니다.');
  });
});
