import { describe, expect, it } from 'vitest';
import { call, control, PRODUCT, setup, TRADE, tokenFor } from './helpers';

describe('1688 gateway errors', () => {
  it('gw.APIACLDecline for an API outside the app grant, after the token check', async () => {
    const s = setup();
    const app = { appKey: s.facts.restrictedApp.appKey, appSecret: s.facts.restrictedApp.appSecret };
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId, app.appKey);
    const denied = await call(s, {
      ...app,
      namespace: PRODUCT,
      api: 'alibaba.product.get',
      token,
      params: { productID: s.facts.samples.ownOfferId, webSite: '1688' },
    });
    expect(denied.status).toBe(400);
    expect(denied.body).toMatchObject({ error_code: 'gw.APIACLDecline', error_message: 'AppKey is not allowed(acl)' });
    const granted = await call(s, { ...app, namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token });
    expect(granted.status).toBe(200);
    // Token before ACL: a bad token on a forbidden API is still a 401.
    const noToken = await call(s, { ...app, namespace: PRODUCT, api: 'alibaba.product.get', token: 'bogus' });
    expect(noToken.status).toBe(401);
  });

  it('gw.ParamMissing / gw.ParamTypeError for required or malformed business parameters', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const missing = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.get.sellerView',
      token,
      params: { webSite: '1688' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error_code: 'gw.ParamMissing', error_message: 'Required argument orderId' });
    const typed = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.get.sellerView',
      token,
      params: { webSite: '1688', orderId: 'abc' },
    });
    expect(typed.body.error_code).toBe('gw.ParamTypeError');
    const date = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.getSellerOrderList',
      token,
      params: { createStartTime: '2026-01-01 00:00:00' },
    });
    expect(date.body.error_code).toBe('gw.ParamTypeError');
  });

  it('gw.APIUnsupported, gw.AppKeyNotFound and gw.AppKeyMissing', async () => {
    const s = setup();
    expect((await call(s, { namespace: TRADE, api: 'alibaba.trade.nothing' })).body.error_code).toBe(
      'gw.APIUnsupported',
    );
    expect(
      (await call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', version: 9 })).body.error_code,
    ).toBe('gw.APIUnsupported');
    expect(
      (await call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', appKey: '42' })).body.error_code,
    ).toBe('gw.AppKeyNotFound');
    const res = await s.m.app.request('/openapi/param2/1/com.alibaba.trade/alibaba.trade.getSellerOrderList', {
      method: 'POST',
    });
    expect((await res.json()).error_code).toBe('gw.AppKeyMissing');
  });

  it('a token issued to another app is not accepted', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId, s.facts.restrictedApp.appKey);
    expect((await call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token })).status).toBe(401);
  });

  it('gw.QosAppFrequencyLimit past alibabaCallsPerSecond per app, counted', async () => {
    const s = setup();
    s.ctx.settings.alibabaCallsPerSecond = 3;
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(
        await call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token, params: { pageSize: '1' } }),
      );
    }
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 400, 400]);
    expect(results[3].body.error_code).toBe('gw.QosAppFrequencyLimit');
    const counters = s.ctx.counters.snapshot()[`alibaba:${s.facts.appKey}`];
    expect(counters.rateLimited).toBe(2);
    expect(counters.requests).toBe(5);
    expect(counters.peakPerSecond).toBe(5);
    expect(counters.byRoute['alibaba.trade.getSellerOrderList']).toBe(5);
    // Another app has its own window.
    const other = await tokenFor(s.m, s.facts.samples.sellerMemberId, s.facts.restrictedApp.appKey);
    const r = await call(s, {
      appKey: s.facts.restrictedApp.appKey,
      appSecret: s.facts.restrictedApp.appSecret,
      namespace: TRADE,
      api: 'alibaba.trade.getSellerOrderList',
      token: other,
    });
    expect(r.status).toBe(200);
  });

  it('gw.NoUsageLeftError while the control toggle is on', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const list = () => call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token });
    expect(await control(s.m, 'POST', '/no-usage-left', { on: true })).toEqual({ appKeys: [s.facts.appKey] });
    const r = await list();
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error_code: 'gw.NoUsageLeftError', error_message: 'SLA bill has no usage left' });
    await control(s.m, 'POST', '/no-usage-left', { on: false });
    expect((await list()).status).toBe(200);
  });

  it('system/currentTimeMillis is unsigned and tokenless and reports the gateway clock', async () => {
    const s = setup();
    s.ctx.clock.skewMs = 5_000;
    const r = await call(s, { namespace: 'system', api: 'currentTimeMillis', signature: null, timestamp: false });
    expect(r.status).toBe(200);
    expect(Math.abs(r.body.result - (Date.now() + 5_000))).toBeLessThan(1_000);
  });

  it('alibaba.account.basic names the authorizing member', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
    const r = await call(s, { namespace: 'com.alibaba.account', api: 'alibaba.account.basic', token });
    expect(r.body).toMatchObject({
      success: true,
      result: { memberId: s.facts.samples.buyerMemberId, loginId: 'seoul_crossdock' },
    });
  });
});
