import { describe, expect, it } from 'vitest';
import { formatAliDate } from '../../../sandbox/alibaba/time';
import { call, control, LOGISTICS, setup, TRADE, tokenFor } from './helpers';

const DATE = /^\d{17}\+0800$/;

/** The part of a TradeInfo row these tests read. */
interface Row {
  baseInfo: Record<string, string>;
}

async function seller(s: ReturnType<typeof setup>) {
  return tokenFor(s.m, s.facts.samples.sellerMemberId);
}

describe('1688 big order ids', () => {
  it('writes ids above 2^53 as bare numbers beside exact string twins', async () => {
    const s = setup();
    const token = await seller(s);
    const id = s.facts.samples.sellerOrderId;
    expect(id).toMatch(/^\d{19}$/);
    const r = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.get.sellerView',
      token,
      params: { orderId: id, webSite: '1688' },
    });
    expect(r.text).toContain(`"id":${id},`);
    expect(r.text).toContain(`"idOfStr":"${id}"`);
    const naive = JSON.parse(r.text);
    expect(String(naive.result.baseInfo.id)).not.toBe(id);
    expect(BigInt(naive.result.baseInfo.id)).not.toBe(BigInt(id));
    expect(naive.result.baseInfo.idOfStr).toBe(id);
    // Lossless parsing keeps every digit (helpers parse that way).
    expect(r.body.result.baseInfo.id).toBe(id);
    const item = r.body.result.productItems[0];
    expect(item.subItemID).toBe(item.subItemIDString);
    expect(String(naive.result.productItems[0].subItemID)).not.toBe(item.subItemIDString);
  });
});

describe('1688 seller and buyer order lists', () => {
  it('pages newest first with totalRecord; pageSize is capped at 20', async () => {
    const s = setup(60);
    const token = await seller(s);
    const page = (n: number, size = '20') =>
      call(s, {
        namespace: TRADE,
        api: 'alibaba.trade.getSellerOrderList',
        token,
        params: { page: String(n), pageSize: size },
      });
    const pages = await Promise.all([1, 2, 3, 4].map((n) => page(n)));
    expect(pages.map((p) => p.body.totalRecord)).toEqual([60, 60, 60, 60]);
    expect(pages.map((p) => p.body.result.length)).toEqual([20, 20, 20, 0]);
    expect(pages[0].body.success).toBe(true);
    const rows = pages.flatMap((p) => p.body.result);
    const ids = rows.map((o: Row) => o.baseInfo.idOfStr);
    expect(new Set(ids).size).toBe(60);
    const times = rows.map((o: Row) => o.baseInfo.createTime);
    expect([...times].sort().reverse()).toEqual(times);
    expect(ids[0]).toBe(s.facts.samples.sellerOrderId);
    expect((await page(1, '50')).body.result).toHaveLength(20);
  });

  it('filters by status and creation window; totals are the filtered counts', async () => {
    const s = setup(60);
    const token = await seller(s);
    const list = (params: Record<string, string>) =>
      call(s, {
        namespace: TRADE,
        api: 'alibaba.trade.getSellerOrderList',
        token,
        params: { pageSize: '20', ...params },
      });
    const all = await control<{ total: number; orders: Array<{ status: string; createMs: number }> }>(
      s.m,
      'GET',
      `/orders?memberId=${s.facts.samples.sellerMemberId}&pageSize=500`,
    );
    const success = all.orders.filter((o) => o.status === 'success');
    const bySuccess = await list({ orderStatus: 'success' });
    expect(bySuccess.body.totalRecord).toBe(success.length);
    expect(bySuccess.body.result.every((o: Row) => o.baseInfo.status === 'success')).toBe(true);

    const from = all.orders[30].createMs;
    const to = all.orders[10].createMs;
    const windowed = await list({ createStartTime: formatAliDate(from), createEndTime: formatAliDate(to) });
    expect(windowed.body.totalRecord).toBe(21);
    for (const o of windowed.body.result) {
      expect(o.baseInfo.createTime >= formatAliDate(from) && o.baseInfo.createTime <= formatAliDate(to)).toBe(true);
    }
    expect((await list({ orderStatus: 'nonsense' })).body.totalRecord).toBe(0);
  });

  it('returns receiver and memo blocks only when asked, and amounts in yuan', async () => {
    const s = setup();
    const token = await seller(s);
    const plain = await call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token });
    const o = plain.body.result[0];
    expect(o.baseInfo.receiverInfo).toBeUndefined();
    expect(o.baseInfo.createTime).toMatch(DATE);
    expect(o.baseInfo.totalAmount).toBeCloseTo(o.baseInfo.sumProductPayment + o.baseInfo.shippingFee, 2);
    const rich = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.getSellerOrderList',
      token,
      params: { needBuyerAddressAndPhone: 'true', needMemoInfo: 'true' },
    });
    expect(rich.body.result[0].baseInfo.receiverInfo.toMobile).toMatch(/^1\d{10}$/);
  });

  it('the buyer list holds the buyer member orders, with sellers from other suppliers', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
    const r = await call(s, { namespace: TRADE, api: 'alibaba.trade.getBuyerOrderList', token });
    expect(r.body.totalRecord).toBe(60);
    expect(r.body.result.every((o: Row) => o.baseInfo.buyerID === s.facts.samples.buyerMemberId)).toBe(true);
    const byIds = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.getBuyerOrderList',
      token,
      params: { orderIds: `[${s.facts.samples.buyerOrderId}]` },
    });
    expect(byIds.body.totalRecord).toBe(1);
    expect(byIds.body.result[0].baseInfo.idOfStr).toBe(s.facts.samples.buyerOrderId);
  });
});

describe('1688 order detail and logistics', () => {
  it('get.sellerView returns TradeInfo; NativeLogistics only when included; other members get an error', async () => {
    const s = setup();
    const token = await seller(s);
    const detail = (orderId: string, extra: Record<string, string> = {}) =>
      call(s, {
        namespace: TRADE,
        api: 'alibaba.trade.get.sellerView',
        token,
        params: { orderId, webSite: '1688', ...extra },
      });
    const plain = await detail(s.facts.samples.sellerShippedOrderId);
    expect(plain.body.success).toBe(true);
    expect(plain.body.result.baseInfo.receiverInfo.toFullName).toBeTruthy();
    expect(plain.body.result.nativeLogistics).toBeUndefined();
    const full = await detail(s.facts.samples.sellerShippedOrderId, { includeFields: 'NativeLogistics,CanSendCheck' });
    expect(full.body.result.nativeLogistics.logisticsItems[0].logisticsBillNo).toBeTruthy();
    expect(full.body.result.productItems[0].canSendGoods).toBe(false);
    const pending = await detail(s.facts.samples.sellerOrderId, { includeFields: 'CanSendCheck' });
    expect(pending.body.result.productItems[0].canSendGoods).toBe(true);

    const foreign = await detail(s.facts.samples.buyerOrderId);
    expect(foreign.status).toBe(200);
    expect(foreign.body).toMatchObject({ success: false, errorCode: 'order.nopermission.seller' });
  });

  it('logistics infos for a shipped order; 500_2 before shipping', async () => {
    const s = setup();
    const token = await seller(s);
    const infos = (orderId: string) =>
      call(s, {
        namespace: LOGISTICS,
        api: 'alibaba.trade.getLogisticsInfos.sellerView',
        token,
        params: { orderId, webSite: '1688' },
      });
    const shipped = await infos(s.facts.samples.sellerShippedOrderId);
    expect(shipped.body.success).toBe(true);
    expect(shipped.body.result[0]).toMatchObject({
      logisticsBillNo: expect.any(String),
      logisticsCompanyName: expect.any(String),
      receiver: { receiverMobile: expect.stringMatching(/^1\d{10}$/) },
    });
    expect(shipped.body.result[0].logisticsOrderGoods[0].tradeOrderId).toBe(s.facts.samples.sellerShippedOrderId);
    expect((await infos(s.facts.samples.sellerOrderId)).body).toMatchObject({ success: false, errorCode: '500_2' });
  });

  it('trace steps appear as business time passes', async () => {
    const s = setup();
    // Long-lived token: the clock jumps days ahead.
    s.ctx.settings.alibabaAccessTokenSeconds = 30 * 86_400;
    const token = await seller(s);
    const id = s.facts.samples.sellerOrderId;
    await control(s.m, 'PATCH', `/orders/${id}`, { status: 'waitbuyerreceive' });
    const steps = async () =>
      (
        await call(s, {
          namespace: LOGISTICS,
          api: 'alibaba.trade.getLogisticsTraceInfo.sellerView',
          token,
          params: { orderId: id, webSite: '1688' },
        })
      ).body.logisticsTrace[0].logisticsSteps.length;
    expect(await steps()).toBe(1);
    s.ctx.clock.advance(5 * 86_400_000);
    expect(await steps()).toBe(6);
  });

  it('trace steps are `yyyy-MM-dd HH:mm:ss` and end with the signature once received', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.buyerMemberId);
    const trace = () =>
      call(s, {
        namespace: LOGISTICS,
        api: 'alibaba.trade.getLogisticsTraceInfo.buyerView',
        token,
        params: { orderId: s.facts.samples.buyerOrderId, webSite: '1688' },
      });
    const first = await trace();
    expect(first.body.success).toBe(true);
    const steps = first.body.logisticsTrace[0].logisticsSteps;
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[0].acceptTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await control(s.m, 'PATCH', `/orders/${s.facts.samples.buyerOrderId}`, { status: 'success' });
    const signed = (await trace()).body.logisticsTrace[0].logisticsSteps;
    expect(signed.at(-1).remark).toContain('签收');

    const sellerToken = await seller(s);
    const foreign = await call(s, {
      namespace: LOGISTICS,
      api: 'alibaba.trade.getLogisticsTraceInfo.buyerView',
      token: sellerToken,
      params: { orderId: s.facts.samples.buyerOrderId, webSite: '1688' },
    });
    expect(foreign.body).toMatchObject({ success: false, errorCode: 'order.nopermission.buyer' });
  });

  it('control patches show up in the API (status, memo, receiver)', async () => {
    const s = setup();
    const token = await seller(s);
    const id = s.facts.samples.sellerOrderId;
    await control(s.m, 'PATCH', `/orders/${id}`, {
      status: 'waitbuyerreceive',
      sellerMemo: '已发顺丰',
      receiver: { fullName: '测试员' },
    });
    const r = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.get.sellerView',
      token,
      params: { orderId: id, webSite: '1688' },
    });
    expect(r.body.result.baseInfo).toMatchObject({ status: 'waitbuyerreceive', sellerMemo: '已发顺丰' });
    expect(r.body.result.baseInfo.receiverInfo.toFullName).toBe('测试员');
    const list = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.getSellerOrderList',
      token,
      params: { orderStatus: 'waitbuyerreceive' },
    });
    expect(list.body.result.map((o: Row) => o.baseInfo.idOfStr)).toContain(id);
  });
});

describe('1688 seeded data', () => {
  it('is deterministic for a seed', () => {
    const a = setup(200, 7).facts.samples;
    const b = setup(200, 7).facts.samples;
    const c = setup(200, 8).facts.samples;
    expect(a).toEqual(b);
    expect(a.sellerOrderId).not.toBe(c.sellerOrderId);
  });

  // Speed is a bench figure, never an assertion: a loaded 2-core machine would fail it.
  it('handles 100,000 orders per member (deep pages, detail by id)', async () => {
    const s = setup(100_000);
    const token = await seller(s);
    const r = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.getSellerOrderList',
      token,
      params: { page: '2500', pageSize: '20', orderStatus: 'success' },
    });
    expect(r.body.totalRecord).toBeGreaterThan(50_000);
    expect(r.body.result).toHaveLength(20);
    const last = r.body.result[19].baseInfo.idOfStr;
    const detail = await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.get.sellerView',
      token,
      params: { orderId: last, webSite: '1688' },
    });
    expect(detail.body.result.baseInfo.idOfStr).toBe(last);
  });
});
