import { describe, expect, it } from 'vitest';
import { aopSignature, signingMessage } from '../../../sandbox/alibaba/signature';
import { call, setup, TRADE, tokenFor } from './helpers';

describe('1688 _aop_signature (1688-api.md §2.3, §2.5)', () => {
  it('matches test vector A (official doc example)', () => {
    const path = 'param2/1/system/currentTime/1000000';
    expect(signingMessage(path, { b: '2', a: '1' })).toBe('param2/1/system/currentTime/1000000a1b2');
    expect(aopSignature(path, { b: '2', a: '1' }, 'test123')).toBe('33E54F4F7B989E3E0E912D3FBD2F1A03CA7CCE88');
  });

  it('matches vectors B and C (sorting `_` before lowercase, UTF-8 JSON values) and D', () => {
    const b = {
      access_token: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
      orderId: '58218860983545941',
      webSite: '1688',
      _aop_timestamp: '1700000000000',
    };
    const pathB = 'param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/1000000';
    expect(signingMessage(pathB, b)).toBe(
      `${pathB}_aop_timestamp1700000000000access_tokenf14da3b8-b0b1-4f73-a5de-9bed637e0188orderId58218860983545941webSite1688`,
    );
    expect(aopSignature(pathB, b, 'test123')).toBe('838FACA0994C55C3E1AFD04403B3E942B7A8E4C4');
    const c = { access_token: 'TOKEN', flow: 'general', addressParam: '{"fullName":"张三","mobile":"15251667788"}' };
    expect(aopSignature('param2/1/com.alibaba.trade/alibaba.createOrder.preview/1000000', c, 'test123')).toBe(
      'A261CBAE06A2A5989BFE179B019FAA2897642BB3',
    );
    expect(signingMessage('param2/1/x/y/100', { b: '2', a: '1' })).toBe('param2/1/x/y/100a1b2');
  });

  it('sorts the concatenated key+value strings, not the keys, and leaves out _aop_signature', () => {
    expect(signingMessage('p', { a: 'z', ab: '1', _aop_signature: 'X' })).toBe('pab1az');
  });

  it('the gateway accepts vector B byte for byte and rejects any change to it', async () => {
    const s = setup();
    // Vector B's timestamp is 1700000000000: put the gateway clock there.
    s.ctx.clock.skewMs = 1_700_000_000_000 - Date.now();
    const send = (params: Record<string, string>) =>
      s.m.app.request('/openapi/param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/1000000', {
        method: 'POST',
        body: new URLSearchParams(params),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const vector = {
      access_token: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
      orderId: '58218860983545941',
      webSite: '1688',
      _aop_timestamp: '1700000000000',
      _aop_signature: '838FACA0994C55C3E1AFD04403B3E942B7A8E4C4',
    };
    // Signature and timestamp pass; the doc's token is unknown here, so the next check answers.
    const accepted = await send(vector);
    expect(accepted.status).toBe(401);
    expect(await accepted.json()).toMatchObject({ error_code: '401', error_message: 'Request need user authorized' });

    const tampered = await send({ ...vector, orderId: '58218860983545942' });
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ error_code: 'gw.SignatureInvalid' });
    const lower = await send({ ...vector, _aop_signature: vector._aop_signature.toLowerCase() });
    expect((await lower.json()).error_code).toBe('gw.SignatureInvalid');
    const { _aop_signature: _, ...unsigned } = vector;
    expect((await (await send(unsigned)).json()).error_code).toBe('gw.SignatureMissing');
    expect(s.ctx.counters.snapshot()['alibaba:1000000'].signatureFailures).toBe(3);
  });

  it('accepts a correctly signed call as POST form and as GET query; the wrong secret fails', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
    const opts = {
      namespace: TRADE,
      api: 'alibaba.trade.get.buyerView',
      token,
      params: { orderId: s.facts.samples.buyerOrderId, webSite: '1688' },
    };
    const post = await call(s, opts);
    expect(post.status).toBe(200);
    expect(post.body.result.baseInfo.idOfStr).toBe(s.facts.samples.buyerOrderId);
    expect((await call(s, { ...opts, method: 'GET' })).status).toBe(200);
    const wrong = await call(s, { ...opts, appSecret: 'not-the-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error_code).toBe('gw.SignatureInvalid');
  });

  it('signs Chinese JSON parameters over their raw UTF-8 text', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
    const res = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.getBuyerOrderList',
      token,
      params: { productName: '保温杯 & 收纳+盒', bizTypes: '["cn"]' },
    });
    expect(res.status).toBe(200);
  });
});

describe('1688 _aop_timestamp window (10 minutes; the real window is UNVERIFIED)', () => {
  const params = (token: string) => ({
    namespace: TRADE,
    api: 'alibaba.trade.getSellerOrderList',
    token,
    params: { pageSize: '1' },
  });

  it('accepts timestamps within the window and calls without one', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    expect((await call(s, { ...params(token), timestamp: Date.now() - 9 * 60_000 })).status).toBe(200);
    expect((await call(s, { ...params(token), timestamp: Date.now() + 9 * 60_000 })).status).toBe(200);
    expect((await call(s, { ...params(token), timestamp: false })).status).toBe(200);
  });

  it('rejects stale, future and non-numeric timestamps, and a skewed gateway clock', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    for (const ts of [Date.now() - 11 * 60_000, Date.now() + 11 * 60_000]) {
      const r = await call(s, { ...params(token), timestamp: ts });
      expect(r.status).toBe(400);
      expect(r.body.error_code).toBe('gw.TimestampInvalid');
    }
    const bad = await call(s, {
      ...params(token),
      params: { pageSize: '1', _aop_timestamp: '2024-01-01' },
      timestamp: false,
    });
    expect(bad.body.error_code).toBe('gw.TimestampInvalid');
    s.ctx.clock.skewMs = 20 * 60_000;
    expect((await call(s, params(token))).body.error_code).toBe('gw.TimestampInvalid');
  });
});
