import type { Offer, Order } from '../alibaba/data/model';
import { STATUS_TEXT } from '../alibaba/data/model';
import { formatAliDateTime } from '../alibaba/time';
import { html, type SafeHtml, yuanText } from './html';

/** Served by the pages app itself: sandbox pages never load anything from a real host. */
const IMAGE_CDN = '/img/';

/** An offer as the detail page shows it: title, price tiers, SKUs, stock, supplier, ship-from. */
export function offerView(o: Offer, variant: 'desktop' | 'mobile'): SafeHtml {
  const tiers = o.priceRanges.length
    ? o.priceRanges.map((r) => html`<td>≥${r.startQuantity}${o.unit}<br>${yuanText(r.priceFen)}</td>`)
    : o.skus.map((s) => html`<td>${s.attributes.map((a) => a.value).join(' / ')}<br>${yuanText(s.priceFen)}</td>`);
  return html`<article class="offer ${variant}" data-offer-id="${o.offerId}">
<h1 data-testid="offer-subject">${o.subject}</h1>
<p>商品ID：<span data-testid="offer-id">${o.offerId}</span> · ${o.categoryName}</p>
<img alt="${o.subject}" src="${IMAGE_CDN}${o.images[0]}" width="${variant === 'mobile' ? 160 : 320}">
<table data-testid="price-tiers"><tr>${tiers}</tr></table>
<p>起批量：<span data-testid="moq">${o.minOrderQuantity}</span>${o.unit} · 可售：<span data-testid="stock">${o.amountOnSale}</span>${o.unit}</p>
${
  o.skus.length
    ? html`<table data-testid="skus"><tr><th>规格</th><th>价格</th><th>库存</th></tr>${o.skus.map(
        (s) =>
          html`<tr data-spec-id="${s.specId}"><td>${s.attributes.map((a) => `${a.name}:${a.value}`).join(' ')}</td><td>${yuanText(s.priceFen)}</td><td>${s.amountOnSale}</td></tr>`,
      )}</table>`
    : ''
}
<p>供应商：<span data-testid="supplier">${o.companyName}</span>（${o.supplierLoginId}）· 发货地：${o.province} ${o.city}</p>
<section data-testid="description">${o.description}</section>
</article>`;
}

/** The order detail page's content: status, lines, amounts (yuan), receiver and parcels. */
export function orderView(o: Order): SafeHtml {
  const goods = o.items.reduce((s, i) => s + i.priceFen * i.quantity - i.entryDiscountFen, 0);
  return html`<article class="order" data-order-id="${o.orderId}">
<h1>订单详情</h1>
<p>订单号：<span data-testid="order-id">${o.orderId}</span> · 状态：<span data-testid="order-status" data-status="${o.status}">${STATUS_TEXT[o.status]}</span></p>
<p>下单时间：${formatAliDateTime(o.createMs)} · 卖家：${o.seller.companyName || o.seller.loginId} · 买家：<span data-testid="buyer-login">${o.buyer.loginId}</span></p>
<table data-testid="order-lines"><tr><th>货品</th><th>规格</th><th>单价</th><th>数量</th></tr>${o.items.map(
    (i) =>
      html`<tr data-offer-id="${i.offerId}"><td>${i.name}</td><td>${i.skuInfos.map((s) => s.value).join(' / ')}</td><td>${yuanText(i.priceFen)}</td><td>${i.quantity}${i.unit}</td></tr>`,
  )}</table>
<p>货品总价：${yuanText(goods)} · 运费：${yuanText(o.shippingFeeFen)} · 实付款：<strong data-testid="order-total">${yuanText(goods + o.shippingFeeFen)}</strong></p>
<p>收货信息：<span data-testid="receiver">${o.receiver.fullName}，${o.receiver.mobile}，${o.receiver.province}${o.receiver.city}${o.receiver.area}${o.receiver.town}${o.receiver.address}</span></p>
${o.buyerFeedback ? html`<p>买家留言：<span data-testid="buyer-feedback">${o.buyerFeedback}</span></p>` : ''}
${o.buyerMemo ? html`<p>买家备忘：<span data-testid="buyer-memo">${o.buyerMemo}</span></p>` : ''}
<section id="logisticsTabTitle">${
    o.shipments.length
      ? o.shipments.map((s) => html`<p data-testid="parcel">${s.carrierName} 运单号 ${s.billNo}</p>`)
      : html`<p>卖家尚未发货</p>`
  }</section>
</article>`;
}

/** A table of orders whose ids link to `href(orderId)` (`data-spa` in the workbench). */
export function orderListView(
  orders: Order[],
  href: (orderId: string) => string,
  opts: { spa: boolean; testIdPrefix: string },
): SafeHtml {
  return html`<table data-testid="order-list"><tr><th>订单号</th><th>货品</th><th>金额</th><th>状态</th><th>下单时间</th></tr>${orders.map(
    (o) =>
      html`<tr><td><a href="${href(o.orderId)}" data-testid="${opts.testIdPrefix}${o.orderId}"${opts.spa ? html` data-spa` : ''}>${o.orderId}</a></td><td>${o.items[0]?.name ?? ''}</td><td>${yuanText(
        o.items.reduce((s, i) => s + i.priceFen * i.quantity - i.entryDiscountFen, 0) + o.shippingFeeFen,
      )}</td><td>${STATUS_TEXT[o.status]}</td><td>${formatAliDateTime(o.createMs)}</td></tr>`,
  )}</table>`;
}
