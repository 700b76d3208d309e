import type { z } from 'zod';
import { addMoney, type Money } from '../../../domain/money';
import { fen, yuan, ZERO_CNY } from '../api/amounts';
import type { CreatedPurchaseOrder, PreviewLine, PreviewOrder, PreviewWarning, PurchasePreview } from './preview';
import type { createOrderResponseSchema, previewResponseSchema } from './schemas';

type Preview = z.infer<typeof previewResponseSchema>;
type Created = z.infer<typeof createOrderResponseSchema>;

// 1688 marks an accepted cargo line with one of these (or nothing).
const LINE_OK = new Set(['', 'success', 'SUCCESS', '0', '200']);

function line(c: Preview['orderPreviewResuslt'][number]['cargoList'][number]): PreviewLine {
  const resultCode = c.resultCode ?? '';
  const l: PreviewLine = { ok: LINE_OK.has(resultCode) };
  if (c.offerId !== undefined) l.offerId = c.offerId;
  if (c.specId) l.specId = c.specId;
  if (c.skuId !== undefined) l.skuId = c.skuId;
  if (c.amount !== undefined) l.amount = yuan(c.amount);
  if (c.finalUnitPrice !== undefined) l.unitPrice = yuan(c.finalUnitPrice);
  if (resultCode) l.resultCode = resultCode;
  if (c.message) l.message = c.message;
  return l;
}

function order(o: Preview['orderPreviewResuslt'][number]): PreviewOrder {
  const total = fen(o.sumPayment);
  const shipping = fen(o.sumCarriage);
  const tradeModes =
    o.tradeModelList.length > 0
      ? o.tradeModelList.map((m) => ({
          name: m.name ?? m.tradeType ?? '',
          ...(m.tradeType ? { tradeType: m.tradeType } : {}),
        }))
      : o.tradeModeNameList.map((name) => ({ name }));
  return {
    lines: o.cargoList.map(line),
    goods: o.sumPaymentNoCarriage !== undefined ? fen(o.sumPaymentNoCarriage) : fen(total.minor - shipping.minor),
    shipping,
    discount: o.discountFee !== undefined ? fen(o.discountFee) : ZERO_CNY,
    total,
    tradeModes,
  };
}

const sum = (values: Money[]) => values.reduce(addMoney, ZERO_CNY);

function warnings(data: Preview, orders: PreviewOrder[]): PreviewWarning[] {
  const out: PreviewWarning[] = [];
  if (orders.length > 1) out.push({ code: 'splitIntoSeveralOrders' });
  if (orders.some((o) => o.tradeModes.length === 0)) out.push({ code: 'notOrderableViaApi' });
  for (const o of orders) {
    for (const l of o.lines) {
      if (!l.ok) out.push({ code: 'lineRejected', ...(l.offerId ? { offerId: l.offerId } : {}) });
    }
  }
  for (const offerId of data.postFeeByDescOfferList) out.push({ code: 'shippingByNegotiation', offerId });
  for (const offerId of data.consignOfferList) out.push({ code: 'consignment', offerId });
  for (const offerId of data.unsupportedCrossBorderPayOfferList)
    out.push({ code: 'crossBorderPayUnsupported', offerId });
  return out;
}

export function toPurchasePreview(data: Preview): PurchasePreview {
  const orders = data.orderPreviewResuslt.map(order);
  const list = warnings(data, orders);
  return {
    orders,
    goods: sum(orders.map((o) => o.goods)),
    shipping: sum(orders.map((o) => o.shipping)),
    discount: sum(orders.map((o) => o.discount)),
    total: sum(orders.map((o) => o.total)),
    orderable: orders.length > 0 && !list.some((w) => w.code === 'notOrderableViaApi' || w.code === 'lineRejected'),
    warnings: list,
  };
}

export function toCreatedOrder(data: Created): CreatedPurchaseOrder {
  const r = data.result;
  const created: CreatedPurchaseOrder = {
    orderId: r.orderId,
    totalAmount: fen(r.totalSuccessAmount),
    failedOffers: r.failedOfferList.map((f) => ({
      ...(f.offerId !== undefined ? { offerId: f.offerId } : {}),
      ...(f.specId ? { specId: f.specId } : {}),
      ...(f.errorCode ? { errorCode: f.errorCode } : {}),
    })),
  };
  if (r.postFee !== undefined) created.shippingFee = fen(r.postFee);
  return created;
}
