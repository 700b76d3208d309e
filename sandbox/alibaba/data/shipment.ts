import type { Rng } from '../../core/rng';
import { CARRIERS } from './dictionary';
import { mobile } from './ids';
import type { Shipment } from './model';
import { chineseName } from './people';

const HOUR = 3_600_000;

export interface ShipmentRoute {
  fromProvince: string;
  fromCity: string;
  toCity: string;
  toArea: string;
  toTown: string;
  shipMs: number;
  /** When the buyer signed, if it already happened; otherwise the steps project a delivery. */
  receiveMs?: number;
}

/**
 * A parcel with its courier trace, from pickup to delivery (and the signature, once signed). The
 * APIs only show steps already past on the business clock, so advancing the clock moves a parcel
 * along.
 */
export function makeShipment(rng: Rng, route: ShipmentRoute): Shipment {
  const carrier = rng.pick(CARRIERS);
  const billNo = `${carrier.billPrefix}${rng.digits(carrier.billDigits)}`;
  const courier = `${chineseName(rng)}（电话：${mobile(rng)}）`;
  const remarks = [
    `【${route.fromCity}】${carrier.name}${route.fromCity}公司 已揽收`,
    `【${route.fromCity}】快件已到达 ${route.fromCity}转运中心`,
    `【${route.fromCity}】快件已从 ${route.fromCity}转运中心 发出，准备发往 ${route.toCity}转运中心`,
    `【${route.toCity}】快件已到达 ${route.toCity}转运中心`,
    `【${route.toCity}】快件已到达【${route.toArea}${route.toTown}营业部】`,
    `【${route.toCity}】快件正在派送中，派件员：${courier}`,
    `【${route.toCity}】快件已签收，签收人：本人签收。感谢使用${carrier.name}，期待再次为您服务`,
  ];
  // Pickup happens at shipping time; then hours between scans.
  const gaps = [
    0,
    ...[rng.int(2, 6), rng.int(1, 3), rng.int(12, 30), rng.int(4, 10), rng.int(1, 4), rng.int(1, 5)].map(
      (h) => h * HOUR + rng.int(0, 59) * 60_000,
    ),
  ];
  // Only a parcel already signed for has the signature scan; it ends exactly at that time.
  const signed = route.receiveMs !== undefined;
  const count = signed ? remarks.length : remarks.length - 1;
  const natural = gaps.slice(0, count).reduce((a, b) => a + b, 0);
  const scale = signed ? Math.max(0, route.receiveMs! - route.shipMs) / natural : 1;
  let at = route.shipMs;
  const steps = remarks.slice(0, count).map((remark, i) => {
    at += Math.floor(gaps[i] * scale);
    return { atMs: at, remark };
  });
  return {
    logisticsId: `BX${rng.digits(14)}`,
    billNo,
    carrierName: carrier.name,
    carrierId: carrier.companyId,
    carrierCode: carrier.code,
    shippedMs: route.shipMs,
    fromProvince: route.fromProvince,
    fromCity: route.fromCity,
    steps,
    signedMs: route.receiveMs,
  };
}
