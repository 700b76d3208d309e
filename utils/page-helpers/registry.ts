import { realSiteHost } from '../config/build-config';
import type { HelperId, PageContext, PageHelperDef } from './types';

/**
 * Which helper serves a seller page and which ids its URL names (1688-api.md §6, plus the
 * sandbox's Wing and workbench routes). The only input is the URL: never the page's content.
 */

const digits = (s: string | null | undefined) => (s && /^\d{1,30}$/.test(s) ? s : null);

/** `_hex_offerId` (some workbench routes): the offer id in hexadecimal → decimal string. */
export function offerIdFromHex(hex: string | null | undefined): string | null {
  if (!hex || !/^[0-9a-f]{1,16}$/i.test(hex)) return null;
  const id = BigInt(`0x${hex}`);
  return id > 0n ? id.toString() : null;
}

/** Workbench routes about orders or trade (documented list routes and the sandbox's detail routes). */
const WORKBENCH_ORDER_ROUTE = /trade|order|buyer|sale/i;

/** The 1688 offer page: desktop, pictures, both mobile shapes, and workbench routes naming an offer. */
const offer1688: PageHelperDef = {
  id: 'offer-1688',
  matches: [
    'https://detail.1688.com/offer/*',
    'https://detail.1688.com/pic/*',
    'https://m.1688.com/offer/*',
    // The reference lists http too; the production manifest names https hosts only (the page redirects).
    'https://detail.m.1688.com/page/*',
    'https://work.1688.com/*',
  ],
  fromUrl(url, host) {
    if (host === 'detail.1688.com' || host === 'm.1688.com') {
      const re = host === 'm.1688.com' ? /^\/offer\/(\d+)\.html$/ : /^\/(?:offer|pic)\/(\d+)\.html$/;
      const id = digits(re.exec(url.pathname)?.[1]);
      return id ? { offerId: id } : null;
    }
    if (host === 'detail.m.1688.com') {
      if (!url.pathname.startsWith('/page/')) return null;
      const id = digits(url.searchParams.get('offerId'));
      return id ? { offerId: id } : null;
    }
    if (host === 'work.1688.com' && !url.searchParams.has('orderId')) {
      const id = offerIdFromHex(url.searchParams.get('_hex_offerId'));
      return id ? { offerId: id } : null;
    }
    return null;
  },
};

/** The 1688 trade order detail and lists, and the workbench's order routes. */
const order1688: PageHelperDef = {
  id: 'order-1688',
  matches: ['https://trade.1688.com/order/*', 'https://work.1688.com/*'],
  fromUrl(url, host): Record<string, string> | null {
    if (host === 'trade.1688.com') {
      if (url.pathname === '/order/new_step_order_detail.htm') {
        const id = digits(url.searchParams.get('orderId'));
        return id ? { orderId: id } : null;
      }
      if (/^\/order\/(buyer|seller)_order_list\.htm$/.test(url.pathname)) return {};
      return null;
    }
    if (host === 'work.1688.com') {
      const path = url.searchParams.get('_path_') ?? '';
      if (!WORKBENCH_ORDER_ROUTE.test(path)) return null;
      const id = digits(url.searchParams.get('orderId'));
      return id ? { orderId: id } : {};
    }
    return null;
  },
};

/** Coupang Wing: every page (today's work); order pages name orderId / shipmentBoxId. */
const wingCoupang: PageHelperDef = {
  id: 'wing-coupang',
  matches: ['https://wing.coupang.com/*'],
  fromUrl(url, host) {
    if (host !== 'wing.coupang.com') return null;
    const ids: Record<string, string> = {};
    for (const name of ['orderId', 'shipmentBoxId', 'sellerProductId', 'vendorItemId']) {
      const v = digits(url.searchParams.get(name));
      if (v) ids[name] = v;
    }
    const path = /\/(?:orders?|shipments?)\/(\d{1,30})(?:\/|$)/.exec(url.pathname);
    if (path?.[1] && !ids.orderId) ids.orderId = path[1];
    const product = /\/products?\/(\d{1,30})(?:\/|$)/.exec(url.pathname);
    if (product?.[1] && !ids.sellerProductId) ids.sellerProductId = product[1];
    return ids;
  },
};

export const PAGE_HELPERS: readonly PageHelperDef[] = [offer1688, order1688, wingCoupang];

export const HELPER_IDS: readonly HelperId[] = PAGE_HELPERS.map((h) => h.id);

/** Union of every helper's matches: the content script is injected nowhere else. */
export const ALL_HELPER_MATCHES: string[] = [...new Set(PAGE_HELPERS.flatMap((h) => [...h.matches]))];

/**
 * Where the background registers the content script: the union of the matches of the helpers the
 * seller has on (none when all are off), in production form.
 */
export function enabledHelperMatches(disabled: readonly string[]): string[] {
  return [...new Set(PAGE_HELPERS.filter((h) => !disabled.includes(h.id)).flatMap((h) => [...h.matches]))];
}

/** Does a (production-form) match pattern cover this URL? Host exactly, path and query by glob. */
function covers(pattern: string, url: URL): boolean {
  const [, host, path = ''] = /^[a-z*]+:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (host !== realSiteHost(url)) return false;
  const glob = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${glob}$`).test(url.pathname + url.search);
}

/**
 * Does the content script's very presence on `href` prove the seller has `helperId` on? The script
 * is registered only for helpers that are on, so yes — unless another helper's patterns cover the
 * same URL too (the 1688 workbench serves both 1688 helpers): then only the background can say.
 */
export function injectionProvesOn(href: string, helperId: HelperId): boolean {
  const url = new URL(href);
  return PAGE_HELPERS.every((h) => h.id === helperId || !h.matches.some((p) => covers(p, url)));
}

/**
 * Origins that may embed the helper frame (web_accessible_resources matches take origins only):
 * the hosts the content script runs on, and no other.
 */
export const HELPER_FRAME_EMBEDDERS: string[] = [
  ...new Set(ALL_HELPER_MATCHES.map((m) => m.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*'))),
];

/** Which helper serves this URL and the ids it names; null when none does. */
export function pageContextFor(href: string): PageContext | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = realSiteHost(url);
  for (const helper of PAGE_HELPERS) {
    const ids = helper.fromUrl(url, host);
    if (ids) return { helperId: helper.id, ids };
  }
  return null;
}

/**
 * The background's scope check: may the helper frame in a tab at `pageUrl` ask `helperId` about `ids`?
 * True only when the page is that helper's and every requested id is the one its URL names.
 */
export function pageAllows(pageUrl: string, helperId: HelperId, ids: Record<string, string | undefined>): boolean {
  const ctx = pageContextFor(pageUrl);
  if (!ctx || ctx.helperId !== helperId) return false;
  for (const [name, value] of Object.entries(ids)) {
    if (value === undefined) continue;
    if (ctx.ids[name] !== value) return false;
  }
  return true;
}
