import { describe, expect, it } from 'vitest';
import type { Offer } from '../../../sandbox/alibaba/data/model';
import { call, control, setup, TRADE, tokenFor } from './helpers';

const ADDRESS = JSON.stringify({
  fullName: '张三',
  mobile: '15251667788',
  provinceText: '广东省',
  cityText: '深圳市',
  areaText: '宝安区',
  townText: '新安街道',
  address: '创业路88号跨境仓3楼',
  postCode: '518101',
});

async function purchaseSetup() {
  const s = setup();
  const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
  const offer = await control<Offer>(s.m, 'GET', `/offers/${s.facts.samples.otherOfferId}`);
  const cargo = (quantity = offer.minOrderQuantity * 2, specId = offer.skus[0].specId) =>
    JSON.stringify([{ offerId: Number(offer.offerId), specId, quantity }]);
  const api = (api: string, params: Record<string, string>) => call(s, { namespace: TRADE, api, token, params });
  return { s, token, offer, cargo, api };
}

describe('1688 alibaba.createOrder.preview', () => {
  it('prices in fen with freight and trade modes; cargo prices in yuan', async () => {
    const { offer, cargo, api } = await purchaseSetup();
    const r = await api('alibaba.createOrder.preview', {
      addressParam: ADDRESS,
      cargoParamList: cargo(),
      flow: 'general',
    });
    expect(r.body.success).toBe(true);
    const [p] = r.body.orderPreviewResuslt;
    expect(Number.isInteger(p.sumPayment)).toBe(true);
    expect(p.sumPayment).toBe(p.sumPaymentNoCarriage + p.sumCarriage);
    expect(p.sumCarriage).toBe(offer.freightFen);
    expect(p.tradeModeNameList.length).toBeGreaterThan(0);
    const line = p.cargoList[0];
    expect(Math.round(line.amount * 100)).toBe(p.sumPaymentNoCarriage);
    expect(Math.round(line.finalUnitPrice * 100) * offer.minOrderQuantity * 2).toBe(p.sumPaymentNoCarriage);
  });

  it('refuses below the minimum order quantity, over stock, a missing spec and one’s own offer', async () => {
    const { s, offer, cargo, api } = await purchaseSetup();
    const preview = (cargoParamList: string) =>
      api('alibaba.createOrder.preview', { addressParam: ADDRESS, cargoParamList });
    await control(s.m, 'PATCH', `/offers/${offer.offerId}`, { minOrderQuantity: 5 });
    expect((await preview(cargo(4))).body).toMatchObject({ success: false, errorCode: 'LESS_THAN_MIN_ORDER' });
    expect((await preview(cargo(5))).body.success).toBe(true);
    expect((await preview(cargo(offer.skus[0].amountOnSale + 1))).body.errorCode).toBe('STOCK_NOT_ENOUGH');
    expect((await preview(JSON.stringify([{ offerId: offer.offerId, quantity: 10 }]))).body.errorCode).toBe(
      'SPEC_REQUIRED',
    );
    const sellerToken = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const own = await control<Offer>(s.m, 'GET', `/offers/${s.facts.samples.ownOfferId}`);
    const self = await call(s, {
      namespace: TRADE,
      api: 'alibaba.createOrder.preview',
      token: sellerToken,
      params: {
        addressParam: ADDRESS,
        cargoParamList: JSON.stringify([{ offerId: own.offerId, specId: own.skus[0].specId, quantity: 50 }]),
      },
    });
    expect(self.body.errorCode).toBe('BUY_SELF_OFFER');
    const noAddress = await api('alibaba.createOrder.preview', { cargoParamList: cargo() });
    expect(noAddress.body).toMatchObject({
      error_code: 'gw.ParamMissing',
      error_message: 'Required argument addressParam',
    });
  });
});

describe('1688 alibaba.trade.fastCreateOrder', () => {
  it('creates an unpaid order that appears in the buyer list and detail; stock goes down', async () => {
    const { s, offer, cargo, api } = await purchaseSetup();
    const before = await api('alibaba.trade.getBuyerOrderList', {});
    const created = await api('alibaba.trade.fastCreateOrder', {
      flow: 'general',
      addressParam: ADDRESS,
      cargoParamList: cargo(),
      message: '请用纸箱包装',
    });
    expect(created.body.success).toBe(true);
    const { orderId, totalSuccessAmount, postFee } = created.body.result;
    expect(typeof orderId).toBe('string');
    expect(orderId).toMatch(/^\d{19}$/);
    expect(created.text).toContain(`"orderId":"${orderId}"`);
    expect(Number.isInteger(totalSuccessAmount)).toBe(true);
    expect(postFee).toBe(offer.freightFen);

    const after = await api('alibaba.trade.getBuyerOrderList', {});
    expect(after.body.totalRecord).toBe(before.body.totalRecord + 1);
    expect(after.body.result[0].baseInfo).toMatchObject({ idOfStr: orderId, status: 'waitbuyerpay' });
    expect(Math.round(after.body.result[0].baseInfo.totalAmount * 100)).toBe(totalSuccessAmount);
    const detail = await api('alibaba.trade.get.buyerView', { orderId, webSite: '1688' });
    expect(detail.body.result.baseInfo).toMatchObject({
      buyerFeedback: '请用纸箱包装',
      sellerID: offer.supplierMemberId,
    });
    expect(detail.body.result.baseInfo.receiverInfo.toFullName).toBe('张三');
    const stock = await control<Offer>(s.m, 'GET', `/offers/${offer.offerId}`);
    expect(stock.skus[0].amountOnSale).toBe(offer.skus[0].amountOnSale - offer.minOrderQuantity * 2);
  });

  it('has no idempotency: the same request twice makes two orders, and the counters show it', async () => {
    const { s, cargo, api } = await purchaseSetup();
    const params = { flow: 'general', addressParam: ADDRESS, cargoParamList: cargo() };
    const a = await api('alibaba.trade.fastCreateOrder', params);
    const b = await api('alibaba.trade.fastCreateOrder', params);
    expect(a.body.result.orderId).not.toBe(b.body.result.orderId);
    const stats = await control(s.m, 'GET', `/purchases/${s.facts.samples.buyerMemberId}`);
    expect(stats).toEqual({
      fastCreateOrderCalls: 2,
      ordersCreated: 2,
      orderIds: [a.body.result.orderId, b.body.result.orderId],
    });
  });

  it("an order for the seller member's offer also shows in the seller's list", async () => {
    const { s, api } = await purchaseSetup();
    const own = await control<Offer>(s.m, 'GET', `/offers/${s.facts.samples.ownOfferId}`);
    const created = await api('alibaba.trade.fastCreateOrder', {
      flow: 'general',
      addressParam: ADDRESS,
      cargoParamList: JSON.stringify([
        { offerId: own.offerId, specId: own.skus[0].specId, quantity: own.minOrderQuantity },
      ]),
    });
    const sellerToken = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const list = await call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token: sellerToken });
    expect(list.body.result[0].baseInfo.idOfStr).toBe(created.body.result.orderId);
    expect(list.body.totalRecord).toBe(61);
  });

  it('refuses mixed suppliers, an unknown flow and a missing flow', async () => {
    const { s, offer, api } = await purchaseSetup();
    const others = await control<Offer[]>(s.m, 'GET', '/offers');
    const second = others.find(
      (o) =>
        o.supplierMemberId !== offer.supplierMemberId &&
        o.supplierMemberId !== s.facts.samples.buyerMemberId &&
        o.skus.length,
    )!;
    const mixed = JSON.stringify([
      { offerId: offer.offerId, specId: offer.skus[0].specId, quantity: offer.minOrderQuantity },
      { offerId: second.offerId, specId: second.skus[0].specId, quantity: second.minOrderQuantity },
    ]);
    const r = await api('alibaba.trade.fastCreateOrder', {
      flow: 'general',
      addressParam: ADDRESS,
      cargoParamList: mixed,
    });
    expect(r.body).toMatchObject({ success: false, code: 'MULTI_SELLER' });
    const single = JSON.stringify([
      { offerId: offer.offerId, specId: offer.skus[0].specId, quantity: offer.minOrderQuantity },
    ]);
    expect(
      (await api('alibaba.trade.fastCreateOrder', { flow: 'x', addressParam: ADDRESS, cargoParamList: single })).body
        .code,
    ).toBe('FLOW_INVALID');
    expect(
      (await api('alibaba.trade.fastCreateOrder', { addressParam: ADDRESS, cargoParamList: single })).body.error_code,
    ).toBe('gw.ParamMissing');
  });
});
