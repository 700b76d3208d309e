import type { Order, Shipment } from '../data/model';
import type { OrderRole } from '../data/order-book';
import { type ApiCall, type ApiDefinition, ok } from '../gateway/api';
import { formatAliDate, formatAliDateTime } from '../time';
import { orderFor } from './order-access';

const YEAR_MS = 365 * 86_400_000;

/** Trace steps already past on the business clock. */
const visibleSteps = (s: Shipment, nowMs: number) => s.steps.filter((step) => step.atMs <= nowMs);

/** WAITACCEPT | ACCEPT | TRANSPORT | SIGN, from how far the parcel has got. */
function parcelStatus(s: Shipment, nowMs: number): string {
  const seen = visibleSteps(s, nowMs).length;
  if (seen === 0) return 'WAITACCEPT';
  if (s.signedMs !== undefined && s.signedMs <= nowMs) return 'SIGN';
  return seen === 1 ? 'ACCEPT' : 'TRANSPORT';
}

function logisticsInfo(o: Order, s: Shipment, fields: Set<string> | undefined, nowMs: number) {
  const want = (f: string) => !fields || fields.has(f);
  const r = o.receiver;
  return {
    logisticsId: s.logisticsId,
    logisticsBillNo: s.billNo,
    orderEntryIds: o.items.map((i) => i.subItemId).join(','),
    status: parcelStatus(s, nowMs),
    gmtSystemSend: formatAliDate(s.shippedMs),
    ...(want('company.name')
      ? {
          logisticsCompanyId: String(s.carrierId),
          logisticsCompanyName: s.carrierName,
          logisticsCompanyNo: s.carrierCode,
        }
      : {}),
    remarks: '',
    ...(want('sendgood')
      ? { sendGoods: o.items.map((i) => ({ goodName: i.name, quantity: String(i.quantity), unit: i.unit })) }
      : {}),
    ...(want('receiver')
      ? {
          receiver: {
            receiverName: r.fullName,
            receiverPhone: r.phone,
            receiverMobile: r.mobile,
            receiverProvince: r.province,
            receiverCity: r.city,
            receiverCounty: r.area,
            receiverAddress: `${r.town}${r.address}`,
            receiverCountyCode: r.divisionCode,
            receiverPost: r.zip,
            encrypt: false,
          },
        }
      : {}),
    ...(want('sender')
      ? {
          sender: {
            senderName: o.seller.contactName,
            senderMobile: o.seller.mobile,
            senderProvince: s.fromProvince,
            senderCity: s.fromCity,
            senderAddress: `${s.fromProvince}${s.fromCity}`,
            encrypt: false,
          },
        }
      : {}),
    logisticsOrderGoods: o.items.map((i) => ({
      // Both ids are Longs above 2^53, written bare as the real API does (no string twin here).
      tradeOrderId: BigInt(o.orderId),
      tradeOrderItemId: BigInt(i.subItemId),
      description: i.skuInfos.map((x) => x.value).join(' '),
      quantity: i.quantity,
      unit: i.unit,
      productName: i.name,
    })),
  };
}

function logisticsInfos(call: ApiCall, role: OrderRole): Response {
  const found = orderFor(call, role);
  if ('error' in found) return found.error;
  const { order } = found;
  if (order.shipments.length === 0) {
    return ok({ success: false, errorCode: '500_2', errorMessage: '该订单尚未发货，没有物流信息' });
  }
  const fieldsParam = call.params.str('fields');
  const fields = fieldsParam ? new Set(fieldsParam.split(',').map((f) => f.trim())) : undefined;
  const now = call.ctx.clock.now();
  return ok({ success: true, result: order.shipments.map((s) => logisticsInfo(order, s, fields, now)) });
}

function traceInfo(call: ApiCall, role: OrderRole): Response {
  const logisticsId = call.params.str('logisticsId');
  const found = orderFor(call, role);
  if ('error' in found) return found.error;
  const { order } = found;
  const now = call.ctx.clock.now();
  if (now - order.createMs > YEAR_MS) {
    return ok({
      success: false,
      errorCode: 'order.createtime.history',
      errorMessage: '只能查询一年以内的订单物流跟踪信息',
    });
  }
  const shipments = order.shipments.filter((s) => !logisticsId || s.logisticsId === logisticsId);
  if (shipments.length === 0) return ok({ success: false, errorCode: '404', errorMessage: '没有物流跟踪信息' });
  return ok({
    success: true,
    logisticsTrace: shipments.map((s) => ({
      logisticsId: s.logisticsId,
      orderId: BigInt(order.orderId),
      logisticsBillNo: s.billNo,
      logisticsSteps: visibleSteps(s, now).map((step) => ({
        acceptTime: formatAliDateTime(step.atMs),
        remark: step.remark,
      })),
    })),
  });
}

const logisticsApi = (name: string, handle: (call: ApiCall) => Response): ApiDefinition => ({
  namespace: 'com.alibaba.logistics',
  name,
  version: 1,
  signed: true,
  needsToken: true,
  handle,
});

export const logisticsApis: ApiDefinition[] = [
  logisticsApi('alibaba.trade.getLogisticsInfos.sellerView', (c) => logisticsInfos(c, 'seller')),
  logisticsApi('alibaba.trade.getLogisticsInfos.buyerView', (c) => logisticsInfos(c, 'buyer')),
  logisticsApi('alibaba.trade.getLogisticsTraceInfo.sellerView', (c) => traceInfo(c, 'seller')),
  logisticsApi('alibaba.trade.getLogisticsTraceInfo.buyerView', (c) => traceInfo(c, 'buyer')),
];
