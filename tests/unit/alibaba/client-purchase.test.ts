import { describe, expect, it } from 'vitest';
import { createAlibabaClient } from '../../../utils/background/alibaba/api/client';
import { LocalSigner } from '../../../utils/background/alibaba/api/signer';
import type { PurchaseInput } from '../../../utils/background/alibaba/purchase/preview';
import { GATEWAY_ERRORS } from './fixtures/gateway-errors';
import { CREATE_FAILED, CREATED, PREVIEW, PREVIEW_FAILED } from './fixtures/purchase';
import { APP_KEY, APP_SECRET, fakeGateway, GATEWAY, type Handler, ok } from './helpers/fake-gateway';
import { fixedTokens } from './helpers/token-doubles';

const INPUT: PurchaseInput = {
  address: {
    fullName: '张三',
    mobile: '15251667788',
    provinceText: '浙江省',
    cityText: '金华市',
    areaText: '义乌市',
    address: '某某路 1 号',
  },
  cargo: [{ offerId: '655432198765', specId: 'b266e0726506185beaf205cbae88a7c2', quantity: 2 }],
};

function client(routes: Record<string, Handler>) {
  const gw = fakeGateway(routes);
  const c = createAlibabaClient({
    gatewayBaseUrl: GATEWAY,
    appKey: APP_KEY,
    signer: new LocalSigner(APP_SECRET),
    tokens: fixedTokens(),
    fetch: gw.fetch,
    now: () => 1,
  });
  return { c, gw };
}

describe('purchase preview', () => {
  it('sends JSON-text object params and maps fen sums and yuan lines to Money', async () => {
    const { c, gw } = client({ 'alibaba.createOrder.preview': () => ok(PREVIEW) });
    const p = await c.previewPurchase(INPUT);
    const form = gw.calls[0]!.form;
    expect(form.cargoParamList).toBe(
      '[{"offerId":655432198765,"specId":"b266e0726506185beaf205cbae88a7c2","quantity":2}]',
    );
    expect(JSON.parse(form.addressParam!)).toEqual(INPUT.address);
    expect(form.flow).toBeUndefined(); // empty lets 1688 pick

    const [first, second] = p.orders;
    expect(first).toMatchObject({
      total: { currency: 'CNY', minor: 2830 },
      shipping: { currency: 'CNY', minor: 800 },
      goods: { currency: 'CNY', minor: 2030 },
      discount: { currency: 'CNY', minor: 10 },
      tradeModes: [{ tradeType: 'fxassure', name: '担保交易' }],
    });
    expect(first!.lines[0]).toEqual({
      offerId: '655432198765',
      specId: 'b266e0726506185beaf205cbae88a7c2',
      skuId: '4876543210987',
      amount: { currency: 'CNY', minor: 2030 },
      unitPrice: { currency: 'CNY', minor: 1015 },
      ok: true,
      resultCode: 'success',
    });
    // 0.1 + 0.2 style totals across split orders stay exact
    expect(second!.lines[0]!.amount).toEqual({ currency: 'CNY', minor: 20 });
    expect(p.total).toEqual({ currency: 'CNY', minor: 2860 });
    expect(p.shipping).toEqual({ currency: 'CNY', minor: 810 });
    expect(p.orderable).toBe(false);
    expect(p.warnings).toEqual([
      { code: 'splitIntoSeveralOrders' },
      { code: 'notOrderableViaApi' },
      { code: 'lineRejected', offerId: '655432198766' },
      { code: 'shippingByNegotiation', offerId: '655432198766' },
    ]);
  });

  it('maps a preview business error (errorMsg envelope)', async () => {
    const { c } = client({ 'alibaba.createOrder.preview': () => ok(PREVIEW_FAILED) });
    expect(await c.previewPurchase(INPUT).catch((e) => e)).toMatchObject({
      kind: 'business',
      code: 'FAIL_BIZ_OFFER_UNAVAILABLE',
      remoteMessage: '商品已下架',
    });
  });

  it('checks the cargo before signing anything', async () => {
    const { c, gw } = client({});
    const bad = { ...INPUT, cargo: [{ offerId: '6554x', quantity: 1 }] };
    expect((await c.previewPurchase(bad).catch((e) => e)).kind).toBe('invalidInput');
    expect((await c.previewPurchase({ ...INPUT, cargo: [] }).catch((e) => e)).kind).toBe('invalidInput');
    expect(gw.calls).toHaveLength(0);
  });
});

describe('purchase creation (fastCreateOrder)', () => {
  it('creates with flow=general by default and returns the exact order id and fen total', async () => {
    const { c, gw } = client({ 'alibaba.trade.fastCreateOrder': () => ok(CREATED) });
    const created = await c.createPurchase({ ...INPUT, message: '请尽快发货', tradeType: 'fxassure' });
    expect(gw.calls[0]!.urlPath).toBe(`param2/1/com.alibaba.trade/alibaba.trade.fastCreateOrder/${APP_KEY}`);
    expect(gw.calls[0]!.form).toMatchObject({ flow: 'general', message: '请尽快发货', tradeType: 'fxassure' });
    expect(created).toEqual({
      orderId: '3458291374628199999',
      totalAmount: { currency: 'CNY', minor: 2830 },
      shippingFee: { currency: 'CNY', minor: 800 },
      failedOffers: [],
    });
  });

  it('maps a code/message business error', async () => {
    const { c } = client({ 'alibaba.trade.fastCreateOrder': () => ok(CREATE_FAILED) });
    expect(await c.createPurchase(INPUT).catch((e) => e)).toMatchObject({
      kind: 'business',
      code: '500_005',
      retryable: false,
    });
  });

  it('never reports a lost answer as retryable: outcomeUnknown instead', async () => {
    for (const handler of [
      (() => () => {
        throw new TypeError('socket hang up');
      }) as Handler,
      (() => ({ status: 504, body: 'gateway timeout' })) as Handler,
      (() => ok('{"success":true,"result":{}}')) as Handler,
      // The gateway gave up waiting for a backend that may have created the order (issue 18).
      (() => ({
        status: 504,
        body: '{"error_code":"gw.ServiceTimeout","error_message":"Backend service timed out"}',
      })) as Handler,
      (() => ({
        status: 500,
        body: '{"error_code":"gw.InternalError","error_message":"Service is temporarily unavailable"}',
      })) as Handler,
    ]) {
      const { c, gw } = client({ 'alibaba.trade.fastCreateOrder': handler });
      const e = await c.createPurchase(INPUT).catch((err) => err);
      expect(e).toMatchObject({ kind: 'outcomeUnknown', retryable: false, fix: 'checkPurchaseOrders' });
      expect(gw.calls).toHaveLength(1);
    }
  });

  it('a gateway refusal before the API ran is a plain error (safe to retry later)', async () => {
    const { c } = client({ 'alibaba.trade.fastCreateOrder': () => GATEWAY_ERRORS.frequency });
    expect(await c.createPurchase(INPUT).catch((e) => e)).toMatchObject({ kind: 'rateLimited', retryable: true });
  });
});
