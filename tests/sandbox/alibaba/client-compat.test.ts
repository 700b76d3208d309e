import { describe, expect, it } from 'vitest';
import type { Offer } from '../../../sandbox/alibaba/data/model';
import {
  buildAuthorizeUrl,
  createAlibabaClient,
  createDirectTokenEndpoint,
  LocalSigner,
  parseAuthorizeRedirect,
  type TokenManager,
} from '../../../utils/background/alibaba/api';
import { CALLBACK, control, setup, tokenFor } from './helpers';

/**
 * The extension's own 1688 client, run against the sandbox through `fetch` → `app.request`: if
 * the two disagree on a shape, one of them is wrong about the real platform.
 */
function clientFor(s: ReturnType<typeof setup>, token: string, memberId: string) {
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) =>
    s.m.app.request(String(input), init)) as typeof fetch;
  const tokens: TokenManager = {
    getAccessToken: async () => token,
    getMemberId: async () => memberId,
    onUnauthorized: async () => token,
    markNeedsReauth: async () => {},
  };
  return createAlibabaClient({
    gatewayBaseUrl: s.facts.gatewayBaseUrl,
    appKey: s.facts.appKey,
    signer: new LocalSigner(s.facts.appSecret),
    tokens,
    fetch: fetchFn,
    now: () => Date.now(),
  });
}

describe('the extension 1688 client against the sandbox', () => {
  it('authorizes through the consent page and exchanges the code', async () => {
    const s = setup();
    const url = new URL(
      buildAuthorizeUrl({
        authBaseUrl: s.facts.authBaseUrl,
        appKey: s.facts.appKey,
        redirectUri: CALLBACK,
        state: 'st',
      }),
    );
    expect((await s.m.app.request(url.pathname + url.search)).status).toBe(200);
    const approved = await s.m.app.request('/oauth/authorize', {
      method: 'POST',
      body: new URLSearchParams({
        ...Object.fromEntries(url.searchParams),
        member_id: s.facts.samples.buyerMemberId,
        decision: 'authorize',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const { code } = parseAuthorizeRedirect(approved.headers.get('location')!, 'st');
    const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) =>
      s.m.app.request(String(input), init)) as typeof fetch;
    const endpoint = createDirectTokenEndpoint({
      fetch: fetchFn,
      gatewayBaseUrl: s.facts.gatewayBaseUrl,
      appKey: s.facts.appKey,
      appSecret: s.facts.appSecret,
    });
    const tokens = await endpoint.exchangeCode(code, CALLBACK);
    expect(tokens.memberId).toBe(s.facts.samples.buyerMemberId);
    expect(tokens.access_token).toBeTruthy();
    await expect(endpoint.exchangeCode(code, CALLBACK)).rejects.toMatchObject({ kind: 'tokenRejected' });
    const refreshed = await endpoint.refresh(tokens.refresh_token!);
    expect(refreshed.access_token).toBeTruthy();
  });

  it('lists and reads seller orders, logistics and own offers', async () => {
    const s = setup();
    const member = s.facts.samples.sellerMemberId;
    const client = clientFor(s, await tokenFor(s.m, member), member);
    const page = await client.listSellerOrders({ pageSize: 20 });
    expect(page.totalRecord).toBe(60);
    expect(page.orders[0].orderId).toBe(s.facts.samples.sellerOrderId);
    const order = await client.getSellerOrder(s.facts.samples.sellerShippedOrderId);
    expect(order.orderId).toBe(s.facts.samples.sellerShippedOrderId);
    expect(order.lines.length).toBeGreaterThan(0);
    expect((await client.getLogistics('seller', s.facts.samples.sellerShippedOrderId)).length).toBe(1);
    expect((await client.getLogisticsTrace('seller', s.facts.samples.sellerShippedOrderId))[0]).toBeTruthy();
    const offer = await client.getOwnOffer(s.facts.samples.ownOfferId);
    expect(JSON.stringify(offer)).toContain(s.facts.samples.ownOfferId);
  });

  it('reads buyer orders and cross-border offers, previews and creates a purchase', async () => {
    const s = setup();
    const member = s.facts.samples.buyerMemberId;
    const client = clientFor(s, await tokenFor(s.m, member), member);
    const order = await client.getBuyerOrder(s.facts.samples.buyerOrderId);
    expect(order.orderId).toBe(s.facts.samples.buyerOrderId);
    await client.getCrossOffer(s.facts.samples.otherOfferId);
    const offer = await control<Offer>(s.m, 'GET', `/offers/${s.facts.samples.otherOfferId}`);
    const input = {
      address: {
        fullName: '张三',
        mobile: '15251667788',
        provinceText: '广东省',
        cityText: '深圳市',
        areaText: '宝安区',
        address: '创业路88号',
      },
      cargo: [{ offerId: offer.offerId, specId: offer.skus[0].specId, quantity: offer.minOrderQuantity * 2 }],
      flow: 'general' as const,
    };
    const preview = await client.previewPurchase(input);
    expect(JSON.stringify(preview)).toContain(offer.offerId);
    const created = await client.createPurchase(input);
    expect(JSON.stringify(created)).toMatch(/\d{19}/);
    const page = await client.listBuyerOrders({ pageSize: 5 });
    expect(page.totalRecord).toBe(61);
  });
});
