import type { AlibabaSamples } from '../alibaba';
import type { WingSamples } from './data';
import { PAGE_SECRETS } from './secrets';
import { WING_PATHS, wingOrderHref, wingProductHref } from './wing';
import { hexOfferId, WORKBENCH_ROUTES, workbenchHref } from './workbench';

export const HOST_SUFFIX = '.localhost';

/** Absolute URLs of the sample pages (hosts are `<real host>.localhost:<port>`). */
export interface PagesFacts {
  hostSuffix: '.localhost';
  port: number;
  /** detail.1688.com/offer/{ownOfferId}.html */
  offerUrl: string;
  /** m.1688.com/offer/{ownOfferId}.html */
  mobileOfferUrl: string;
  /** detail.1688.com/offer/{otherOfferId}.html — another supplier's offer. */
  otherOfferUrl: string;
  /** detail.m.1688.com/page/index.htm?offerId={ownOfferId} */
  mobileQueryOfferUrl: string;
  /** detail.1688.com/pic/{ownOfferId}.html */
  offerPicUrl: string;
  /** trade.1688.com/order/new_step_order_detail.htm?orderId={sellerOrderId} */
  tradeOrderUrl: string;
  /** The same page for the buyer sample order. */
  buyerTradeOrderUrl: string;
  sellerOrderListUrl: string;
  buyerOrderListUrl: string;
  /** work.1688.com/?_path_=… seller sold-goods list (SPA). */
  workbenchUrl: string;
  /** work.1688.com order route for sellerOrderId. */
  workbenchOrderUrl: string;
  workbenchBuyerUrl: string;
  workbenchOfferUrl: string;
  wingHomeUrl: string;
  wingOrdersUrl: string;
  wingOrderUrl: string;
  wingProductUrl: string;
  /** detail.1688.com/about.html — a matched host, no helper. */
  unmatchedMarketplaceUrl: string;
  /** example.localhost — not a marketplace. */
  nonMarketplaceUrl: string;
  /** The values every page holds that content scripts must never read or change. */
  secrets: typeof PAGE_SECRETS;
}

export function describePages(port: number, a: AlibabaSamples, w: WingSamples): PagesFacts {
  const at = (host: string, path: string) => `http://${host}${HOST_SUFFIX}:${port}${path}`;
  const work = (route: string, extra = '') => at('work.1688.com', workbenchHref(route, extra));
  return {
    hostSuffix: HOST_SUFFIX,
    port,
    offerUrl: at('detail.1688.com', `/offer/${a.ownOfferId}.html`),
    mobileOfferUrl: at('m.1688.com', `/offer/${a.ownOfferId}.html`),
    otherOfferUrl: at('detail.1688.com', `/offer/${a.otherOfferId}.html`),
    mobileQueryOfferUrl: at('detail.m.1688.com', `/page/index.htm?offerId=${a.ownOfferId}`),
    offerPicUrl: at('detail.1688.com', `/pic/${a.ownOfferId}.html`),
    tradeOrderUrl: at('trade.1688.com', `/order/new_step_order_detail.htm?orderId=${a.sellerOrderId}`),
    buyerTradeOrderUrl: at('trade.1688.com', `/order/new_step_order_detail.htm?orderId=${a.buyerOrderId}`),
    sellerOrderListUrl: at('trade.1688.com', '/order/seller_order_list.htm'),
    buyerOrderListUrl: at('trade.1688.com', '/order/buyer_order_list.htm'),
    workbenchUrl: work(WORKBENCH_ROUTES.sellerSold),
    workbenchOrderUrl: work(WORKBENCH_ROUTES.sellerOrder, `&orderId=${a.sellerOrderId}`),
    workbenchBuyerUrl: work(WORKBENCH_ROUTES.buyerHome),
    workbenchOfferUrl: work(WORKBENCH_ROUTES.offer, `&_hex_offerId=${hexOfferId(a.ownOfferId)}`),
    wingHomeUrl: at('wing.coupang.com', '/'),
    wingOrdersUrl: at('wing.coupang.com', WING_PATHS.orders),
    wingOrderUrl: at('wing.coupang.com', wingOrderHref(w)),
    wingProductUrl: at('wing.coupang.com', wingProductHref(w)),
    unmatchedMarketplaceUrl: at('detail.1688.com', '/about.html'),
    nonMarketplaceUrl: `http://example${HOST_SUFFIX}:${port}/`,
    secrets: PAGE_SECRETS,
  };
}
