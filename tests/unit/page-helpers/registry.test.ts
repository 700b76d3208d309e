import { buildConfig } from '@/utils/config/build-config';
import { MARKETPLACE_PAGE_HOSTS } from '@/utils/config/marketplace-hosts';
import {
  ALL_HELPER_MATCHES,
  offerIdFromHex,
  PAGE_HELPERS,
  pageAllows,
  pageContextFor,
} from '@/utils/page-helpers/registry';

/** Every page shape of 1688-api.md §6 (and the sandbox's Wing / workbench routes) → helper + ids. */
const OFFER = '653456789012';
const ORDER = '3958762341027584329'; // > 2^53: must stay a string, digit for digit
const HEX = BigInt(OFFER).toString(16);

const CASES: Array<[string, string | null, Record<string, string>?]> = [
  // Offer detail (desktop) with the usual query noise
  [`https://detail.1688.com/offer/${OFFER}.html`, 'offer-1688', { offerId: OFFER }],
  [
    `https://detail.1688.com/offer/${OFFER}.html?spm=a26352.13672862&offerId=1&hotSaleSkuId=5#x`,
    'offer-1688',
    { offerId: OFFER },
  ],
  // Pictures
  [`https://detail.1688.com/pic/${OFFER}.html`, 'offer-1688', { offerId: OFFER }],
  // Mobile: path form and query form (http and https)
  [`https://m.1688.com/offer/${OFFER}.html`, 'offer-1688', { offerId: OFFER }],
  [`https://detail.m.1688.com/page/index.htm?offerId=${OFFER}`, 'offer-1688', { offerId: OFFER }],
  [`http://detail.m.1688.com/page/index.htm?offerId=${OFFER}&spm=x`, 'offer-1688', { offerId: OFFER }],
  // Share link and search: no id in the URL → no helper
  ['https://qr.1688.com/share.html?secret=abc123', null],
  ['https://s.1688.com/selloffer/offer_search.htm?keywords=%D2%C2%B7%FE', null],
  // Order lists (buyer and seller): the order helper without an id
  ['https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitsellersend&tracelog=x', 'order-1688', {}],
  ['https://trade.1688.com/order/seller_order_list.htm?page=2&is_his=y', 'order-1688', {}],
  // Order detail (buyer & seller share it)
  [
    `https://trade.1688.com/order/new_step_order_detail.htm?orderId=${ORDER}&tracelog=t&ext_map=1#logisticsTabTitle`,
    'order-1688',
    { orderId: ORDER },
  ],
  ['https://trade.1688.com/order/new_step_order_detail.htm', null],
  ['https://trade.1688.com/order/new_step_order_detail.htm?orderId=12ab', null],
  // Order line snapshot: a sub-item id, not an order → no helper
  ['https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=3958762341027584330', null],
  // Workbench routes (SPA): buyer home, sold goods, sandbox order detail routes, offer route by _hex_offerId
  ['https://work.1688.com/?_path_=buyer2017Base/2017buyerbase_index/buyer_2017indexpage', 'order-1688', {}],
  ['https://work.1688.com/?_path_=gonghuotuoguan/2017sellerbase_trade/saleList', 'order-1688', {}],
  [
    `https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/orderDetail&orderId=${ORDER}`,
    'order-1688',
    { orderId: ORDER },
  ],
  [
    `https://work.1688.com/?_path_=buyer2017Base/2017buyerbase_trade/orderDetail&orderId=${ORDER}`,
    'order-1688',
    { orderId: ORDER },
  ],
  [
    `https://work.1688.com/?_path_=sellerPro/2017sellerbase_offer/offerDetail&_hex_offerId=${HEX}`,
    'offer-1688',
    { offerId: OFFER },
  ],
  ['https://work.1688.com/?_path_=sellerPro/2017sellerbase_offer/offerDetail&_hex_offerId=zz', null],
  ['https://work.1688.com/?_path_=sellerPro/settings/profile', null],
  // Shop and login pages
  ['https://shop1434567.1688.com/page/offerlist.htm', null],
  ['https://login.1688.com/member/signin.htm', null],
  ['https://detail.1688.com/about.html', null],
  // Coupang Wing: home, order list, order detail, product page
  ['https://wing.coupang.com/', 'wing-coupang', {}],
  ['https://wing.coupang.com/tenants/sfl-portal/delivery/management', 'wing-coupang', {}],
  [
    'https://wing.coupang.com/tenants/sfl-portal/delivery/management/detail?orderId=27000012345678&shipmentBoxId=641000000123456789',
    'wing-coupang',
    { orderId: '27000012345678', shipmentBoxId: '641000000123456789' },
  ],
  [
    'https://wing.coupang.com/tenants/seller-web/vendor-inventory/modify?sellerProductId=13000001&vendorItemId=70000001',
    'wing-coupang',
    { sellerProductId: '13000001', vendorItemId: '70000001' },
  ],
  ['https://wing.coupang.com/orders/27000012345678', 'wing-coupang', { orderId: '27000012345678' }],
  // Look-alikes
  [`https://detail.1688.com.evil.example/offer/${OFFER}.html`, null],
  [`https://evil.example/detail.1688.com/offer/${OFFER}.html`, null],
  [`https://detail.1688.com/offer/${OFFER}.html.evil`, null],
  [`https://detail.1688.com/offer/abc.html`, null],
  [`https://m.1688.com/pic/${OFFER}.html`, null],
  ['javascript:alert(1)//detail.1688.com/offer/1.html', null],
  ['not a url', null],
];

describe('page helper registry: URL → helper and ids', () => {
  it.each(CASES)('%s', (href, helperId, ids) => {
    const ctx = pageContextFor(href);
    if (helperId === null) expect(ctx).toBeNull();
    else expect(ctx).toEqual({ helperId, ids });
  });

  it('reads the sandbox shapes (<real host>.localhost:<port>, http) the same way in a sandbox build', () => {
    const saved = buildConfig.sitePageHostSuffix;
    buildConfig.sitePageHostSuffix = '.localhost';
    try {
      expect(pageContextFor(`http://detail.1688.com.localhost:28082/offer/${OFFER}.html`)).toEqual({
        helperId: 'offer-1688',
        ids: { offerId: OFFER },
      });
      expect(pageContextFor(`http://m.1688.com.localhost:28082/offer/${OFFER}.html`)?.ids).toEqual({ offerId: OFFER });
      expect(
        pageContextFor(`http://trade.1688.com.localhost:28082/order/new_step_order_detail.htm?orderId=${ORDER}`),
      ).toEqual({ helperId: 'order-1688', ids: { orderId: ORDER } });
      expect(
        pageContextFor(
          `http://work.1688.com.localhost:28082/?_path_=sellerPro/2017sellerbase_offer/offerDetail&_hex_offerId=${HEX}`,
        ),
      ).toEqual({ helperId: 'offer-1688', ids: { offerId: OFFER } });
      expect(
        pageContextFor(
          'http://wing.coupang.com.localhost:28082/tenants/sfl-portal/delivery/management/detail?orderId=1&shipmentBoxId=2',
        ),
      ).toEqual({ helperId: 'wing-coupang', ids: { orderId: '1', shipmentBoxId: '2' } });
      expect(pageContextFor('http://detail.1688.com.localhost:28082/about.html')).toBeNull();
      expect(pageContextFor('http://example.localhost:28082/')).toBeNull();
    } finally {
      buildConfig.sitePageHostSuffix = saved;
    }
  });

  it('decodes _hex_offerId', () => {
    expect(offerIdFromHex(HEX)).toBe(OFFER);
    expect(offerIdFromHex('0')).toBeNull();
    expect(offerIdFromHex('12345678901234567')).toBeNull();
    expect(offerIdFromHex(null)).toBeNull();
  });

  it('injects the content script only on marketplace page hosts, each pattern once', () => {
    expect(new Set(ALL_HELPER_MATCHES).size).toBe(ALL_HELPER_MATCHES.length);
    for (const m of ALL_HELPER_MATCHES) {
      const host = /^https?:\/\/([^/]+)\//.exec(m)?.[1];
      expect(MARKETPLACE_PAGE_HOSTS, m).toContain(host);
    }
    expect(PAGE_HELPERS.map((h) => h.id)).toEqual(['offer-1688', 'order-1688', 'wing-coupang']);
  });

  it('lets a page ask only about its own helper and the ids its URL names', () => {
    const offerA = `https://detail.1688.com/offer/${OFFER}.html`;
    expect(pageAllows(offerA, 'offer-1688', { offerId: OFFER })).toBe(true);
    expect(pageAllows(offerA, 'offer-1688', { offerId: '653456789013' })).toBe(false);
    expect(pageAllows(offerA, 'order-1688', { orderId: ORDER })).toBe(false);
    const wingHome = 'https://wing.coupang.com/';
    expect(pageAllows(wingHome, 'wing-coupang', {})).toBe(true);
    expect(pageAllows(wingHome, 'wing-coupang', { shipmentBoxId: '641000000123456789' })).toBe(false);
    const wingOrder = 'https://wing.coupang.com/x/detail?orderId=1&shipmentBoxId=2';
    expect(pageAllows(wingOrder, 'wing-coupang', { orderId: '1', shipmentBoxId: '2' })).toBe(true);
    expect(pageAllows(wingOrder, 'wing-coupang', { orderId: '1', shipmentBoxId: '3' })).toBe(false);
    expect(pageAllows('https://detail.1688.com/about.html', 'offer-1688', {})).toBe(false);
  });
});
