import { markerFor, PURCHASE_ACTION } from '../../../../utils/background/alibaba/purchase/service';
import { cacheList } from '../../../../utils/background/store/cache';
import { getDb } from '../../../../utils/background/store/db';
import { HandledError } from '../../../../utils/protocol/envelope';
import { consentPage, freshStorage, makeCore, makeModule, page, type Sandbox, sandbox, sandboxFetch } from './harness';

beforeEach(freshStorage);

const ADDRESS = {
  fullName: '张三',
  mobile: '13800138000',
  provinceText: '浙江省',
  cityText: '杭州市',
  areaText: '余杭区',
  address: '文一西路 969 号',
};

async function connected(s: Sandbox, fetchFn: typeof fetch, now?: () => number) {
  const core = makeCore(fetchFn, now);
  const mod = makeModule(core, consentPage(s));
  const { account } = await mod.handlers['connections.connectAlibaba'](
    { mode: 'ownApp', appKey: s.facts.appKey, appSecret: s.facts.appSecret },
    page,
  );
  return { core, mod, accountKey: account.accountKey, memberId: account.accountId };
}

interface OfferInfo {
  offerId: string;
  minOrderQuantity: number;
  skus: { specId: string }[];
}

async function orderableLine(s: Sandbox) {
  const offer = await s.control<OfferInfo>('GET', `/offers/${s.facts.samples.otherOfferId}`);
  return { offerId: offer.offerId, specId: offer.skus[0]?.specId, quantity: Math.max(offer.minOrderQuantity, 2) };
}

const created = async (s: Sandbox, memberId: string) =>
  (await s.control<{ ordersCreated: number; fastCreateOrderCalls: number }>('GET', `/purchases/${memberId}`))
    .ordersCreated;

async function settle<T>(fn: () => T | Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('1688 purchase orders', () => {
  it('previews (fen → money), needs an address, and creates exactly once per idempotency key', async () => {
    const s = sandbox();
    const { core, mod, accountKey, memberId } = await connected(s, sandboxFetch(s).fetch);
    const line = await orderableLine(s);

    await expect(mod.handlers['purchase.preview']({ accountKey, lines: [line] }, page)).rejects.toMatchObject({
      kind: 'alibaba.addressRequired',
    });
    const p = await mod.handlers['purchase.preview']({ accountKey, lines: [line], address: ADDRESS }, page);
    expect(p.preview.orderable).toBe(true);
    expect(p.preview.total.currency).toBe('CNY');
    expect(p.preview.total.minor).toBe(p.preview.goods.minor + p.preview.shipping.minor - p.preview.discount.minor);
    // The draft (with the address) is cached encrypted, never in the outbox.
    const raw = await (await getDb()).getAll('cache');
    expect(JSON.stringify(raw.map((r) => r.data))).not.toContain('13800138000');

    const key = crypto.randomUUID();
    const req = { accountKey, previewToken: p.previewToken, idempotencyKey: key, tradeType: 'assureTrade' };
    const [a, b] = await Promise.all([
      mod.handlers['purchase.create'](req, page),
      mod.handlers['purchase.create'](req, page),
    ]);
    expect(a.idempotencyKey).toBe(key);
    expect(b.idempotencyKey).toBe(key);
    const done = await settle(
      () => mod.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state === 'succeeded',
    );
    expect(done.state).toBe('succeeded');
    expect(done.orderId).toMatch(/^\d+$/);
    expect(done.total).toEqual(p.preview.total);
    // Clicking again after success still does not create a second order.
    const again = await mod.handlers['purchase.create'](req, page);
    expect(again.state).toBe('succeeded');
    expect(await created(s, memberId)).toBe(1);
    const items = (await core.outbox.list({ accountKey })).filter((r) => r.action === PURCHASE_ACTION);
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items[0]!.payload)).not.toContain(ADDRESS.mobile);
  });

  it('settles a create interrupted mid-request by finding its order, never sending it twice', async () => {
    const s = sandbox();
    let phase: 'first' | 'second' = 'first';
    const { fetch } = sandboxFetch(s, {
      // The first worker's create reaches 1688, then the worker dies before the answer.
      hold: (path) => (phase === 'first' && path.includes('fastCreateOrder') ? 'forward' : 'pass'),
    });
    const { mod, accountKey, memberId } = await connected(s, fetch);
    const line = await orderableLine(s);
    const p = await mod.handlers['purchase.preview']({ accountKey, lines: [line], address: ADDRESS }, page);
    const key = crypto.randomUUID();
    await mod.handlers['purchase.create']({ accountKey, previewToken: p.previewToken, idempotencyKey: key }, page);
    await settle(
      () => created(s, memberId),
      (n) => n === 1,
    );
    expect((await mod.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page)).state).toBe('sending');

    // A new worker: same storage, new services. Its start settles the interrupted item.
    phase = 'second';
    const core2 = makeCore(fetch);
    const mod2 = makeModule(core2, consentPage(s));
    await mod2.start!();
    const done = await settle(
      () => mod2.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state === 'succeeded',
    );
    expect(done.state).toBe('succeeded');
    expect(done.orderId).toBeTruthy();
    expect(await created(s, memberId)).toBe(1);
    const order = await s.control<{ buyerFeedback: string }>('GET', `/orders/${done.orderId}`);
    expect(order.buyerFeedback).toContain(markerFor(key));
  });

  it('keeps looking while an interrupted create is still on its way, and finds it once 1688 made it', async () => {
    const s = sandbox();
    let phase: 'first' | 'second' = 'first';
    const { fetch, calls } = sandboxFetch(s, {
      hold: (path) => (phase === 'first' && path.includes('fastCreateOrder') ? 'forward' : 'pass'),
    });
    const { mod, accountKey, memberId } = await connected(s, fetch);
    const line = await orderableLine(s);
    const p = await mod.handlers['purchase.preview']({ accountKey, lines: [line], address: ADDRESS }, page);
    // 1688 takes 4 s to create it: the new worker's first looks find nothing yet.
    s.ctx.faults.add({ market: 'alibaba', pathPattern: 'fastCreateOrder', kind: 'latency', ms: 4000, times: 1 });
    const key = crypto.randomUUID();
    await mod.handlers['purchase.create']({ accountKey, previewToken: p.previewToken, idempotencyKey: key }, page);
    await settle(
      () => mod.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state === 'sending',
    );
    phase = 'second';
    const core2 = makeCore(fetch);
    const mod2 = makeModule(core2, consentPage(s));
    await mod2.start!();
    const done = await settle(
      () => mod2.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state !== 'sending',
      20_000,
    );
    expect(done).toMatchObject({ state: 'succeeded', result: { outcome: 'applied' } });
    expect(await created(s, memberId)).toBe(1);
    expect(calls.filter((c) => c.api === 'alibaba.trade.fastCreateOrder')).toHaveLength(1);
    // It looked more than once (nothing yet, then the order), not once and gave up.
    expect(calls.filter((c) => c.api === 'alibaba.trade.getBuyerOrderList').length).toBeGreaterThan(1);
  }, 30_000);

  it('sends again only once the settle window passed without the order appearing', async () => {
    const s = sandbox();
    // The first worker's creates never leave (it died while signing / before the socket opened) —
    // nor do any it would try later: a dead worker sends nothing, however slow this machine is
    // (its own 30 s create timeout must not let it send beside the second worker).
    const { fetch: dying } = sandboxFetch(s, {
      hold: (path) => (path.includes('fastCreateOrder') ? 'drop' : 'pass'),
    });
    const { fetch } = sandboxFetch(s);
    const { mod, accountKey, memberId } = await connected(s, dying);
    const line = await orderableLine(s);
    const p = await mod.handlers['purchase.preview']({ accountKey, lines: [line], address: ADDRESS }, page);
    const key = crypto.randomUUID();
    await mod.handlers['purchase.create']({ accountKey, previewToken: p.previewToken, idempotencyKey: key }, page);
    await settle(
      () => mod.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state === 'sending',
    );
    // A worker started a minute later: past the settle window, "not found" means "not created".
    const later = () => Date.now() + 60_000;
    const mod2 = makeModule(makeCore(fetch, later), consentPage(s));
    await mod2.start!();
    const done = await settle(
      () => mod2.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state === 'succeeded',
    );
    expect(done.state).toBe('succeeded');
    expect(await created(s, memberId)).toBe(1);
  });

  for (const status of [504, 500]) {
    it(`a create 1688 made behind a ${status} answer ends created, once, after looking it up (issue 18)`, async () => {
      const s = sandbox();
      const { core, mod, accountKey, memberId } = await connected(s, sandboxFetch(s).fetch);
      const line = await orderableLine(s);
      const p = await mod.handlers['purchase.preview']({ accountKey, lines: [line], address: ADDRESS }, page);
      // 1688 creates the order; the gateway in front answers gw.ServiceTimeout / gw.InternalError.
      s.ctx.faults.add({
        market: 'alibaba',
        pathPattern: 'alibaba\\.trade\\.fastCreateOrder',
        kind: 'appliedThenError',
        status,
        times: 1,
      });
      const key = crypto.randomUUID();
      await mod.handlers['purchase.create']({ accountKey, previewToken: p.previewToken, idempotencyKey: key }, page);
      const done = await settle(
        () => mod.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
        (st) => st.state !== 'queued' && st.state !== 'sending',
      );
      expect(done).toMatchObject({ state: 'succeeded', result: { outcome: 'applied', code: 'APPLIED' } });
      expect(done.orderId).toMatch(/^\d+$/);
      expect(await created(s, memberId)).toBe(1);
      const [item] = (await core.outbox.list({ accountKey })).filter((r) => r.action === PURCHASE_ACTION);
      expect(item).toMatchObject({ attempts: 1 });
    });
  }

  it('reports a refused create (stock) as failed with a reason, and nothing was created', async () => {
    const s = sandbox();
    const { mod, accountKey, memberId } = await connected(s, sandboxFetch(s).fetch);
    const line = await orderableLine(s);
    const p = await mod.handlers['purchase.preview']({ accountKey, lines: [line], address: ADDRESS }, page);
    await s.control('PATCH', `/offers/${line.offerId}`, { status: 'expired' });
    const key = crypto.randomUUID();
    await mod.handlers['purchase.create']({ accountKey, previewToken: p.previewToken, idempotencyKey: key }, page);
    const done = await settle(
      () => mod.handlers['purchase.status']({ accountKey, idempotencyKey: key }, page),
      (st) => st.state === 'failed',
    );
    expect(done.state).toBe('failed');
    expect(done.result?.code).toMatch(/^alibaba\./);
    expect(await created(s, memberId)).toBe(0);
  });

  it('refuses to create from an unknown preview', async () => {
    const s = sandbox();
    const { mod, accountKey } = await connected(s, sandboxFetch(s).fetch);
    await expect(
      mod.handlers['purchase.create'](
        { accountKey, previewToken: crypto.randomUUID(), idempotencyKey: crypto.randomUUID() },
        page,
      ),
    ).rejects.toBeInstanceOf(HandledError);
  });
});

describe('1688 offers and logistics', () => {
  it('reads own offers with product.get, others with cross.productInfo, caches them, and checks content-script pages', async () => {
    const s = sandbox();
    const { fetch, calls } = sandboxFetch(s);
    const { mod, accountKey } = await connected(s, fetch);
    const own = await s.control<{ offerId: string }[]>('GET', `/offers?supplierMemberId=${accountKey.slice(8)}`);
    const mine = await mod.handlers['offers.get']({ offerId: own[0]!.offerId }, page);
    expect(mine.offer.source).toBe('own');
    const other = await mod.handlers['offers.get']({ offerId: s.facts.samples.otherOfferId }, page);
    expect(other.offer.source).toBe('cross');
    const anyPrice = other.offer.priceTiers[0]?.price ?? other.offer.skus.find((k) => k.price)?.price;
    expect(anyPrice?.currency).toBe('CNY');
    const n = calls.length;
    await mod.handlers['offers.get']({ offerId: s.facts.samples.otherOfferId }, page);
    expect(calls.length).toBe(n);
    const cached = await cacheList('alibaba.offer');
    expect(cached.length).toBe(2);

    const cs = (pageUrl: string) => ({
      kind: 'content-script' as const,
      tabId: 1,
      pageUrl,
      siteHost: 'detail.1688.com',
    });
    const id = s.facts.samples.otherOfferId;
    await expect(
      mod.handlers['offers.get']({ offerId: id }, cs(`https://detail.1688.com/offer/${id}.html`)),
    ).resolves.toMatchObject({ offer: { id } });
    await expect(
      mod.handlers['offers.get']({ offerId: id }, cs('https://detail.1688.com/offer/123456789.html')),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('shows logistics in the order role view, and "not shipped" as an answer', async () => {
    const s = sandbox();
    const { core, mod, accountKey, memberId } = await connected(s, sandboxFetch(s).fetch);
    await core.sync.sync(accountKey);
    const orders = await core.orders.all();
    const shipped = orders.find((o) => o.role === 'buyer' && o.marketStatus === 'waitbuyerreceive');
    expect(shipped).toBeTruthy();
    const l = await mod.handlers['alibaba.logistics']({ orderKey: shipped!.key }, page);
    expect(l.role).toBe('buyer');
    expect(l.shipments.length).toBeGreaterThan(0);
    expect(l.shipments[0]?.trackingNumber).toBeTruthy();
    const waiting = orders.find((o) => o.marketStatus === 'waitsellersend');
    if (waiting) {
      const w = await mod.handlers['alibaba.logistics']({ orderKey: waiting.key }, page);
      expect(w.notShipped).toBe(true);
    }
    expect(memberId).toBeTruthy();
  });

  it('disconnect forgets the member: late token saves do not bring the vault entry back', async () => {
    const s = sandbox();
    const { mod, accountKey } = await connected(s, sandboxFetch(s).fetch);
    const { wipe } = await import('../../../../utils/background/store/wipe');
    await wipe('disconnect', accountKey);
    mod.forget!(accountKey);
    const { vaultGet } = await import('../../../../utils/background/store/vault');
    expect(await vaultGet(accountKey)).toBeUndefined();
    expect((await mod.verify!(accountKey)).ok).toBe(false);
    expect(await vaultGet(accountKey)).toBeUndefined();
  });
});
