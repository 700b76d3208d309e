import { Hono } from 'hono';
import type { AlibabaPagesData } from './data';
import { html } from './html';
import { respond } from './layout';
import { offerView, orderListView, orderView } from './views-1688';

/** A 404 page that still looks like the site (and carries the login form). */
const notFound = (what: string) => ({
  title: '页面不存在',
  site: '1688' as const,
  body: html`<h1>${what}</h1>`,
  status: 404 as const,
});

/** Offer pages: detail.1688.com (desktop, pictures, an unrelated page), m.1688.com, detail.m.1688.com. */
export function offerHosts(data: AlibabaPagesData) {
  const offerPage = async (c: Parameters<typeof respond>[0], offerId: string, variant: 'desktop' | 'mobile') => {
    const offer = await data.offer(offerId);
    if (!offer) return respond(c, notFound(`商品不存在：${offerId}`));
    return respond(c, { title: `${offer.subject} - 阿里巴巴`, site: '1688', body: offerView(offer, variant) });
  };

  const detail = new Hono();
  detail.get('/offer/:file{[0-9]+\\.html}', (c) => offerPage(c, c.req.param('file').replace('.html', ''), 'desktop'));
  detail.get('/pic/:file{[0-9]+\\.html}', async (c) => {
    const offerId = c.req.param('file').replace('.html', '');
    const offer = await data.offer(offerId);
    if (!offer) return respond(c, notFound(`商品不存在：${offerId}`));
    return respond(c, {
      title: `${offer.subject} 图片`,
      site: '1688',
      body: html`<h1 data-testid="offer-subject">${offer.subject}</h1><p data-testid="offer-id">${offer.offerId}</p>${offer.images.map(
        (src) => html`<img alt="" src="/img/${src}" width="200">`,
      )}`,
    });
  });
  // A page on a matched host where no helper belongs.
  detail.get('/about.html', (c) =>
    respond(c, {
      title: '关于1688',
      site: '1688',
      body: html`<h1>关于1688</h1><p data-testid="about">1688 是阿里巴巴旗下的批发采购平台（沙箱示例页，无商品、无订单）。</p>`,
    }),
  );

  const mobile = new Hono();
  mobile.get('/offer/:file{[0-9]+\\.html}', (c) => offerPage(c, c.req.param('file').replace('.html', ''), 'mobile'));

  const detailMobile = new Hono();
  detailMobile.get('/page/index.htm', (c) => offerPage(c, c.req.query('offerId') ?? '', 'mobile'));

  return { 'detail.1688.com': detail, 'm.1688.com': mobile, 'detail.m.1688.com': detailMobile };
}

/** trade.1688.com: the order detail shared by buyer and seller, and both order lists. */
export function tradeHost(data: AlibabaPagesData): Hono {
  const trade = new Hono();
  trade.get('/order/new_step_order_detail.htm', async (c) => {
    const orderId = c.req.query('orderId') ?? '';
    const order = await data.order(orderId);
    if (!order) return respond(c, notFound(`订单不存在：${orderId}`));
    return respond(c, { title: `订单详情 ${order.orderId}`, site: '1688', body: orderView(order) });
  });
  const list = (role: 'seller' | 'buyer') => async (c: Parameters<typeof respond>[0]) => {
    const s = data.samples();
    const orders = await data.orders(role === 'seller' ? s.sellerMemberId : s.buyerMemberId, role);
    return respond(c, {
      title: role === 'seller' ? '已卖出的货品' : '已买到的货品',
      site: '1688',
      body: html`<h1>${role === 'seller' ? '已卖出的货品' : '已买到的货品'}</h1>${orderListView(
        orders,
        (id) => `/order/new_step_order_detail.htm?orderId=${id}`,
        { spa: false, testIdPrefix: 'order-link-' },
      )}`,
    });
  };
  trade.get('/order/seller_order_list.htm', list('seller'));
  trade.get('/order/buyer_order_list.htm', list('buyer'));
  return trade;
}
