import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alibabaHandlers } from '@/utils/background/alibaba/handlers';
import { createDispatcher, type TrustedSender } from '@/utils/background/messaging/dispatcher';
import { type PageHelperDeps, pageHelperHandlers } from '@/utils/background/page-helpers/handlers';
import type { DomainOrder } from '@/utils/domain/order';
import { HandledError } from '@/utils/protocol/envelope';
import { alibabaMessages } from '@/utils/protocol/messages/alibaba';
import { pageHelperMessages } from '@/utils/protocol/messages/page-helpers';
import type { ClassifiedSender } from '@/utils/protocol/sender';
import { defaultSettings } from '@/utils/settings/schema';

const NOW = Date.parse('2025-03-10T10:00:00+09:00');
const OFFER_A = '653456789012';
const OFFER_B = '653456789013';
const ORDER_A = '3958762341027584329';
const ORDER_B = '3958762341027584330';
const BOX = '641000000123456789';

/** The helper frame in a tab at `pageUrl` (the tab's current URL, as the browser reports it). */
const cs = (pageUrl: string): TrustedSender => ({
  kind: 'helper-frame',
  tabId: 1,
  pageUrl,
  siteHost: new URL(pageUrl).hostname,
});
const page: TrustedSender = { kind: 'extension-page', url: 'chrome-extension://x/sidepanel.html' };
const offerPage = (id: string) => cs(`https://detail.1688.com/offer/${id}.html`);
const orderPage = (id: string) => cs(`https://trade.1688.com/order/new_step_order_detail.htm?orderId=${id}`);
const wingOrderPage = (orderId: string, box: string) =>
  cs(`https://wing.coupang.com/tenants/sfl-portal/delivery/management/detail?orderId=${orderId}&shipmentBoxId=${box}`);
const wingHome = cs('https://wing.coupang.com/');

function order(
  p: Partial<DomainOrder> & Pick<DomainOrder, 'key' | 'marketplace' | 'accountId' | 'orderId'>,
): DomainOrder {
  return {
    role: 'seller',
    shipmentId: p.orderId,
    marketStatus: 'waitsellersend',
    workState: 'new',
    orderedAt: '2025-03-09T12:00:00+08:00',
    lines: [
      {
        lineId: '1',
        productName: '<img src=x onerror=alert(1)>',
        quantity: 2,
        unitPrice: { currency: 'CNY', minor: 1250 },
      },
    ],
    total: { currency: 'CNY', minor: 2500 },
    recipient: {
      name: '王小明',
      phone: '13812345678',
      postcode: '310000',
      address: '浙江省杭州市余杭区文一西路969号',
      addressDetail: '3号楼',
      memo: 'call me 13812345678',
    },
    shipping: {},
    counterpartyName: '李大华',
    timeline: [],
    ...p,
  };
}

const ORDERS: DomainOrder[] = [
  order({ key: `alibaba:b2b-1:${ORDER_A}`, marketplace: 'alibaba', accountId: 'b2b-1', orderId: ORDER_A }),
  order({ key: `alibaba:b2b-1:${ORDER_B}`, marketplace: 'alibaba', accountId: 'b2b-1', orderId: ORDER_B }),
  order({
    key: `coupang:A00012345:${BOX}`,
    marketplace: 'coupang',
    accountId: 'A00012345',
    orderId: '27000012345678',
    shipmentId: BOX,
    marketStatus: 'ACCEPT',
    workState: 'new',
    shipBy: '2025-03-10T12:00:00+09:00',
    recipient: {
      name: '김철수',
      phone: '0502-1234-5678',
      postcode: '06236',
      address: '서울특별시 강남구 테헤란로 123',
      addressDetail: '4층',
    },
    total: { currency: 'KRW', minor: 15900 },
  }),
  order({
    key: 'coupang:A00012345:641000000123456790',
    marketplace: 'coupang',
    accountId: 'A00012345',
    orderId: '27000012345679',
    shipmentId: '641000000123456790',
    workState: 'toShip',
    shipBy: '2025-03-09T12:00:00+09:00',
  }),
  order({
    key: 'coupang:A00012345:641000000123456791',
    marketplace: 'coupang',
    accountId: 'A00012345',
    orderId: '27000012345680',
    shipmentId: '641000000123456791',
    workState: 'cancelRequested',
  }),
];

function setup(
  over: { consent?: boolean; accounts?: Array<{ accountKey: string; marketplace: 'alibaba' | 'coupang' }> } = {},
) {
  const openOptions = vi.fn(async () => undefined);
  const logistics = vi.fn(async ({ orderKey }: { orderKey: string }) => ({
    orderKey,
    role: 'seller' as const,
    notShipped: false,
    shipments: [{ logisticsId: 'L1', trackingNumber: 'YT123', carrierName: '圆通', lineIds: [], goods: [] }],
    traces: [{ steps: [{ at: '2025-03-09T15:00:00+08:00', remark: '快递员 张师傅 电话 13912345678 已揽收' }] }],
  }));
  const accounts = (
    over.accounts ?? [
      { accountKey: 'alibaba:b2b-1', marketplace: 'alibaba' },
      { accountKey: 'coupang:A00012345', marketplace: 'coupang' },
    ]
  ).map((a) => ({
    ...a,
    accountId: a.accountKey.split(':')[1],
    label: `Shop ${a.accountKey}`,
    lastSyncAt: NOW - 60_000,
  }));
  const core = {
    orders: { all: async () => ORDERS, get: async (k: string) => ORDERS.find((o) => o.key === k) },
    accounts: { list: async () => accounts },
    settings: { get: async () => defaultSettings() },
    consent: { hasConsent: async () => over.consent ?? true },
    outbox: { list: async () => [] },
    now: () => NOW,
  } as unknown as PageHelperDeps['core'];
  const offersGet = vi.fn(async ({ offerId }: { offerId: string }, _sender: TrustedSender) => ({
    offer: {
      id: offerId,
      source: 'own' as const,
      title: 't',
      priceTiers: [],
      minOrderQty: 1,
      supplier: { name: 's' },
      shipFrom: { province: 'p', city: 'c' },
      skus: [],
    },
    accountKey: 'alibaba:b2b-1',
  }));
  const handlers = pageHelperHandlers({
    core,
    logistics: logistics as unknown as PageHelperDeps['logistics'],
    offersGet: offersGet as unknown as PageHelperDeps['offersGet'],
    openOptions,
  });
  const dispatch = createDispatcher(pageHelperMessages, handlers, {
    onRejected: () => undefined,
    hasConsent: () => core.consent.hasConsent(),
  });
  const call = (type: keyof typeof pageHelperMessages, payload: unknown, sender: ClassifiedSender) =>
    dispatch({ type, payload }, sender) as Promise<{
      ok: boolean;
      // biome-ignore lint/suspicious/noExplicitAny: replies of several message types, checked field by field
      data?: any;
      error?: { code: string; kind?: string };
    }>;
  return { handlers, call, logistics, offersGet, openOptions };
}

describe('page-helper messages: sender scope', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the helper frame on offer A asking about offer B is refused (offers.get and the sourcing list)', async () => {
    const get = vi.fn(async (offerId: string) => ({ offer: { id: offerId }, accountKey: 'alibaba:b2b-1' }));
    const h = alibabaHandlers({
      core: {} as never,
      secrets: {} as never,
      connector: {} as never,
      logistics: {} as never,
      purchases: {} as never,
      offers: { get } as never,
    });
    const dispatch = createDispatcher(alibabaMessages, h, {
      onRejected: () => undefined,
      hasConsent: async () => true,
    });
    // offers.get is for extension pages; a page's frame reaches it only through helper.offer.
    const direct = await dispatch({ type: 'offers.get', payload: { offerId: OFFER_A } }, offerPage(OFFER_A));
    expect(direct).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // helper.offer hands it the frame's sender: the handler checks the tab's offer id once more.
    await expect(h['offers.get']({ offerId: OFFER_B }, offerPage(OFFER_A))).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(get).not.toHaveBeenCalled();
    await h['offers.get']({ offerId: OFFER_A }, offerPage(OFFER_A));
    expect(get).toHaveBeenCalledWith(OFFER_A);

    const { call } = setup();
    expect(
      await call('helper.sourcing.add', { offerId: OFFER_B, inputs: { quantity: 10 } }, offerPage(OFFER_A)),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('helper.sourcing.get', { offerId: OFFER_B }, offerPage(OFFER_A))).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get('sourcingList')).toEqual({});
  });

  it('the helper frame on order A asking about order B, or from another helper page, is refused', async () => {
    const { call, logistics } = setup();
    expect(await call('helper.order1688', { orderId: ORDER_B }, orderPage(ORDER_A))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', kind: 'helper.notInPage' },
    });
    expect(await call('helper.order1688', { orderId: ORDER_A }, offerPage(OFFER_A))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('helper.order1688', { orderId: ORDER_A }, wingHome)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Extension pages use orders.detail, not this helper message.
    expect(await call('helper.order1688', { orderId: ORDER_A }, page)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(logistics).not.toHaveBeenCalled();
  });

  it('Wing pages ask only about the order their URL names', async () => {
    const { call } = setup();
    expect(await call('helper.wing', { shipmentBoxId: BOX }, wingHome)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await call(
        'helper.wing',
        { orderId: '27000012345678', shipmentBoxId: '641000000123456790' },
        wingOrderPage('27000012345678', BOX),
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('helper.wing', {}, offerPage(OFFER_A))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('the tab URL decides: a request naming a page URL is refused, the content script may not ask at all', async () => {
    const { call, offersGet } = setup();
    const wingOrder = `https://wing.coupang.com/tenants/sfl-portal/delivery/management/detail?orderId=27000012345678&shipmentBoxId=${BOX}`;
    // A claimed URL is no part of any request any more (the frame's own URL is not believed either).
    expect(
      await call('helper.wing', { orderId: '27000012345678', shipmentBoxId: BOX, pageUrl: wingOrder }, wingHome),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    // The workbench offer route (reached by pushState: the tab URL says so): offers.get runs for it.
    const hex = BigInt(OFFER_A).toString(16);
    const offerRoute = cs(
      `https://work.1688.com/?_path_=sellerPro/2017sellerbase_offer/offerDetail&_hex_offerId=${hex}`,
    );
    expect(await call('helper.offer', { offerId: OFFER_A }, offerRoute)).toMatchObject({ ok: true });
    expect(offersGet).toHaveBeenCalledWith({ offerId: OFFER_A }, offerRoute);
    expect(await call('helper.offer', { offerId: OFFER_B }, offerRoute)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const list = cs('https://work.1688.com/?_path_=gonghuotuoguan/2017sellerbase_trade/saleList');
    expect(await call('helper.offer', { offerId: OFFER_A }, list)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // The content script (page world's neighbour) has no helper messages at all since issue 18.
    const contentScript: TrustedSender = {
      kind: 'content-script',
      tabId: 1,
      pageUrl: `https://detail.1688.com/offer/${OFFER_A}.html`,
      siteHost: 'detail.1688.com',
    };
    for (const [type, payload] of [
      ['helper.offer', { offerId: OFFER_A }],
      ['helper.calculator.save', { settings: {} }],
      ['helper.sourcing.add', { offerId: OFFER_A, inputs: { quantity: 1 } }],
      ['helper.openOptions', {}],
    ] as const) {
      expect(await call(type, payload, contentScript), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(offersGet).toHaveBeenCalledTimes(1);
  });

  it('calculator settings are for offer pages (and extension pages) only', async () => {
    const { call } = setup();
    const settings = {
      rate: { krwPerCny: 191.25, date: '2025-03-10' },
      shipping: { mode: 'perKg', perUnitKrw: 0, perKgKrw: 7000 },
      dutyPercent: 8,
      vatPercent: 10,
      category: 'general',
      commissionPercent: 10.8,
      coupangShippingFeeKrw: 3000,
    };
    expect(await call('helper.calculator.save', { settings }, wingHome)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('helper.calculator.get', {}, orderPage(ORDER_A))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('helper.calculator.get', {}, offerPage(OFFER_A))).toMatchObject({
      ok: true,
      data: { saved: false },
    });
    expect(await call('helper.calculator.save', { settings }, offerPage(OFFER_A))).toMatchObject({ ok: true });
    expect(await call('helper.calculator.get', {}, page)).toMatchObject({ ok: true, data: { saved: true, settings } });
    // Out-of-range values never reach storage.
    expect(
      await call('helper.calculator.save', { settings: { ...settings, vatPercent: 300 } }, offerPage(OFFER_A)),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('opens options only for the helper frame on a helper page', async () => {
    const { call, openOptions } = setup();
    expect(await call('helper.openOptions', {}, cs('https://detail.1688.com/about.html'))).toMatchObject({ ok: false });
    expect(openOptions).not.toHaveBeenCalled();
    expect(await call('helper.openOptions', {}, wingHome)).toMatchObject({ ok: true, data: { opened: true } });
    expect(openOptions).toHaveBeenCalledTimes(1);
  });
});

describe('page-helper messages: replies', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the 1688 order view is masked and carries no contact data', async () => {
    const { call, logistics } = setup();
    const r = await call('helper.order1688', { orderId: ORDER_A }, orderPage(ORDER_A));
    expect(r.ok).toBe(true);
    expect(logistics).toHaveBeenCalledWith({ orderKey: `alibaba:b2b-1:${ORDER_A}` }, expect.anything());
    const text = JSON.stringify(r.data);
    for (const secret of [
      '王小明',
      '13812345678',
      '文一西路',
      '969',
      '3号楼',
      'call me',
      '李大华',
      '13912345678',
      '310000',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(r.data.order.recipient).toEqual({ name: '王*明', region: '浙江省杭州市***' });
    expect(r.data.order.counterpartyName).toBe('李*华');
    expect(r.data.logistics.steps[0].remark).toContain('139****5678');
    // Markup is data, kept verbatim for the panel to render as text.
    expect(r.data.order.lines[0].productName).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps the order when logistics fail, with the error', async () => {
    const deps = setup();
    deps.logistics.mockRejectedValueOnce(new HandledError('marketplace_error', 'boom', 'alibaba.network'));
    const r = await deps.handlers['helper.order1688']({ orderId: ORDER_A }, orderPage(ORDER_A));
    expect(r).toMatchObject({
      order: { orderId: ORDER_A },
      logisticsError: { code: 'marketplace_error', kind: 'alibaba.network' },
    });
  });

  it('says not connected, no consent, or not cached', async () => {
    expect(
      await setup({ consent: false }).call('helper.order1688', { orderId: ORDER_A }, orderPage(ORDER_A)),
    ).toMatchObject({
      ok: false,
      error: { code: 'consent_required' },
    });
    expect(await setup({ accounts: [] }).call('helper.wing', {}, wingHome)).toMatchObject({
      ok: false,
      error: { code: 'not_connected' },
    });
    expect(
      await setup({ accounts: [{ accountKey: 'coupang:A00012345', marketplace: 'coupang' }] }).call(
        'helper.order1688',
        { orderId: ORDER_A },
        orderPage(ORDER_A),
      ),
    ).toMatchObject({ ok: false, error: { code: 'not_connected' } });
    const missing = '3958762341027584399';
    expect(await setup().call('helper.order1688', { orderId: missing }, orderPage(missing))).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', kind: 'orderNotCached' },
    });
  });

  it("Wing: today's counts and the named order's next step, masked", async () => {
    const { call } = setup();
    const home = await call('helper.wing', {}, wingHome);
    expect(home).toMatchObject({
      ok: true,
      data: {
        vendors: 1,
        counts: { toAcknowledge: 1, toShip: 1, dueSoon: 1, overdue: 1, cancelRequests: 1 },
        orderNotCached: false,
      },
    });
    expect(home.data.order).toBeUndefined();
    const one = await call(
      'helper.wing',
      { orderId: '27000012345678', shipmentBoxId: BOX },
      wingOrderPage('27000012345678', BOX),
    );
    expect(one.data.order).toMatchObject({
      orderKey: `coupang:A00012345:${BOX}`,
      nextStep: 'acknowledge',
      recipientName: '김*수',
    });
    expect(JSON.stringify(one.data)).not.toMatch(/김철수|0502-1234-5678|테헤란로/);
    const gone = await call('helper.wing', { orderId: '1', shipmentBoxId: '2' }, wingOrderPage('1', '2'));
    expect(gone.data).toMatchObject({ orderNotCached: true });
  });

  it('the sourcing list keeps the offer id and the seller’s own numbers only', async () => {
    const { call } = setup();
    const r = await call(
      'helper.sourcing.add',
      { offerId: OFFER_A, inputs: { quantity: 120, unitWeightKg: 0.35, salePriceKrw: 15900 } },
      offerPage(OFFER_A),
    );
    expect(r).toMatchObject({ ok: true, data: { count: 1 } });
    // Extra fields (e.g. a title or image copied from the page) are refused by the schema.
    expect(
      await call('helper.sourcing.add', { offerId: OFFER_A, inputs: { quantity: 1 }, title: 'x' }, offerPage(OFFER_A)),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const stored = (await fakeBrowser.storage.local.get('sourcingList')).sourcingList as Array<Record<string, unknown>>;
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]).sort()).toEqual(['addedAt', 'inputs', 'offerId', 'settings', 'updatedAt']);
    expect(stored[0]).toMatchObject({
      offerId: OFFER_A,
      inputs: { quantity: 120, unitWeightKg: 0.35, salePriceKrw: 15900 },
    });
    // Adding again updates the entry instead of duplicating it.
    await call('helper.sourcing.add', { offerId: OFFER_A, inputs: { quantity: 500 } }, offerPage(OFFER_A));
    const again = await call('helper.sourcing.get', { offerId: OFFER_A }, offerPage(OFFER_A));
    expect(again.data).toMatchObject({ count: 1, entry: { inputs: { quantity: 500 }, addedAt: NOW } });
  });
});
