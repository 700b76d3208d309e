import { RawJsonNumber } from '../../net/lossless-json';
import { formatAopDate } from '../api/aop-time';
import type { AopParamInput } from '../api/param-encoding';
import { MAX_PAGE_SIZE, type OrderListQuery } from '../orders/order-query';
import type { PurchaseCreateInput, PurchaseInput } from './preview';

/** Typed inputs → 1688 business parameters (docs/1688-api.md §4.3, §4.4, §4.7). */
const date = (ms: number | undefined) => (ms === undefined ? undefined : formatAopDate(ms));

export function orderListParams(q: OrderListQuery, role: 'seller' | 'buyer'): AopParamInput {
  return {
    page: q.page ?? 1,
    pageSize: Math.min(q.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE),
    createStartTime: date(q.createdFrom),
    createEndTime: date(q.createdTo),
    modifyStartTime: date(q.modifiedFrom),
    modifyEndTime: date(q.modifiedTo),
    orderStatus: q.status,
    refundStatus: q.refundStatus,
    [role === 'seller' ? 'buyerMemberId' : 'sellerMemberId']: q.counterpartyMemberId,
    isHis: q.history,
    productName: q.productName,
    // Lists are for the overview: no receiver address/phone (minimum necessary, C5).
    needBuyerAddressAndPhone: false,
  };
}

function cargoParamList(input: PurchaseInput) {
  // offerId is a Long on 1688's side: bare digits in the JSON text, never a rounded JS number.
  return input.cargo.map((c) => ({
    offerId: new RawJsonNumber(c.offerId),
    ...(c.specId ? { specId: c.specId } : {}),
    quantity: c.quantity,
  }));
}

function addressParam(input: PurchaseInput) {
  const a = input.address;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

export function previewParams(input: PurchaseInput): AopParamInput {
  return { addressParam: addressParam(input), cargoParamList: cargoParamList(input), flow: input.flow };
}

export function createOrderParams(input: PurchaseCreateInput): AopParamInput {
  return {
    flow: input.flow ?? 'general',
    addressParam: addressParam(input),
    cargoParamList: cargoParamList(input),
    message: input.message,
    tradeType: input.tradeType,
    shopPromotionId: input.shopPromotionId,
  };
}
