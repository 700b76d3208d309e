import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PURCHASE_ACTION } from '@/utils/background/alibaba/purchase/service';
import type { CrossborderDeps } from '@/utils/background/crossborder/flow/deps';
import { groupKey, linksForGroup, planPurchases } from '@/utils/background/crossborder/flow/planner';
import { type FlowContext, flowRow, linesToBuy } from '@/utils/background/crossborder/flow/rows';
import { FlowService } from '@/utils/background/crossborder/flow/service';
import { flowStateOf } from '@/utils/background/crossborder/flow/state';
import {
  loadOrderLinks,
  type OrderLink,
  type PurchaseLink,
  pruneDisconnected,
  putPurchases,
  withPurchase,
} from '@/utils/background/crossborder/links/order-links';
import { setProductLink } from '@/utils/background/crossborder/links/product-links';
import { crossborderProfit } from '@/utils/background/crossborder/profit/profit';
import type { TrustedSender } from '@/utils/background/messaging/dispatcher';
import type { OutboxRecord } from '@/utils/background/store/db';
import type { DomainOrder } from '@/utils/domain/order';
import type { ProductLink } from '@/utils/protocol/messages/crossborder';

/**
 * Issue 17: one Coupang box holding goods of two 1688 suppliers becomes two purchases, one per
 * supplier; its stage is the least advanced of them; profit sums both at their own rates; a link
 * stored in the old one-purchase shape still reads; a re-plan after one create failed buys only
 * that supplier's lines again.
 */

const sender: TrustedSender = { kind: 'extension-page', url: 'chrome-extension://x/sidepanel.html' };
const ORDER_KEY = 'coupang:A00012345:3000000001';
const ALI = 'alibaba:b2b-buyer';

const order = (patch: Partial<DomainOrder> = {}): DomainOrder => ({
  key: ORDER_KEY,
  marketplace: 'coupang',
  accountId: 'A00012345',
  role: 'seller',
  orderId: '2000000001',
  shipmentId: '3000000001',
  marketStatus: 'INSTRUCT',
  workState: 'toShip',
  orderedAt: '2026-12-04T10:00:00+09:00',
  lines: [
    {
      lineId: 'L1',
      productName: '원목 도마',
      quantity: 1,
      unitPrice: { currency: 'KRW', minor: 19_900 },
      itemId: '81000001',
    },
    {
      lineId: 'L2',
      productName: '실리콘 주걱',
      quantity: 2,
      unitPrice: { currency: 'KRW', minor: 6_900 },
      itemId: '81000002',
    },
  ],
  total: { currency: 'KRW', minor: 33_700 },
  recipient: {
    name: '김고객',
    phone: '0505-000-0000',
    postcode: '06236',
    address: '서울 강남구 테헤란로 1',
    addressDetail: '101호',
    customsCode: 'P123456789012',
  },
  shipping: {},
  timeline: [],
  ...patch,
});

const productLink = (vendorItemId: string, offerId: string, unitsPerItem = 1): ProductLink => ({
  vendorItemId,
  offerId,
  unitsPerItem,
  mode: 'agent',
  createdAt: 0,
  updatedAt: 0,
});
const LINKS = [productLink('81000001', '600001', 1), productLink('81000002', '700002', 3)];
/** Offer → supplier, as 1688's offers.get answers. */
const SUPPLIER: Record<string, { memberId: string; name: string }> = {
  '600001': { memberId: 'b2b-shop-a', name: '义乌A店' },
  '700002': { memberId: 'b2b-shop-b', name: '广州B厂' },
};
/** Per offer: unit price (fen); freight ¥5.00 per purchase. */
const UNIT_FEN: Record<string, number> = { '600001': 1_250, '700002': 330 };
const FREIGHT_FEN = 500;

function deps(previews: Array<{ offerId: string; quantity: number }[]>): CrossborderDeps {
  const d = {
    offersGet: async ({ offerId }: { offerId: string }) => ({ offer: { supplier: SUPPLIER[offerId]! } }),
    purchasePreview: async ({ lines }: { lines: { offerId: string; quantity: number }[] }) => {
      previews.push(lines.map((l) => ({ offerId: l.offerId, quantity: l.quantity })));
      const goods = lines.reduce((n, l) => n + UNIT_FEN[l.offerId]! * l.quantity, 0);
      const money = (minor: number) => ({ currency: 'CNY' as const, minor });
      return {
        previewToken: crypto.randomUUID(),
        expiresAt: 0,
        preview: {
          orders: [
            {
              lines: lines.map((l) => ({ offerId: l.offerId, unitPrice: money(UNIT_FEN[l.offerId]!), ok: true })),
              goods: money(goods),
              shipping: money(FREIGHT_FEN),
              discount: money(0),
              total: money(goods + FREIGHT_FEN),
              tradeModes: [],
            },
          ],
          goods: money(goods),
          shipping: money(FREIGHT_FEN),
          discount: money(0),
          total: money(goods + FREIGHT_FEN),
          orderable: true,
          warnings: [],
        },
      };
    },
  };
  return d as unknown as CrossborderDeps;
}

const ADDRESS = {
  id: '8f2d3c4e-1111-4222-8333-944455556666',
  label: '웨이하이',
  address: {
    fullName: '威海仓库',
    mobile: '13800138000',
    provinceText: '山东省',
    cityText: '威海市',
    areaText: '环翠区',
    address: '海滨北路 88 号',
  },
};

function ctxWith(outbox: Partial<OutboxRecord>[] = [], orders: DomainOrder[] = [order()]): FlowContext {
  return {
    orders: new Map(orders.map((o) => [o.key, o])),
    outbox: outbox as OutboxRecord[],
    links: LINKS,
  };
}

const purchase = (patch: Partial<PurchaseLink>): PurchaseLink => ({
  alibabaAccountKey: ALI,
  lines: [],
  createdAt: 1,
  ...patch,
});
const created = (key: string, state: OutboxRecord['state']): Partial<OutboxRecord> => ({
  action: PURCHASE_ACTION,
  targetId: key,
  state,
});

describe('planning a Coupang order whose lines come from two 1688 suppliers', () => {
  it('becomes two supplier groups, each with only its own lines, priced apart', async () => {
    const previews: Array<{ offerId: string; quantity: number }[]> = [];
    const { plan, skipped } = await planPurchases(deps(previews), sender, {
      orders: [order()],
      productLinks: LINKS,
      toBuy: () => ['L1', 'L2'],
      address: ADDRESS,
      alibabaAccountKey: ALI,
      krwPerCny: 191.25,
    });
    expect(skipped).toEqual([]);
    expect(plan.groups.map((g) => [g.supplierId, g.shares.map((s) => [s.orderKey, s.lineId, s.quantity])])).toEqual([
      ['b2b-shop-a', [[ORDER_KEY, 'L1', 1]]],
      ['b2b-shop-b', [[ORDER_KEY, 'L2', 6]]], // 2 sold × 3 units per item
    ]);
    // One preview (one future 1688 order) per supplier, each with only that supplier's offer.
    expect(previews).toEqual([[{ offerId: '600001', quantity: 1 }], [{ offerId: '700002', quantity: 6 }]]);
    expect(plan.groups.map((g) => [g.goodsFen, g.freightFen])).toEqual([
      [1_250, 500],
      [1_980, 500],
    ]);

    // Each group writes its own purchase into the one order link, with its lines and amounts.
    const keys = [await groupKey('confirm-1', 0), await groupKey('confirm-1', 1)];
    expect(new Set(keys).size).toBe(2);
    expect(await groupKey('confirm-1', 1)).toBe(keys[1]); // the same confirmation names the same purchase
    let link: OrderLink | undefined;
    plan.groups.forEach((g, i) => {
      for (const e of linksForGroup(plan, g, keys[i]!, 10)) link = withPurchase(link, e.orderKey, e.purchase);
    });
    expect(
      link?.purchases.map((p) => [p.idempotencyKey, p.supplierId, p.lines.map((l) => l.lineId), p.goodsFen]),
    ).toEqual([
      [keys[0], 'b2b-shop-a', ['L1'], 1_250],
      [keys[1], 'b2b-shop-b', ['L2'], 1_980],
    ]);
    // A repeated confirmation writes nothing twice.
    const again = withPurchase(link, ORDER_KEY, linksForGroup(plan, plan.groups[0]!, keys[0]!, 11)[0]!.purchase);
    expect(again.purchases).toHaveLength(2);
  });
});

describe('the stage of an order filled by several purchases: the least advanced', () => {
  const coupang = { workState: 'toShip' as const };
  const unpaid = { marketStatus: 'waitbuyerpay', workState: 'other' as const };
  const shipped = { marketStatus: 'waitbuyerreceive', workState: 'inTransit' as const };
  const signed = { marketStatus: 'success', workState: 'delivered' as const };
  const link = (...ps: PurchaseLink[]) => ({ purchases: ps });
  const a = purchase({ alibabaOrderId: '111', lines: [{ lineId: 'L1', offerId: '600001', quantity: 1 }] });
  const b = purchase({ alibabaOrderId: '222', lines: [{ lineId: 'L2', offerId: '700002', quantity: 6 }] });
  const needed = ['L1', 'L2'];

  it('toPurchase while a line has no purchase', () => {
    expect(flowStateOf(coupang, link(a), [{ order: shipped }], needed, false)).toBe('toPurchase');
  });
  it('toPay while any is unpaid; supplierShipping while any is not at the forwarder', () => {
    expect(flowStateOf(coupang, link(a, b), [{ order: shipped }, { order: unpaid }], needed, false)).toBe('toPay');
    expect(flowStateOf(coupang, link(a, b), [{ order: signed }, { order: shipped }], needed, false)).toBe(
      'supplierShipping',
    );
  });
  it('atForwarder only when all arrived (signed for, or marked by the seller)', () => {
    const bMarked = { ...b, arrivedAt: 5 };
    expect(flowStateOf(coupang, link(a, bMarked), [{ order: signed }, { order: shipped }], needed, false)).toBe(
      'atForwarder',
    );
    const tracking = { courierCode: 'CJGLS', trackingNumber: '512345678901' };
    expect(
      flowStateOf(
        coupang,
        { ...link(a, bMarked), forwarderTracking: tracking },
        [{ order: signed }, { order: shipped }],
        needed,
        false,
      ),
    ).toBe('readyToShip');
    expect(flowStateOf(coupang, link(a, b), [{ order: unpaid }, {}], needed, true)).toBe('invoiceUploaded');
  });
  it('a failed or closed purchase puts its lines back to purchase', () => {
    const closed = { marketStatus: 'cancel', workState: 'cancelled' as const };
    expect(flowStateOf(coupang, link(a, b), [{ order: signed }, { order: closed }], needed, false)).toBe('toPurchase');
    const bCreate = { ...b, alibabaOrderId: undefined, idempotencyKey: 'kb' } as PurchaseLink;
    expect(flowStateOf(coupang, link(a, bCreate), [{ order: signed }, { createState: 'failed' }], needed, false)).toBe(
      'toPurchase',
    );
    expect(flowStateOf(coupang, link(a, bCreate), [{ order: signed }, { createState: 'sending' }], needed, false)).toBe(
      'toPay',
    );
  });
});

describe('profit of an order filled by two purchases', () => {
  it('sums each purchase’s goods and freight at its own stored rate, to the won', () => {
    const p = crossborderProfit({
      coupang: { basis: 'actual', sale: 33_700, shippingFee: 0, fees: 4_004, sellerDiscount: 0, settlement: 29_696 },
      purchases: [
        { goodsFen: 1_250, freightFen: 500, krwPerCny: 191.25 }, // shop A
        { goodsFen: 1_980, freightFen: 500, krwPerCny: 189.7 }, // shop B, bought a day later
      ],
      forwarderKrw: 6_500,
      otherKrw: 700,
      krwPerUsd: 1_400,
      dutyPercent: 8,
      vatPercent: 10,
      sameDayOtherUsdCents: 0,
    });
    // A: 12.50 × 191.25 = 2,390.625 → 2,391; freight 5.00 × 191.25 = 956.25 → 956.
    // B: 19.80 × 189.70 = 3,756.06 → 3,756; freight 5.00 × 189.70 = 948.5 → 949 (half up).
    expect(p.goodsKrw).toBe(2_391 + 3_756);
    expect(p.freightKrw).toBe(956 + 949);
    expect(p.goodsFen).toBe(3_230);
    expect(p.freightFen).toBe(1_000);
    // Two rates: none is "the" rate of the order.
    expect(p.krwPerCny).toBeUndefined();
    // 6,147 ÷ 1,400 = US$4.39 → 439 cents: list clearance, no duty or VAT.
    expect(p.customsValueUsdCents).toBe(439);
    expect(p.dutyKrw).toBe(0);
    // 29,696 − 6,147 − 1,905 − 6,500 − 700 = 14,444.
    expect(p.profit).toBe(14_444);
    expect(p.costKnown).toBe(true);
  });
  it('the cost is unknown while one purchase’s amounts are (1688 disconnected)', () => {
    const p = crossborderProfit({
      coupang: { basis: 'estimated', sale: 10_000, shippingFee: 0, fees: 1_000, sellerDiscount: 0, settlement: 9_000 },
      purchases: [{ goodsFen: 1_000, freightFen: 0, krwPerCny: 190 }, { krwPerCny: 190 }],
      forwarderKrw: 0,
      otherKrw: 0,
      krwPerUsd: 1_400,
      dutyPercent: 8,
      vatPercent: 10,
      sameDayOtherUsdCents: 0,
    });
    expect(p.costKnown).toBe(false);
    expect(p.goodsKrw).toBe(0);
  });
});

describe('stored order links', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a link stored in the old one-purchase shape reads as one purchase, and keeps working', async () => {
    const old = {
      orderKey: ORDER_KEY,
      alibabaAccountKey: ALI,
      idempotencyKey: '0b7f7e1c-0000-5000-8000-000000000001',
      alibabaOrderId: '4455667788',
      lines: [{ lineId: 'L1', offerId: '600001', quantity: 1 }],
      krwPerCny: 191.25,
      goodsFen: 1_250,
      freightFen: 500,
      arrivedAt: 77,
      forwarderTracking: { courierCode: 'CJGLS', trackingNumber: '512345678901' },
      createdAt: 5,
    };
    await fakeBrowser.storage.local.set({ orderLinks: [old, { garbage: true }] });
    const [link, ...rest] = await loadOrderLinks();
    expect(rest).toEqual([]);
    expect(link).toEqual({
      orderKey: ORDER_KEY,
      purchases: [
        {
          alibabaAccountKey: ALI,
          idempotencyKey: old.idempotencyKey,
          alibabaOrderId: '4455667788',
          lines: old.lines,
          krwPerCny: 191.25,
          goodsFen: 1_250,
          freightFen: 500,
          arrivedAt: 77,
          createdAt: 5,
        },
      ],
      forwarderTracking: old.forwarderTracking,
      createdAt: 5,
    });
    // The old purchase still decides the stage (readyToShip: the tracking number is the order's).
    expect(flowStateOf({ workState: 'toShip' }, link, [{}], ['L1'], false)).toBe('readyToShip');

    // A second supplier's purchase joins it; disconnecting 1688 drops the amounts of both.
    await putPurchases([
      {
        orderKey: ORDER_KEY,
        purchase: purchase({ idempotencyKey: 'k2', lines: [{ lineId: 'L2', quantity: 6 }], goodsFen: 9 }),
      },
    ]);
    await pruneDisconnected(new Set());
    const [after] = await loadOrderLinks();
    expect(
      after?.purchases.map((p) => [p.alibabaOrderId ?? p.idempotencyKey, 'goodsFen' in p, 'freightFen' in p]),
    ).toEqual([
      ['4455667788', false, false],
      ['k2', false, false],
    ]);
    expect(after?.forwarderTracking).toEqual(old.forwarderTracking);
    // Written back in the current shape.
    const raw = (await fakeBrowser.storage.local.get('orderLinks')).orderLinks as Record<string, unknown>[];
    expect(raw[0]).toHaveProperty('purchases');
    expect(raw[0]).not.toHaveProperty('alibabaAccountKey');
  });
});

describe('re-planning after one of the purchases failed', () => {
  it('buys only the failed supplier’s lines again; the purchase that went through is kept', async () => {
    const a = purchase({
      idempotencyKey: 'ka',
      supplierId: 'b2b-shop-a',
      lines: [{ lineId: 'L1', offerId: '600001', quantity: 1 }],
    });
    const b = purchase({
      idempotencyKey: 'kb',
      supplierId: 'b2b-shop-b',
      lines: [{ lineId: 'L2', offerId: '700002', quantity: 6 }],
    });
    const link: OrderLink = { orderKey: ORDER_KEY, purchases: [a, b], createdAt: 1 };
    // Shop B's create failed (1688 refused it); shop A's went through.
    const ctx = ctxWith([created('ka', 'succeeded'), created('kb', 'failed')]);
    expect(flowRow(ctx, order(), link).state).toBe('toPurchase');
    expect(flowRow(ctx, order(), link).unfilledLines).toBe(1);
    const toBuy = linesToBuy(ctx, order(), link);
    expect(toBuy).toEqual(['L2']);

    const previews: Array<{ offerId: string; quantity: number }[]> = [];
    const { plan } = await planPurchases(deps(previews), sender, {
      orders: [order()],
      productLinks: LINKS,
      toBuy: () => toBuy,
      address: ADDRESS,
      alibabaAccountKey: ALI,
      krwPerCny: 190,
    });
    expect(previews).toEqual([[{ offerId: '700002', quantity: 6 }]]);
    expect(plan.groups.map((g) => g.supplierId)).toEqual(['b2b-shop-b']);

    // The new purchase replaces the failed one; shop A's stays as it was.
    const entry = linksForGroup(plan, plan.groups[0]!, 'kb2', 20)[0]!;
    const next = withPurchase(link, ORDER_KEY, entry.purchase);
    expect(next.purchases.map((p) => p.idempotencyKey)).toEqual(['ka', 'kb2']);
    const ctx2 = ctxWith([created('ka', 'succeeded'), created('kb', 'failed'), created('kb2', 'sending')]);
    expect(linesToBuy(ctx2, order(), next)).toEqual([]);
    expect(flowRow(ctx2, order(), next).state).toBe('toPay');
    // Nothing left to buy: a third preview of this order plans nothing.
    const none = await planPurchases(deps([]), sender, {
      orders: [order()],
      productLinks: LINKS,
      toBuy: () => linesToBuy(ctx2, order(), next),
      address: ADDRESS,
      alibabaAccountKey: ALI,
      krwPerCny: 190,
    });
    expect(none.plan.groups).toEqual([]);
    expect(none.skipped).toEqual([{ orderKey: ORDER_KEY, reason: 'notToPurchase' }]);
  });
});

describe('linking 1688 orders bought elsewhere to the lines they fill', () => {
  beforeEach(() => fakeBrowser.reset());

  /** The flow over one synced two-line Coupang order, with the two options linked (구매대행). */
  async function service() {
    const orders = new Map([[ORDER_KEY, order()]]);
    const core = {
      now: () => 1_000,
      orders: { all: async () => [...orders.values()], get: async (k: string) => orders.get(k) },
      outbox: { list: async () => [] },
      accounts: { get: async (k: string) => (k === ALI ? { accountKey: ALI, marketplace: 'alibaba' } : undefined) },
    };
    for (const { createdAt: _c, updatedAt: _u, ...l } of LINKS) await setProductLink(l, 0);
    return new FlowService({ core, purchaseStatus: async () => ({}) } as unknown as CrossborderDeps);
  }

  it('one line at a time: the second shop’s order fills the other line; the order then waits to be paid', async () => {
    const flow = await service();
    await flow.linkOrder({ orderKey: ORDER_KEY, alibabaAccountKey: ALI, alibabaOrderId: '1110001', lineIds: ['L1'] });
    let row = (await flow.rows()).rows[0]!;
    expect(row.state).toBe('toPurchase');
    expect(row.unfilledLines).toBe(1);
    // Without lineIds: the lines still unfilled (L2 only), never the one already linked.
    await flow.linkOrder({ orderKey: ORDER_KEY, alibabaAccountKey: ALI, alibabaOrderId: '2220002' });
    row = (await flow.rows()).rows[0]!;
    expect(row.purchases.map((p) => [p.orderId, p.lineIds])).toEqual([
      ['1110001', ['L1']],
      ['2220002', ['L2']],
    ]);
    expect(row.unfilledLines).toBe(0);
    expect(row.state).toBe('toPay');
    // The seller marks one parcel at the forwarder: the order waits for the other.
    await flow.markArrived(ORDER_KEY, true, row.purchases[0]!.ref);
    row = (await flow.rows()).rows[0]!;
    expect(row.purchases.map((p) => p.stage)).toEqual(['atForwarder', 'toPay']);
    expect(row.state).toBe('toPay');
    // "All arrived" marks the one still on its way.
    await flow.markArrived(ORDER_KEY, true);
    expect((await flow.rows()).rows[0]!.state).toBe('atForwarder');
  });
});
