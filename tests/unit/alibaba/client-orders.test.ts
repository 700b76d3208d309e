import { describe, expect, it } from 'vitest';
import { createAlibabaClient } from '../../../utils/background/alibaba/api/client';
import { LocalSigner } from '../../../utils/background/alibaba/api/signer';
import { BUYER_ORDER_DETAIL, DETAIL_WITHOUT_EXACT_ID, SELLER_ORDER_LIST } from './fixtures/orders';
import { APP_KEY, APP_SECRET, fakeGateway, GATEWAY, ok } from './helpers/fake-gateway';
import { fixedTokens, MEMBER } from './helpers/token-doubles';

const NOW = 1_700_000_000_000;

function client(routes: Parameters<typeof fakeGateway>[0]) {
  const gw = fakeGateway(routes);
  const c = createAlibabaClient({
    gatewayBaseUrl: GATEWAY,
    appKey: APP_KEY,
    signer: new LocalSigner(APP_SECRET),
    tokens: fixedTokens('AT-FIXED'),
    fetch: gw.fetch,
    now: () => NOW,
  });
  return { c, gw };
}

describe('seller orders', () => {
  it('sends a signed form POST with system params and +0800 dates', async () => {
    const { c, gw } = client({ 'alibaba.trade.getSellerOrderList': () => ok(SELLER_ORDER_LIST) });
    await c.listSellerOrders({
      page: 2,
      pageSize: 50,
      modifiedFrom: Date.UTC(2024, 0, 1, 16),
      status: 'waitsellersend',
    });
    const call = gw.calls[0]!;
    expect(call.urlPath).toBe(`param2/1/com.alibaba.trade/alibaba.trade.getSellerOrderList/${APP_KEY}`);
    expect(call.form).toMatchObject({
      access_token: 'AT-FIXED',
      _aop_timestamp: String(NOW),
      page: '2',
      pageSize: '20', // capped at the API maximum
      modifyStartTime: '20240102000000000+0800',
      orderStatus: 'waitsellersend',
      needBuyerAddressAndPhone: 'false',
    });
    expect(call.form._aop_signature).toMatch(/^[0-9A-F]{40}$/);
  });

  it('maps the list to domain orders with exact ids, fen amounts and +08:00 dates', async () => {
    const { c } = client({ 'alibaba.trade.getSellerOrderList': () => ok(SELLER_ORDER_LIST) });
    const page = await c.listSellerOrders({ page: 1 });
    expect(page).toMatchObject({ totalRecord: 23, page: 1, pageSize: 20, hasMore: true });
    const [a, b] = page.orders;

    // the server-rounded `id` (…944) is ignored in favour of idOfStr (…941)
    expect(a!.orderId).toBe('58218860983545941');
    expect(a!.key).toBe(`alibaba:${MEMBER}:58218860983545941`);
    expect(a!.lines[0]!.lineId).toBe('58218860983545942');
    expect(b!.orderId).toBe('3458291374628192837');
    expect(b!.lines[0]!.lineId).toBe('3458291374628192838');

    expect(a).toMatchObject({
      marketplace: 'alibaba',
      accountId: MEMBER,
      role: 'seller',
      marketStatus: 'waitsellersend',
      workState: 'new',
      orderedAt: '2024-03-01T10:30:15+08:00',
      paidAt: '2024-03-01T10:35:30+08:00',
      total: { currency: 'CNY', minor: 30 }, // 0.30000000000000004 yuan
      shippingFee: { currency: 'CNY', minor: 10 },
      counterpartyName: '义乌某某贸易有限公司',
    });
    expect(a!.lines[0]).toEqual({
      lineId: '58218860983545942',
      productName: '儿童保温杯',
      optionName: '颜色: 红色, 容量: 500ml',
      quantity: 2,
      unitPrice: { currency: 'CNY', minor: 10 },
      itemId: '4876543210987',
      productId: '655432198765',
    });
    expect(a!.recipient).toEqual({
      name: '张**',
      phone: '16249****8',
      postcode: '322000',
      address: '浙江省 金华市 义乌市 某某路1号',
      addressDetail: '',
    });

    expect(b).toMatchObject({
      workState: 'inTransit',
      orderedAt: '2023-12-31T23:59:59+08:00',
      total: { currency: 'CNY', minor: 1234567891 },
      shippingFee: { currency: 'CNY', minor: 1250 },
    });
    expect(b!.lines[0]!.unitPrice.minor).toBe(1234566);
    expect(b!.shipping.shippedAt).toBe('2024-01-02T09:00:00+08:00');
  });

  it('fetches one order by its string id', async () => {
    const { c, gw } = client({ 'alibaba.trade.get.sellerView': () => ok(BUYER_ORDER_DETAIL) });
    const order = await c.getSellerOrder('9223372036854775807');
    expect(gw.calls[0]!.form).toMatchObject({ orderId: '9223372036854775807', webSite: '1688' });
    expect(order.role).toBe('seller');
  });
});

describe('buyer orders (purchase orders)', () => {
  it('maps the detail with nativeLogistics receiver and shipping', async () => {
    const { c, gw } = client({ 'alibaba.trade.get.buyerView': () => ok(BUYER_ORDER_DETAIL) });
    const o = await c.getBuyerOrder('9223372036854775807');
    expect(gw.calls[0]!.urlPath).toBe(`param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/${APP_KEY}`);
    expect(gw.calls[0]!.form.includeFields).toBe('NativeLogistics');
    expect(o).toMatchObject({
      orderId: '9223372036854775807',
      role: 'buyer',
      workState: 'delivered',
      total: { currency: 'CNY', minor: 10520 },
      shippingFee: { currency: 'CNY', minor: 520 },
      counterpartyName: '金华某某工厂',
      recipient: {
        name: '李**',
        phone: '138****1234',
        postcode: '518000',
        address: '广东省 深圳市 南山区',
        addressDetail: '某某街道 2 号',
      },
      shipping: {
        courierCode: 'SF',
        courierName: '顺丰速运',
        trackingNumber: 'SF1234567890',
        shippedAt: '2024-01-06T12:00:00+08:00',
        deliveredAt: '2024-01-09T15:30:00+08:00',
      },
    });
    expect(o.timeline.map((t) => t.label)).toEqual(['ordered', 'paid', 'shipped', 'received', 'completed']);
  });

  it('lists purchase orders through the buyer API with the seller filter', async () => {
    const { c, gw } = client({ 'alibaba.trade.getBuyerOrderList': () => ok(SELLER_ORDER_LIST) });
    const page = await c.listBuyerOrders({ counterpartyMemberId: 'b2b-77' });
    expect(gw.calls[0]!.form.sellerMemberId).toBe('b2b-77');
    expect(page.orders[0]!.role).toBe('buyer');
    expect(page.orders[0]!.workState).toBe('toShip');
  });

  it('refuses an order without an exact id rather than rounding it', async () => {
    const { c } = client({ 'alibaba.trade.get.buyerView': () => ok(DETAIL_WITHOUT_EXACT_ID) });
    const e = await c.getBuyerOrder('1').catch((err) => err);
    expect(e.kind).toBe('badResponse');
  });

  it('rejects ids that are not decimal digits before calling', async () => {
    const { c, gw } = client({});
    const e = await c.getBuyerOrder('1 OR 1=1').catch((err) => err);
    expect(e.kind).toBe('invalidInput');
    expect(gw.calls).toHaveLength(0);
  });
});
