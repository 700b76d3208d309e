import { ORDER_STATUSES, type Order, type OrderStatus } from '../data/model';
import type { OrderFilter, OrderRole } from '../data/order-book';
import { type ApiCall, type ApiDefinition, ok } from '../gateway/api';
import { orderFor } from './order-access';
import { tradeInfo } from './trade-model';

/** getSellerOrderList caps pageSize at 20; the buyer list's cap is undocumented, 20 here too. */
export const MAX_PAGE_SIZE = 20;
/** isHis: orders older than about three months live in the history table (boundary UNVERIFIED). */
export const HISTORY_AFTER_MS = 90 * 86_400_000;

function listFilter(call: ApiCall, role: OrderRole): OrderFilter {
  const p = call.params;
  const status = p.str('orderStatus');
  const counterpartId = p.str(role === 'seller' ? 'buyerMemberId' : 'sellerMemberId');
  const counterpartLogin = p.str(role === 'seller' ? 'buyerLoginId' : 'sellerLoginId');
  const productName = p.str('productName');
  const refundStatus = p.str('refundStatus');
  const tradeType = p.str('tradeType');
  const bizTypes = p.json('bizTypes');
  const orderIds = role === 'buyer' ? p.json('orderIds') : undefined;
  const outOrderId = role === 'buyer' ? p.str('outOrderId') : undefined;
  const idSet = Array.isArray(orderIds) ? new Set(orderIds.map((x) => String(x))) : undefined;
  const knownStatus = status !== undefined && (ORDER_STATUSES as readonly string[]).includes(status);
  const predicates: Array<(o: Order) => boolean> = [];
  // An unknown status matches nothing rather than everything.
  if (status && !knownStatus) predicates.push(() => false);
  if (counterpartId) predicates.push((o) => (role === 'seller' ? o.buyer : o.seller).memberId === counterpartId);
  if (counterpartLogin) predicates.push((o) => (role === 'seller' ? o.buyer : o.seller).loginId === counterpartLogin);
  if (productName) predicates.push((o) => o.items.some((i) => i.name.includes(productName)));
  if (refundStatus) predicates.push((o) => o.refundStatus === refundStatus);
  if (idSet) predicates.push((o) => idSet.has(o.orderId));
  if (outOrderId) predicates.push((o) => o.outOrderId === outOrderId);
  // Every sandbox order is an escrow ("trade 4.0") order of business type cn.
  if (tradeType && tradeType !== '50060') predicates.push(() => false);
  if (Array.isArray(bizTypes) && !bizTypes.includes('cn')) predicates.push(() => false);
  return {
    status: knownStatus ? (status as OrderStatus) : undefined,
    createFrom: p.date('createStartTime'),
    createTo: p.date('createEndTime'),
    modifyFrom: p.date('modifyStartTime'),
    modifyTo: p.date('modifyEndTime'),
    history: p.bool('isHis') ?? false,
    historyBeforeMs: call.ctx.clock.now() - HISTORY_AFTER_MS,
    ...(predicates.length ? { predicate: (o) => predicates.every((f) => f(o)) } : {}),
  };
}

function listOrders(call: ApiCall, role: OrderRole) {
  const p = call.params;
  const page = Math.max(1, p.int('page') ?? 1);
  const requested = p.int('pageSize') ?? MAX_PAGE_SIZE;
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, requested));
  const filter = listFilter(call, role);
  const { total, orders } = call.state.orders.list(call.member.memberId, role, filter, page, pageSize);
  const opts = {
    receiver: p.bool('needBuyerAddressAndPhone') ?? false,
    memo: p.bool('needMemoInfo') ?? false,
    include: new Set(p.bool('needCheckSend') ? ['CanSendCheck'] : []),
  };
  return { result: orders.map((o) => tradeInfo(o, opts)), totalRecord: total };
}

function includeFields(call: ApiCall): Set<string> {
  return new Set(
    (call.params.str('includeFields') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

export const getSellerOrderList: ApiDefinition = {
  namespace: 'com.alibaba.trade',
  name: 'alibaba.trade.getSellerOrderList',
  version: 1,
  signed: true,
  needsToken: true,
  handle: (call) => ok({ ...listOrders(call, 'seller'), success: true }),
};

export const getBuyerOrderList: ApiDefinition = {
  namespace: 'com.alibaba.trade',
  name: 'alibaba.trade.getBuyerOrderList',
  version: 1,
  signed: true,
  needsToken: true,
  handle: (call) => ok(listOrders(call, 'buyer')),
};

export const getSellerView: ApiDefinition = {
  namespace: 'com.alibaba.trade',
  name: 'alibaba.trade.get.sellerView',
  version: 1,
  signed: true,
  needsToken: true,
  handle(call) {
    const found = orderFor(call, 'seller');
    if ('error' in found) return found.error;
    return ok({
      success: true,
      result: tradeInfo(found.order, { receiver: true, memo: true, include: includeFields(call) }),
    });
  },
};

export const getBuyerView: ApiDefinition = {
  namespace: 'com.alibaba.trade',
  name: 'alibaba.trade.get.buyerView',
  version: 1,
  signed: true,
  needsToken: true,
  handle(call) {
    const found = orderFor(call, 'buyer');
    if ('error' in found) return found.error;
    return ok({
      success: true,
      result: tradeInfo(found.order, { receiver: true, memo: true, include: includeFields(call) }),
    });
  },
};
