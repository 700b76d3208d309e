import { realSiteHost } from '../config/build-config';
import type { PageContext, PageHelperDef } from './types';

const digits = (s: string | null | undefined) => (s && /^\d{1,30}$/.test(s) ? s : null);

/** The 1688 offer page: desktop, pictures, mobile shapes (1688-api.md §6). */
export const offer1688: PageHelperDef = {
  id: 'offer-1688',
  matches: [
    'https://detail.1688.com/offer/*',
    'https://detail.1688.com/pic/*',
    'https://m.1688.com/offer/*',
    'https://detail.m.1688.com/page/*',
  ],
  fromUrl(url, host) {
    if (host === 'detail.1688.com' || host === 'm.1688.com') {
      const id = digits(/^\/(?:offer|pic)\/(\d+)\.html$/.exec(url.pathname)?.[1]);
      return id ? { offerId: id } : null;
    }
    if (host === 'detail.m.1688.com') {
      const id = digits(url.searchParams.get('offerId'));
      return id ? { offerId: id } : null;
    }
    return null;
  },
};

/** The 1688 trade order detail and the workbench's order routes. */
export const order1688: PageHelperDef = {
  id: 'order-1688',
  matches: ['https://trade.1688.com/order/*', 'https://work.1688.com/*'],
  fromUrl(url, host): Record<string, string> | null {
    if (host === 'trade.1688.com' && url.pathname === '/order/new_step_order_detail.htm') {
      const id = digits(url.searchParams.get('orderId'));
      return id ? { orderId: id } : null;
    }
    if (host === 'trade.1688.com' && /^\/order\/(buyer|seller)_order_list\.htm$/.test(url.pathname)) return {};
    if (host === 'work.1688.com') {
      const path = url.searchParams.get('_path_') ?? '';
      if (!/trade|order|buyer|sale/i.test(path)) return null;
      const id = digits(url.searchParams.get('orderId'));
      return id ? { orderId: id } : {};
    }
    return null;
  },
};

/** Coupang Wing order and product pages. */
export const wingCoupang: PageHelperDef = {
  id: 'wing-coupang',
  matches: ['https://wing.coupang.com/*'],
  fromUrl(url, host) {
    if (host !== 'wing.coupang.com') return null;
    const ids: Record<string, string> = {};
    for (const name of ['orderId', 'shipmentBoxId', 'sellerProductId', 'vendorItemId']) {
      const v = digits(url.searchParams.get(name));
      if (v) ids[name] = v;
    }
    const path = /\/(?:orders?|shipments?)\/(\d+)/.exec(url.pathname);
    if (path && !ids.orderId) ids.orderId = path[1];
    const product = /\/products?\/(\d+)/.exec(url.pathname);
    if (product && !ids.sellerProductId) ids.sellerProductId = product[1];
    return ids;
  },
};

export const PAGE_HELPERS: readonly PageHelperDef[] = [offer1688, order1688, wingCoupang];

/** Union of every helper's matches: the content script is injected nowhere else. */
export const ALL_HELPER_MATCHES: string[] = PAGE_HELPERS.flatMap((h) => [...h.matches]);

/** Which helper serves this URL and the ids it names; null when none does. */
export function pageContextFor(href: string): PageContext | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const host = realSiteHost(url);
  for (const helper of PAGE_HELPERS) {
    const ids = helper.fromUrl(url, host);
    if (ids) return { helperId: helper.id, ids };
  }
  return null;
}
