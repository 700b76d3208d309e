import { describe, expect, it } from 'vitest';
import { createAlibabaClient } from '../../utils/background/alibaba/api/client';
import { encodeAopParams } from '../../utils/background/alibaba/api/param-encoding';
import { LocalSigner, RelaySigner } from '../../utils/background/alibaba/api/signer';
import { fakeGateway, GATEWAY, ok } from '../unit/alibaba/helpers/fake-gateway';
import { fixedTokens } from '../unit/alibaba/helpers/token-doubles';
import { APP_KEY, makeRelay, SECRET } from './helpers';

const URL_PATH = `param2/1/com.alibaba.trade/alibaba.createOrder.preview/${APP_KEY}`;
const PARAMS = encodeAopParams({
  access_token: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188',
  _aop_timestamp: '1700000000000',
  flow: 'general',
  addressParam: { fullName: '张三', mobile: '15251667788' },
  cargoParamList: [{ offerId: 655432198765, quantity: 2 }],
});

describe('/v1/sign', () => {
  it('returns the same signature as the extension’s LocalSigner', async () => {
    const r = makeRelay();
    const { installKey } = await r.pair();
    const res = await r.json('POST', '/v1/sign', { urlPath: URL_PATH, params: PARAMS }, installKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { signature } = await res.json();
    expect(signature).toBe(await new LocalSigner(SECRET).sign(URL_PATH, PARAMS));
    expect(r.upstream).toHaveLength(0); // signing never calls 1688
  });

  it('drives a real client call through RelaySigner (relay mode end to end)', async () => {
    const r = makeRelay();
    const { installKey } = await r.pair();
    const gw = fakeGateway(
      { 'alibaba.product.get': () => ok('{"productInfo":{"productID":655432198765,"subject":"杯子"}}') },
      SECRET,
    );
    const client = createAlibabaClient({
      gatewayBaseUrl: GATEWAY,
      appKey: APP_KEY,
      signer: new RelaySigner({ relayUrl: 'https://relay.test', installKey, fetch: r.relayFetch }),
      tokens: fixedTokens(),
      fetch: gw.fetch,
      now: () => 1,
    });
    const offer = await client.getOwnOffer('655432198765');
    expect(offer.title).toBe('杯子');
    expect(gw.calls).toHaveLength(1); // the extension called the gateway itself
  });

  it('refuses what it must not sign', async () => {
    const r = makeRelay({ allowedApis: undefined });
    const { installKey } = await r.pair();
    const sign = (urlPath: string, params: Record<string, string>) =>
      r.json('POST', '/v1/sign', { urlPath, params }, installKey);
    const code = async (res: Response) => (await res.json()).relay_error.code;

    const other = await sign('param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/999', { access_token: 'a' });
    expect([other.status, await code(other)]).toEqual([400, 'foreignAppKey']);
    const noToken = await sign(`param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/${APP_KEY}`, { orderId: '1' });
    expect([noToken.status, await code(noToken)]).toEqual([400, 'accessTokenRequired']);
    const push = await sign(`param2/1/cn.alibaba.open/push.query.messageList/${APP_KEY}`, { access_token: 'a' });
    expect([push.status, await code(push)]).toEqual([403, 'apiNotAllowed']);
    const path = await sign('http/1/system.oauth2/getToken/1000000', { access_token: 'a' });
    expect([path.status, await code(path)]).toEqual([400, 'invalidRequest']);
    const badKey = await sign(URL_PATH, { 'bad key!': 'x', access_token: 'a' });
    expect(badKey.status).toBe(400);
  });

  it('honours an operator allowlist', async () => {
    const r = makeRelay({ allowedApis: ['com.alibaba.product:alibaba.product.get'] });
    const { installKey } = await r.pair();
    const allowed = await r.json(
      'POST',
      '/v1/sign',
      { urlPath: `param2/1/com.alibaba.product/alibaba.product.get/${APP_KEY}`, params: { access_token: 'a' } },
      installKey,
    );
    expect(allowed.status).toBe(200);
    const denied = await r.json('POST', '/v1/sign', { urlPath: URL_PATH, params: PARAMS }, installKey);
    expect(denied.status).toBe(403);
  });

  it('rejects oversized bodies', async () => {
    const r = makeRelay();
    const { installKey } = await r.pair();
    const res = await r.json(
      'POST',
      '/v1/sign',
      { urlPath: URL_PATH, params: { access_token: 'x'.repeat(300_000) } },
      installKey,
    );
    expect(res.status).toBe(413);
  });
});
