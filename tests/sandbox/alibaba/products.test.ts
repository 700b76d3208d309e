import { describe, expect, it } from 'vitest';
import { call, control, PRODUCT, setup, tokenFor } from './helpers';

describe('1688 alibaba.product.get', () => {
  it("returns the seller's own offer with price tiers, SKUs and specIds", async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const r = await call(s, {
      namespace: PRODUCT,
      api: 'alibaba.product.get',
      token,
      params: { productID: s.facts.samples.ownOfferId, webSite: '1688' },
    });
    expect(r.status).toBe(200);
    const p = r.body.productInfo;
    expect(String(p.productID)).toBe(s.facts.samples.ownOfferId);
    expect(p.subject).toMatch(/[\u4e00-\u9fff]/);
    expect(p.saleInfo.minOrderQuantity).toBeGreaterThan(0);
    expect(p.skuInfos.length).toBeGreaterThan(0);
    expect(p.skuInfos[0].specId).toMatch(/^[0-9a-f]{32}$/);
    expect(p.shippingInfo.sendGoodsAddressText).toContain('浙江省');
    expect(p.createTime).toMatch(/^\d{17}\+0800$/);
  });

  it("refuses another supplier's offer and unknown offers with a business error", async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const get = (productID: string) =>
      call(s, { namespace: PRODUCT, api: 'alibaba.product.get', token, params: { productID, webSite: '1688' } });
    const other = await get(s.facts.samples.otherOfferId);
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ success: false, errorCode: 'NO_PERMISSION' });
    expect((await get('123')).body).toMatchObject({ success: false, errorCode: 'PRODUCT_NOT_EXIST' });
  });

  it('returns control-patched text verbatim (escaping is the renderer’s job)', async () => {
    const s = setup();
    const xss = '<img src=x onerror=alert(1)>';
    await control(s.m, 'PATCH', `/offers/${s.facts.samples.ownOfferId}`, { subject: xss });
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const r = await call(s, {
      namespace: PRODUCT,
      api: 'alibaba.product.get',
      token,
      params: { productID: s.facts.samples.ownOfferId, webSite: '1688' },
    });
    expect(r.body.productInfo.subject).toBe(xss);
    const bad = await s.m.control.request(`/offers/${s.facts.samples.ownOfferId}`, {
      method: 'PATCH',
      body: JSON.stringify({ price: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('1688 alibaba.cross.productInfo', () => {
  it('reads any offer for a cross-border member', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
    for (const id of [s.facts.samples.otherOfferId, s.facts.samples.ownOfferId]) {
      const r = await call(s, {
        namespace: PRODUCT,
        api: 'alibaba.cross.productInfo',
        token,
        params: { productId: id },
      });
      expect(r.body.success).toBe(true);
      expect(String(r.body.productInfo.productID)).toBe(id);
      expect(r.body.productInfo.sellerLoginId).toBeTruthy();
    }
    const unknown = await call(s, {
      namespace: PRODUCT,
      api: 'alibaba.cross.productInfo',
      token,
      params: { productId: '1' },
    });
    expect(unknown.body).toEqual({ success: false, message: '商品[1]不存在' });
  });

  it('refuses a member without a cross-border relationship', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    const r = await call(s, {
      namespace: PRODUCT,
      api: 'alibaba.cross.productInfo',
      token,
      params: { productId: s.facts.samples.otherOfferId },
    });
    expect(r.body).toEqual({ success: false, message: '没有该商品的查询权限' });
  });
});
