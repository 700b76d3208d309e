import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAlibabaModule } from '../../../sandbox/alibaba';
import { createContext, type MarketModule } from '../../../sandbox/core/context';
import { createPagesModule, type PagesFacts, realHost } from '../../../sandbox/pages';
import type { CoupangFactsLike } from '../../../sandbox/pages/data';

const COUPANG_SAMPLES = {
  vendorId: 'A00012345',
  orderId: '2100012345678',
  shipmentBoxId: '645123456789012345',
  sellerProductId: '13200123456',
  vendorItemId: '70012345678',
};

/** The Coupang module as pages see it: only its published samples. */
const fakeCoupang: MarketModule<CoupangFactsLike> = {
  app: new Hono(),
  control: new Hono(),
  reset: () => {},
  describe: () => ({ samples: COUPANG_SAMPLES }),
};

function setup() {
  const ctx = createContext({
    coupangBaseUrl: 'http://127.0.0.1:1',
    alibabaBaseUrl: 'http://127.0.0.1:2',
    pagesPort: 28082,
    controlUrl: 'http://127.0.0.1:4/__control',
  });
  const alibaba = createAlibabaModule(ctx);
  alibaba.reset({ seed: 20261122, orders: 30 });
  const pages = createPagesModule(ctx, { coupang: fakeCoupang, alibaba });
  const facts = pages.describe();
  /** Fetches an absolute page URL through the app with its Host header (no DNS for *.localhost). */
  const open = async (url: string, headers: Record<string, string> = {}) => {
    const u = new URL(url);
    const res = await pages.app.request(u.pathname + u.search, { headers: { host: u.host, ...headers } });
    return { res, text: await res.text() };
  };
  const patch = (path: string, body: unknown) =>
    alibaba.control.request(path, {
      method: 'PATCH',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  return { ctx, alibaba, pages, facts, open, patch };
}

const PAGE_KEYS: Array<keyof PagesFacts> = [
  'offerUrl',
  'mobileOfferUrl',
  'otherOfferUrl',
  'mobileQueryOfferUrl',
  'offerPicUrl',
  'tradeOrderUrl',
  'buyerTradeOrderUrl',
  'sellerOrderListUrl',
  'buyerOrderListUrl',
  'workbenchUrl',
  'workbenchOrderUrl',
  'workbenchBuyerUrl',
  'workbenchOfferUrl',
  'wingHomeUrl',
  'wingOrdersUrl',
  'wingOrderUrl',
  'wingProductUrl',
  'unmatchedMarketplaceUrl',
  'nonMarketplaceUrl',
];

describe('sample seller pages', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup();
  });

  it('publishes URLs on <real host>.localhost:<port> in the documented shapes', () => {
    const { facts, alibaba } = env;
    const a = alibaba.describe().samples;
    expect(facts.hostSuffix).toBe('.localhost');
    expect(facts.offerUrl).toBe(`http://detail.1688.com.localhost:28082/offer/${a.ownOfferId}.html`);
    expect(facts.mobileOfferUrl).toBe(`http://m.1688.com.localhost:28082/offer/${a.ownOfferId}.html`);
    expect(facts.mobileQueryOfferUrl).toBe(
      `http://detail.m.1688.com.localhost:28082/page/index.htm?offerId=${a.ownOfferId}`,
    );
    expect(facts.otherOfferUrl).toBe(`http://detail.1688.com.localhost:28082/offer/${a.otherOfferId}.html`);
    expect(facts.tradeOrderUrl).toBe(
      `http://trade.1688.com.localhost:28082/order/new_step_order_detail.htm?orderId=${a.sellerOrderId}`,
    );
    expect(facts.workbenchUrl).toBe(
      'http://work.1688.com.localhost:28082/?_path_=gonghuotuoguan/2017sellerbase_trade/saleList',
    );
    expect(facts.wingOrderUrl).toContain(`shipmentBoxId=${COUPANG_SAMPLES.shipmentBoxId}`);
    expect(facts.wingProductUrl).toContain(`sellerProductId=${COUPANG_SAMPLES.sellerProductId}`);
    expect(facts.unmatchedMarketplaceUrl).toBe('http://detail.1688.com.localhost:28082/about.html');
    expect(facts.nonMarketplaceUrl).toBe('http://example.localhost:28082/');
  });

  it('every page has the login form, a pre-filled password, cookies and web-storage writes', async () => {
    for (const key of PAGE_KEYS) {
      const { res, text } = await env.open(env.facts[key] as string);
      expect(res.status, key).toBe(200);
      expect(text, key).toMatch(/<input id="password" name="password" type="password"[^>]* value="hunter2-sandbox">/);
      expect(text, key).toContain('id="username"');
      const cookies = res.headers.getSetCookie();
      expect(cookies, key).toContain('session=sandbox-session-secret; Path=/; SameSite=Lax');
      expect(
        cookies.some((c) => c.startsWith('auth_token=sandbox-httponly-secret') && c.includes('HttpOnly')),
        key,
      ).toBe(true);
      expect(text, key).toContain("document.cookie = 'page_token=sandbox-page-token-secret; path=/'");
      expect(text, key).toContain("localStorage.setItem('sandbox-local-secret'");
      expect(text, key).toContain("sessionStorage.setItem('sandbox-session-secret'");
    }
    expect(env.facts.secrets.password).toBe('hunter2-sandbox');
  });

  it('offer pages show the ids and data the API knows', async () => {
    const a = env.alibaba.describe().samples;
    const offer = (await (await env.alibaba.control.request(`/offers/${a.ownOfferId}`)).json()) as { subject: string };
    for (const key of [
      'offerUrl',
      'mobileOfferUrl',
      'mobileQueryOfferUrl',
      'offerPicUrl',
      'workbenchOfferUrl',
    ] as const) {
      const { text } = await env.open(env.facts[key]);
      expect(text, key).toContain(`data-testid="offer-id">${a.ownOfferId}<`);
      expect(text, key).toContain(offer.subject);
    }
    expect((await env.open(env.facts.otherOfferUrl)).text).toContain(`data-testid="offer-id">${a.otherOfferId}<`);
  });

  it('order pages show the seeded order ids (trade detail, lists, workbench)', async () => {
    const a = env.alibaba.describe().samples;
    expect((await env.open(env.facts.tradeOrderUrl)).text).toContain(`data-testid="order-id">${a.sellerOrderId}<`);
    expect((await env.open(env.facts.buyerTradeOrderUrl)).text).toContain(`data-testid="order-id">${a.buyerOrderId}<`);
    expect((await env.open(env.facts.sellerOrderListUrl)).text).toContain(
      `href="/order/new_step_order_detail.htm?orderId=${a.sellerOrderId}"`,
    );
    const wb = (await env.open(env.facts.workbenchUrl)).text;
    expect(wb).toContain(
      `<a href="/?_path_=sellerPro/2017sellerbase_trade/orderDetail&amp;orderId=${a.sellerOrderId}" data-testid="wb-order-link-${a.sellerOrderId}" data-spa>`,
    );
    expect(wb).toContain('data-testid="wb-nav-buyer"');
    expect((await env.open(env.facts.workbenchOrderUrl)).text).toContain(`data-testid="order-id">${a.sellerOrderId}<`);
    expect((await env.open(env.facts.workbenchBuyerUrl)).text).toContain(`wb-order-link-${a.buyerOrderId}`);
  });

  it('SPA routes answer fragments (no document, no cookies) for the client router', async () => {
    const a = env.alibaba.describe().samples;
    const full = await env.open(env.facts.workbenchOrderUrl);
    expect(full.text).toContain(
      '<main id="app" data-rendered-url="/?_path_=sellerPro/2017sellerbase_trade/orderDetail&amp;orderId=',
    );
    expect(full.text).toContain("closest('a[data-spa]')");
    expect(full.text).toContain('history.pushState');
    const fragment = await env.open(env.facts.workbenchOrderUrl, { 'x-sandbox-fragment': '1' });
    expect(fragment.text).not.toContain('<html');
    expect(fragment.text).toContain(`data-testid="order-id">${a.sellerOrderId}<`);
    expect(fragment.res.headers.getSetCookie()).toEqual([]);
    expect(decodeURIComponent(fragment.res.headers.get('x-page-title')!)).toContain(a.sellerOrderId);
    const wingList = await env.open(env.facts.wingOrdersUrl, { 'x-sandbox-fragment': '1' });
    expect(wingList.text).toContain(`data-spa data-testid="wing-order-link-${COUPANG_SAMPLES.shipmentBoxId}"`);
  });

  it('Wing pages carry the Coupang sample ids', async () => {
    const order = (await env.open(env.facts.wingOrderUrl)).text;
    expect(order).toContain(`data-testid="order-id">${COUPANG_SAMPLES.orderId}<`);
    expect(order).toContain(`data-testid="shipment-box-id">${COUPANG_SAMPLES.shipmentBoxId}<`);
    expect((await env.open(env.facts.wingProductUrl)).text).toContain(
      `data-testid="seller-product-id">${COUPANG_SAMPLES.sellerProductId}<`,
    );
    expect((await env.open(env.facts.wingHomeUrl)).text).toContain('data-testid="wing-nav-orders"');
    expect((await env.open(env.facts.unmatchedMarketplaceUrl)).text).toContain('data-testid="about"');
    expect((await env.open(env.facts.nonMarketplaceUrl)).text).toContain('Example Domain');
  });

  it('escapes hostile offer and order text everywhere it is shown', async () => {
    const a = env.alibaba.describe().samples;
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>alert("pwn")</script>';
    await env.patch(`/offers/${a.ownOfferId}`, { subject: img, description: script });
    await env.patch(`/orders/${a.sellerOrderId}`, { receiver: { fullName: script }, buyerMemo: img });
    for (const url of [env.facts.offerUrl, env.facts.mobileOfferUrl, env.facts.workbenchOfferUrl]) {
      const { text } = await env.open(url);
      expect(text).not.toContain(img);
      expect(text).not.toContain(script);
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    for (const url of [env.facts.tradeOrderUrl, env.facts.workbenchOrderUrl]) {
      for (const headers of [{}, { 'x-sandbox-fragment': '1' }] as Array<Record<string, string>>) {
        const { text } = await env.open(url, headers);
        expect(text).not.toContain(script);
        expect(text).not.toContain(img);
        expect(text).toContain('&lt;script&gt;alert(&quot;pwn&quot;)&lt;/script&gt;');
      }
    }
  });

  it('unknown ids, paths and hosts answer 404 pages that still carry the form', async () => {
    const base = 'http://detail.1688.com.localhost:28082';
    for (const url of [
      `${base}/offer/1.html`,
      `${base}/nothing`,
      'http://trade.1688.com.localhost:28082/order/new_step_order_detail.htm?orderId=abc',
      'http://unknown.localhost:28082/',
    ]) {
      const { res, text } = await env.open(url);
      expect(res.status, url).toBe(404);
      expect(text, url).toContain('value="hunter2-sandbox"');
    }
  });

  it('routes by Host header with or without the .localhost suffix, and logs requests with their cookies', async () => {
    expect(realHost('detail.1688.com.localhost:28082')).toBe('detail.1688.com');
    expect(realHost('WING.coupang.com')).toBe('wing.coupang.com');
    const u = new URL(env.facts.offerUrl);
    const res = await env.pages.app.request(u.pathname, {
      headers: { host: 'detail.1688.com', cookie: 'session=abc' },
    });
    expect(res.status).toBe(200);
    const log = (await (await env.pages.control.request('/requests')).json()) as Array<{
      host: string;
      path: string;
      cookie: string;
    }>;
    expect(log.at(-1)).toMatchObject({ host: 'detail.1688.com', path: u.pathname, cookie: 'session=abc' });
  });
});
