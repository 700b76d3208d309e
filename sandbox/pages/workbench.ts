import { Hono } from 'hono';
import type { AlibabaPagesData } from './data';
import { html } from './html';
import { type PageContent, respond } from './layout';
import { offerView, orderListView, orderView } from './views-1688';

/**
 * work.1688.com: the seller/buyer workbench, a single-page app whose route lives in the `_path_`
 * query parameter (1688-api.md §6). The list and home routes are the documented ones; the order
 * and offer routes are sandbox inventions in the same `sellerPro/…` style (the real ones are
 * undocumented), the offer route carrying `_hex_offerId` as some real routes do.
 */
export const WORKBENCH_ROUTES = {
  sellerSold: 'gonghuotuoguan/2017sellerbase_trade/saleList',
  sellerOrder: 'sellerPro/2017sellerbase_trade/orderDetail',
  buyerHome: 'buyer2017Base/2017buyerbase_index/buyer_2017indexpage',
  buyerOrder: 'buyer2017Base/2017buyerbase_trade/orderDetail',
  offer: 'sellerPro/2017sellerbase_offer/offerDetail',
} as const;

export const workbenchHref = (route: string, extra = '') => `/?_path_=${route}${extra}`;
/** `_hex_offerId`: the offer id written in hexadecimal. */
export const hexOfferId = (offerId: string) => BigInt(offerId).toString(16);

const nav = (ownOfferId: string) => html`<nav>
<a href="${workbenchHref(WORKBENCH_ROUTES.sellerSold)}" data-spa data-testid="wb-nav-sold">已卖出的货品</a>
<a href="${workbenchHref(WORKBENCH_ROUTES.buyerHome)}" data-spa data-testid="wb-nav-buyer">采购工作台</a>
<a href="${workbenchHref(WORKBENCH_ROUTES.offer, `&_hex_offerId=${hexOfferId(ownOfferId)}`)}" data-spa data-testid="wb-nav-offer">我的商品</a>
</nav>`;

export function workbenchHost(data: AlibabaPagesData): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const samples = data.samples();
    const route = c.req.query('_path_') ?? '';
    const page = (title: string, body: ReturnType<typeof html>, status: 200 | 404 = 200): PageContent => ({
      title: `${title} - 1688工作台`,
      site: '1688',
      nav: nav(samples.ownOfferId),
      body,
      spa: true,
      status,
    });
    const orderLink = (r: string) => (id: string) => workbenchHref(r, `&orderId=${id}`);

    if (route === WORKBENCH_ROUTES.sellerSold || route === '') {
      const orders = await data.orders(samples.sellerMemberId, 'seller');
      return respond(
        c,
        page(
          '已卖出的货品',
          html`<h1>已卖出的货品</h1>${orderListView(orders, orderLink(WORKBENCH_ROUTES.sellerOrder), { spa: true, testIdPrefix: 'wb-order-link-' })}`,
        ),
      );
    }
    if (route === WORKBENCH_ROUTES.buyerHome) {
      const orders = await data.orders(samples.buyerMemberId, 'buyer');
      return respond(
        c,
        page(
          '采购工作台',
          html`<h1>我的采购单</h1>${orderListView(orders, orderLink(WORKBENCH_ROUTES.buyerOrder), { spa: true, testIdPrefix: 'wb-order-link-' })}`,
        ),
      );
    }
    if (route === WORKBENCH_ROUTES.sellerOrder || route === WORKBENCH_ROUTES.buyerOrder) {
      const orderId = c.req.query('orderId') ?? '';
      const order = await data.order(orderId);
      const back = route === WORKBENCH_ROUTES.sellerOrder ? WORKBENCH_ROUTES.sellerSold : WORKBENCH_ROUTES.buyerHome;
      const backLink = html`<p><a href="${workbenchHref(back)}" data-spa data-testid="wb-back-to-list">返回列表</a></p>`;
      if (!order) return respond(c, page('订单不存在', html`${backLink}<h1>订单不存在：${orderId}</h1>`, 404));
      return respond(c, page(`订单 ${order.orderId}`, html`${backLink}${orderView(order)}`));
    }
    if (route === WORKBENCH_ROUTES.offer) {
      const hex = c.req.query('_hex_offerId') ?? '';
      const offerId = /^[0-9a-f]{1,16}$/i.test(hex) ? BigInt(`0x${hex}`).toString() : '';
      const offer = await data.offer(offerId);
      if (!offer) return respond(c, page('商品不存在', html`<h1>商品不存在</h1>`, 404));
      return respond(c, page('我的商品', offerView(offer, 'desktop')));
    }
    return respond(c, page('页面不存在', html`<h1>页面不存在：${route}</h1>`, 404));
  });
  return app;
}
