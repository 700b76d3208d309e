import type { z } from 'zod';
import { parseAnyAopDate, toChinaIso } from '../api/aop-time';
import type { logisticsInfosResponseSchema, logisticsTraceResponseSchema } from './schemas';
import type { LogisticsShipment, LogisticsTrace } from './view';

type Infos = z.infer<typeof logisticsInfosResponseSchema>;
type Traces = z.infer<typeof logisticsTraceResponseSchema>;

export function toShipments(data: Infos): LogisticsShipment[] {
  return data.result.map((r) => {
    const s: LogisticsShipment = {
      logisticsId: r.logisticsId,
      lineIds: r.orderEntryIds ?? [],
      goods: (r.sendGoods ?? []).map((g) => ({
        name: g.goodName ?? '',
        ...(g.quantity !== undefined ? { quantity: g.quantity } : {}),
        ...(g.unit ? { unit: g.unit } : {}),
      })),
    };
    if (r.logisticsBillNo) s.trackingNumber = r.logisticsBillNo;
    if (r.logisticsCompanyName) s.carrierName = r.logisticsCompanyName;
    if (r.logisticsCompanyNo) s.carrierCode = r.logisticsCompanyNo;
    if (r.status) s.status = r.status;
    return s;
  });
}

export function toTraces(data: Traces): LogisticsTrace[] {
  return data.logisticsTrace.map((t) => ({
    ...(t.logisticsId ? { logisticsId: t.logisticsId } : {}),
    ...(t.logisticsBillNo ? { trackingNumber: t.logisticsBillNo } : {}),
    steps: t.logisticsSteps.flatMap((step) => {
      const at = parseAnyAopDate(step.acceptTime);
      return at === undefined ? [] : [{ at: toChinaIso(at), remark: step.remark }];
    }),
  }));
}
