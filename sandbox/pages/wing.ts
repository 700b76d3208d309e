import { Hono } from 'hono';
import type { WingSamples } from './data';
import { html, type SafeHtml } from './html';
import { type PageContent, respond } from './layout';

/**
 * wing.coupang.com: Wing's order management and product pages, as a single-page app. Wing's real
 * route names are not documented anywhere we have; these follow the shape of its URLs
 * (`/tenants/<app>/…`) and carry the ids a helper needs in the query string.
 */
export const WING_PATHS = {
  orders: '/tenants/sfl-portal/delivery/management',
  order: '/tenants/sfl-portal/delivery/management/detail',
  product: '/tenants/seller-web/vendor-inventory/modify',
} as const;

export const wingOrderHref = (s: WingSamples) =>
  `${WING_PATHS.order}?orderId=${s.orderId}&shipmentBoxId=${s.shipmentBoxId}`;
export const wingProductHref = (s: WingSamples) =>
  `${WING_PATHS.product}?sellerProductId=${s.sellerProductId}&vendorItemId=${s.vendorItemId}`;

const nav = (s: WingSamples) => html`<nav>
<a href="/" data-spa data-testid="wing-nav-home">홈</a>
<a href="${WING_PATHS.orders}" data-spa data-testid="wing-nav-orders">배송관리</a>
<a href="${wingProductHref(s)}" data-spa data-testid="wing-nav-product">상품 수정</a>
</nav>`;

export function wingHost(samples: () => WingSamples): Hono {
  const app = new Hono();
  const page = (s: WingSamples, title: string, body: SafeHtml, status: 200 | 404 = 200): PageContent => ({
    title: `${title} | Coupang Wing`,
    site: 'wing',
    nav: nav(s),
    body,
    spa: true,
    status,
  });

  app.get('/', (c) => {
    const s = samples();
    return respond(
      c,
      page(s, '홈', html`<h1>판매자 홈</h1><p>업체코드 <span data-testid="vendor-id">${s.vendorId}</span></p>`),
    );
  });
  app.get(WING_PATHS.orders, (c) => {
    const s = samples();
    return respond(
      c,
      page(
        s,
        '배송관리',
        html`<h1>배송관리</h1><table data-testid="wing-order-list"><tr><th>주문번호</th><th>묶음배송번호</th><th>옵션ID</th></tr>
<tr><td>${s.orderId}</td><td><a href="${wingOrderHref(s)}" data-spa data-testid="wing-order-link-${s.shipmentBoxId}">${s.shipmentBoxId}</a></td><td>${s.vendorItemId}</td></tr></table>`,
      ),
    );
  });
  app.get(WING_PATHS.order, (c) => {
    const s = samples();
    const orderId = c.req.query('orderId') ?? '';
    const box = c.req.query('shipmentBoxId') ?? '';
    const known = orderId === s.orderId && box === s.shipmentBoxId;
    return respond(
      c,
      page(
        s,
        `주문 ${orderId}`,
        html`<p><a href="${WING_PATHS.orders}" data-spa data-testid="wing-back-to-list">목록으로</a></p>
<h1>주문 상세</h1><p>주문번호 <span data-testid="order-id">${orderId}</span> · 묶음배송번호 <span data-testid="shipment-box-id">${box}</span></p>
${known ? html`<p>옵션ID <span data-testid="vendor-item-id">${s.vendorItemId}</span></p>` : html`<p>주문을 찾을 수 없습니다.</p>`}`,
        known ? 200 : 404,
      ),
    );
  });
  app.get(WING_PATHS.product, (c) => {
    const s = samples();
    const id = c.req.query('sellerProductId') ?? '';
    return respond(
      c,
      page(
        s,
        `상품 ${id}`,
        html`<h1>상품 수정</h1><p>등록상품ID <span data-testid="seller-product-id">${id}</span>${
          id === s.sellerProductId ? html` · 옵션ID <span data-testid="vendor-item-id">${s.vendorItemId}</span>` : ''
        }</p>`,
        id === s.sellerProductId ? 200 : 404,
      ),
    );
  });
  return app;
}
