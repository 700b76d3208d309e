import { describe, expect, it } from 'vitest';
import { createAlibabaClient } from '../../../utils/background/alibaba/api/client';
import { LocalSigner } from '../../../utils/background/alibaba/api/signer';
import { LOGISTICS_INFOS, LOGISTICS_TRACE, NOT_SHIPPED, TRACE_NO_PERMISSION } from './fixtures/logistics';
import { CROSS_MISSING, CROSS_NO_PERMISSION, CROSS_PRODUCT, OWN_PRODUCT } from './fixtures/products';
import { APP_KEY, APP_SECRET, fakeGateway, GATEWAY, ok } from './helpers/fake-gateway';
import { fixedTokens } from './helpers/token-doubles';

function client(routes: Parameters<typeof fakeGateway>[0]) {
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

describe('logistics', () => {
  it('reads shipments in both views without sender/receiver data', async () => {
    const { c, gw } = client({
      'alibaba.trade.getLogisticsInfos.sellerView': () => ok(LOGISTICS_INFOS),
      'alibaba.trade.getLogisticsInfos.buyerView': () => ok(LOGISTICS_INFOS),
    });
    const [seller] = await c.getLogistics('seller', '3458291374628192837');
    await c.getLogistics('buyer', '3458291374628192837');
    expect(gw.calls.map((x) => x.urlPath.split('/').slice(2, 4).join('/'))).toEqual([
      'com.alibaba.logistics/alibaba.trade.getLogisticsInfos.sellerView',
      'com.alibaba.logistics/alibaba.trade.getLogisticsInfos.buyerView',
    ]);
    expect(gw.calls[0]!.form).toMatchObject({ orderId: '3458291374628192837', webSite: '1688' });
    expect(gw.calls[0]!.form.fields).not.toMatch(/receiver|sender/);
    expect(seller).toEqual({
      logisticsId: 'LP00123456789',
      trackingNumber: 'YT1234567890123',
      carrierName: '圆通速递',
      carrierCode: 'YTO',
      status: 'TRANSPORT',
      lineIds: ['3458291374628192838', '3458291374628192839'],
      goods: [{ name: '收纳盒', quantity: 1000, unit: '个' }],
    });
    expect(JSON.stringify(seller)).not.toContain('139****0000');
  });

  it('reads the trace with China-time steps', async () => {
    const { c } = client({ 'alibaba.trade.getLogisticsTraceInfo.buyerView': () => ok(LOGISTICS_TRACE) });
    const [trace] = await c.getLogisticsTrace('buyer', '3458291374628192837');
    expect(trace).toEqual({
      logisticsId: 'LP00123456789',
      trackingNumber: 'YT1234567890123',
      steps: [
        { at: '2024-01-02T09:00:00+08:00', remark: '已揽收' },
        { at: '2024-01-03T23:30:00+08:00', remark: '运输中' },
      ],
    });
  });

  it('maps the documented logistics business errors', async () => {
    const { c } = client({
      'alibaba.trade.getLogisticsInfos.buyerView': () => ok(NOT_SHIPPED),
      'alibaba.trade.getLogisticsTraceInfo.buyerView': () => ok(TRACE_NO_PERMISSION),
      'alibaba.trade.getLogisticsTraceInfo.sellerView': () =>
        ok('{"success":false,"errorCode":"order.createtime.history","errorMessage":"x"}'),
    });
    expect(await c.getLogistics('buyer', '1').catch((e) => e)).toMatchObject({
      kind: 'notShipped',
      fix: 'waitForShipment',
    });
    expect(await c.getLogisticsTrace('buyer', '1').catch((e) => e)).toMatchObject({ kind: 'noPermission' });
    expect(await c.getLogisticsTrace('seller', '1').catch((e) => e)).toMatchObject({ kind: 'orderTooOld' });
  });
});

describe('offers', () => {
  it('maps an own offer (alibaba.product.get) to the offer view', async () => {
    const { c, gw } = client({ 'alibaba.product.get': () => ok(OWN_PRODUCT) });
    const offer = await c.getOwnOffer('655432198765');
    expect(gw.calls[0]!.urlPath).toBe(`param2/1/com.alibaba.product/alibaba.product.get/${APP_KEY}`);
    expect(gw.calls[0]!.form).toMatchObject({ productID: '655432198765', webSite: '1688' });
    expect(offer).toEqual({
      id: '655432198765',
      source: 'own',
      title: '儿童保温杯 316不锈钢',
      status: 'published',
      priceTiers: [
        { minQty: 2, price: { currency: 'CNY', minor: 1280 } },
        { minQty: 100, price: { currency: 'CNY', minor: 1150 } },
      ],
      minOrderQty: 2,
      stock: 300,
      unit: '个',
      supplier: { name: 'my_shop' },
      shipFrom: { province: '浙江省', city: '金华市' },
      skus: [
        {
          skuId: '4876543210987',
          specId: 'b266e0726506185beaf205cbae88a7c2',
          specs: [{ name: '颜色', value: '红色' }],
          price: { currency: 'CNY', minor: 1280 },
          stock: 300,
        },
        {
          skuId: '4876543210988',
          specId: 'c366e0726506185beaf205cbae88a7c3',
          specs: [{ name: '颜色', value: '蓝色' }],
          stock: 0,
        },
      ],
    });
    expect(JSON.stringify(offer)).not.toContain('img/ibank');
  });

  it('maps a cross-border offer (alibaba.cross.productInfo)', async () => {
    const { c, gw } = client({ 'alibaba.cross.productInfo': () => ok(CROSS_PRODUCT) });
    const offer = await c.getCrossOffer('710012345678');
    expect(gw.calls[0]!.form.productId).toBe('710012345678');
    expect(offer).toMatchObject({
      id: '710012345678',
      source: 'cross',
      title: 'Desk organizer',
      priceTiers: [{ minQty: 1, price: { currency: 'CNY', minor: 10 } }],
      minOrderQty: 3,
      supplier: { name: 'shenzhen_factory' },
      shipFrom: { province: '广东省', city: '深圳市' },
      skus: [],
    });
  });

  it('maps cross-border refusals', async () => {
    const { c } = client({
      'alibaba.cross.productInfo': (_call, i) => ok(i === 0 ? CROSS_NO_PERMISSION : CROSS_MISSING),
    });
    expect(await c.getCrossOffer('710012345678').catch((e) => e)).toMatchObject({
      kind: 'noPermission',
      fix: 'establishCrossBorderRelation',
    });
    expect(await c.getCrossOffer('710012345679').catch((e) => e)).toMatchObject({ kind: 'notFound', fix: 'checkId' });
  });
});
