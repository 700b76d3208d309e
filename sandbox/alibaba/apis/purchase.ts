import { Rng } from '../../core/rng';
import { SUPPLIERS } from '../data/dictionary';
import { mixSeed, mobile } from '../data/ids';
import type { Order, Party } from '../data/model';
import { memberParty, subItemIdFor } from '../data/order-gen';
import { chineseName } from '../data/people';
import { type ApiCall, type ApiDefinition, ok } from '../gateway/api';
import { findMember } from '../members';
import { CargoError, groupBySupplier, readAddress, readCargo, type SupplierGroup } from './cargo';
import { yuan } from './money';

const PREVIEW_FLOWS = ['general', 'fenxiao', 'saleproxy', 'paired', 'repurchase', 'boutiquefenxiao', 'boutiquepifa'];
const CREATE_FLOWS = ['general', 'saleproxy', 'fenxiao'];
const TRADE_MODES = [
  {
    tradeType: 'assureTrade',
    name: '担保交易',
    description: '买家付款后资金由平台担保，确认收货后打款给卖家',
    opSupport: true,
  },
];

function previewGroup(g: SupplierGroup, flow: string) {
  return {
    sumPayment: g.goodsFen + g.carriageFen,
    sumCarriage: g.carriageFen,
    sumPaymentNoCarriage: g.goodsFen,
    discountFee: 0,
    additionalFee: 0,
    flowFlag: flow,
    status: true,
    tradeModeNameList: TRADE_MODES.map((m) => m.tradeType),
    tradeModelList: TRADE_MODES,
    shopPromotionList: [],
    cargoList: g.lines.map((l) => ({
      offerId: Number(l.offer.offerId),
      specId: l.sku?.specId,
      skuId: l.sku ? Number(l.sku.skuId) : undefined,
      // Cargo amounts are yuan; the sums above are fen (1688-api.md §3.4).
      amount: yuan(l.unitFen * l.quantity),
      finalUnitPrice: yuan(l.unitFen),
      resultCode: 'SUCCESS',
      message: '',
    })),
  };
}

/** alibaba.createOrder.preview: price, freight and trade modes, split by supplier. */
export const createOrderPreview: ApiDefinition = {
  namespace: 'com.alibaba.trade',
  name: 'alibaba.createOrder.preview',
  version: 1,
  signed: true,
  needsToken: true,
  handle({ params, member, state }) {
    const flow = params.str('flow') ?? 'general';
    const address = readAddress(params);
    const lines = readCargo(params, state.catalog, member.memberId);
    const error = [address, lines].find((x): x is CargoError => x instanceof CargoError);
    if (error) return ok({ success: false, errorCode: error.code, errorMsg: error.message });
    if (!PREVIEW_FLOWS.includes(flow))
      return ok({ success: false, errorCode: 'FLOW_INVALID', errorMsg: `flow[${flow}]不支持` });
    return ok({
      success: true,
      orderPreviewResuslt: groupBySupplier(lines as Exclude<typeof lines, CargoError>).map((g) =>
        previewGroup(g, flow),
      ),
      postFeeByDescOfferList: [],
      consignOfferList: [],
      unsupportedCrossBorderPayOfferList: [],
    });
  },
};

function supplierParty(memberId: string, rng: Rng): Party {
  const seeded = findMember(memberId);
  if (seeded) return memberParty(seeded);
  const s = SUPPLIERS.find((x) => x.memberId === memberId)!;
  return { ...s, contactName: chineseName(rng), mobile: mobile(rng) };
}

const fail = (code: string, message: string) => ok({ success: false, code, message });

/**
 * alibaba.trade.fastCreateOrder: creates a real (unpaid) purchase order that then appears in the
 * buyer's list and the supplier's. No idempotency key exists (1688-api.md §4.7), so sending the
 * same request twice creates two orders — preventing that is the client's job.
 */
export const fastCreateOrder: ApiDefinition = {
  namespace: 'com.alibaba.trade',
  name: 'alibaba.trade.fastCreateOrder',
  version: 1,
  signed: true,
  needsToken: true,
  handle(call: ApiCall) {
    const { params, member, state, ctx } = call;
    const stats = state.purchaseStats(member.memberId);
    stats.fastCreateOrderCalls++;
    const flow = params.requireStr('flow');
    const address = readAddress(params);
    const lines = readCargo(params, state.catalog, member.memberId);
    const message = params.str('message') ?? '';
    const tradeType = params.str('tradeType');
    const error = [address, lines].find((x): x is CargoError => x instanceof CargoError);
    if (error) return fail(error.code, error.message);
    if (!CREATE_FLOWS.includes(flow)) return fail('FLOW_INVALID', `flow[${flow}]不支持`);
    if (message.length > 500) return fail('MESSAGE_TOO_LONG', '买家留言不能超过500个字符');
    if (tradeType && !TRADE_MODES.some((m) => m.tradeType === tradeType)) {
      return fail('TRADE_TYPE_INVALID', `交易方式[${tradeType}]不可用`);
    }
    const groups = groupBySupplier(lines as Exclude<typeof lines, CargoError>);
    if (groups.length > 1) return fail('MULTI_SELLER', '一个订单只能包含同一个供应商的商品');
    const [group] = groups;

    const orderId = state.orders.newOrderId();
    const rng = new Rng(mixSeed(stats.ordersCreated, Number(orderId.slice(-9))));
    const now = ctx.clock.now();
    const order: Order = {
      orderId,
      seller: supplierParty(group.supplierMemberId, rng),
      buyer: memberParty(member),
      status: 'waitbuyerpay',
      createMs: now,
      modifyMs: now,
      items: group.lines.map((l, line) => ({
        subItemId: subItemIdFor(orderId, line),
        offerId: l.offer.offerId,
        skuId: l.sku?.skuId,
        specId: l.sku?.specId,
        name: l.offer.subject,
        skuInfos: l.sku ? l.sku.attributes.map((a) => ({ name: a.name, value: a.value })) : [],
        quantity: l.quantity,
        unit: l.offer.unit,
        priceFen: l.unitFen,
        entryDiscountFen: 0,
        cargoNumber: l.sku?.cargoNumber ?? l.offer.cargoNumber,
        image: l.sku?.attributes[0]?.imageUrl ?? l.offer.images[0],
      })),
      shippingFeeFen: group.carriageFen,
      receiver: address as Exclude<typeof address, CargoError>,
      buyerMemo: '',
      sellerMemo: '',
      buyerFeedback: message,
      shipments: [],
      flow,
    };
    for (const l of group.lines) {
      if (l.sku) l.sku.amountOnSale -= l.quantity;
      l.offer.amountOnSale -= l.quantity;
    }
    state.orders.add(order);
    stats.ordersCreated++;
    stats.orderIds.push(orderId);
    return ok({
      success: true,
      result: {
        orderId,
        totalSuccessAmount: group.goodsFen + group.carriageFen,
        postFee: group.carriageFen,
        failedOfferList: [],
      },
    });
  },
};
