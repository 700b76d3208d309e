import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import type { OrderRecord, VendorItem } from '../data/model';
import { buyerFor } from '../data/people';
import type { VendorData } from '../data/store';
import type { CoupangEnv, CoupangState } from '../env';
import { openapiError } from '../envelopes';
import { productNameOf, receiverOf } from '../orders/render';
import { deliveredAt, isFullyCanceled, type TransitSettings } from '../orders/state';
import { intQuery } from '../request';
import { DAY_MS, kstDate, kstMidnight, parseKstDate } from '../time';
import { vendorMismatch } from '../vendor-guard';

/**
 * Settlement (reference §4.9). Revenue history is derived from the orders themselves: a delivered
 * box is recognised 7 days after delivery, a completed return as a REFUND on completion. Payout
 * history is the seeded monthly/weekly records, as a bare JSON array.
 */
const RECOGNITION_DELAY_MS = 7 * DAY_MS;
const SERVICE_FEE_RATIO = 10.8;
const DELIVERY_FEE_RATIO = 3;
/** What a remote-area (도서산간) order adds to the shipping fee: the ordersheet's remotePrice. */
const REMOTE_AREA_FEE = 3000;

interface Revenue {
  order: OrderRecord;
  saleType: 'SALE' | 'REFUND';
  recognizedAt: number;
}

function revenueEntries(vd: VendorData, receipts: VendorData['receipts'], now: number, s: TransitSettings): Revenue[] {
  const out: Revenue[] = [];
  for (const order of vd.orders) {
    const delivered = deliveredAt(order, now, s);
    if (delivered && !isFullyCanceled(order))
      out.push({ order, saleType: 'SALE', recognizedAt: delivered + RECOGNITION_DELAY_MS });
  }
  for (const r of receipts)
    if (
      r.receiptType === 'RETURN' &&
      r.status === 'RETURNS_COMPLETED' &&
      r.releaseStatus !== 'S' &&
      r.completeConfirmAt
    )
      out.push({ order: r.order, saleType: 'REFUND', recognizedAt: r.completeConfirmAt });
  return out.sort((a, b) => a.recognizedAt - b.recognizedAt || a.order.orderId - b.order.orderId);
}

function money(amount: number, ratio: number) {
  const fee = Math.round((amount * ratio) / 100);
  const vat = Math.round(fee * 0.1);
  return { fee, vat, settlement: amount - fee - vat };
}

function renderRevenue(e: Revenue) {
  const { order } = e;
  const sign = e.saleType === 'REFUND' ? -1 : 1;
  const buyer = buyerFor(order.seed);
  const lines: Array<[VendorItem, number]> = [[order.item0, order.qty0]];
  if (order.item1) lines.push([order.item1, order.qty1]);
  const delivery = money(order.shippingPrice, DELIVERY_FEE_RATIO);
  // The remote-area surcharge the buyer paid (ordersheet remotePrice) is settled beside the base
  // fee, with the same commission: `amount` and its fee/VAT are base + remote.
  const remote = money(order.remoteArea ? REMOTE_AREA_FEE : 0, DELIVERY_FEE_RATIO);
  const remoteAmount = order.remoteArea ? REMOTE_AREA_FEE : 0;
  const recognition = kstDate(e.recognizedAt);
  return {
    orderId: order.orderId,
    saleType: e.saleType,
    saleDate: kstDate(order.orderedAt),
    recognitionDate: recognition,
    settlementDate: kstDate(e.recognizedAt + 20 * DAY_MS),
    finalSettlementDate: kstDate(e.recognizedAt + 50 * DAY_MS),
    deliveryFee: {
      amount: sign * (order.shippingPrice + remoteAmount),
      fee: sign * (delivery.fee + remote.fee),
      feeVat: sign * (delivery.vat + remote.vat),
      feeRatio: DELIVERY_FEE_RATIO,
      settlementAmount: sign * (delivery.settlement + remote.settlement),
      baseAmount: sign * order.shippingPrice,
      baseFee: sign * delivery.fee,
      baseFeeVat: sign * delivery.vat,
      remoteAmount: sign * remoteAmount,
      remoteFee: sign * remote.fee,
      remoteFeeVat: sign * remote.vat,
    },
    items: lines.map(([item, qty]) => {
      const salePrice = item.salePrice * qty;
      const sellerDiscountCoupon = Math.round((salePrice * buyer.couponPercent) / 1000) * 10;
      const fee = money(salePrice, SERVICE_FEE_RATIO);
      return {
        taxType: 'TAX',
        productId: item.product.productId,
        productName: productNameOf(order, item),
        vendorItemId: item.vendorItemId,
        vendorItemName: `${productNameOf(order, item)}, ${item.itemName}`,
        salePrice: sign * salePrice,
        quantity: qty,
        coupangDiscountCoupon: 0,
        discountCouponPolicyAgreement: false,
        saleAmount: sign * salePrice,
        sellerDiscountCoupon: sign * sellerDiscountCoupon,
        downloadableCoupon: 0,
        serviceFee: sign * fee.fee,
        serviceFeeVat: sign * fee.vat,
        serviceFeeRatio: SERVICE_FEE_RATIO,
        settlementAmount: sign * (fee.settlement - sellerDiscountCoupon),
        couranteeFeeRatio: 0,
        couranteeFee: 0,
        couranteeFeeVat: 0,
        storeFeeDiscountVat: 0,
        storeFeeDiscount: 0,
        externalSellerSkuCode: item.externalVendorSku,
      };
    }),
  };
}

/**
 * What revenue-history answers for a vendor and an inclusive KST date range, summed — for the
 * control API, so tests compare the extension's totals with the sandbox's own to the won. Also
 * names the people on those orders, so a test can prove none of them reaches an export.
 */
export function revenueTotals(state: CoupangState, vd: VendorData, from: number, to: number) {
  const now = state.ctx.clock.now();
  const entries = revenueEntries(vd, vd.receipts, now, state.ctx.settings).filter(
    (e) => e.recognizedAt >= from && e.recognizedAt < to + DAY_MS,
  );
  const totals = {
    sale: 0,
    serviceFee: 0,
    feeVat: 0,
    shippingFee: 0,
    shippingCommission: 0,
    sellerDiscount: 0,
    settlement: 0,
  };
  const days: Record<string, { sale: number; settlement: number; lines: number }> = {};
  const orders = new Set<number>();
  const people = new Set<string>();
  for (const e of entries) {
    const r = renderRevenue(e);
    days[r.recognitionDate] ??= { sale: 0, settlement: 0, lines: 0 };
    const day = days[r.recognitionDate];
    day.lines++;
    orders.add(r.orderId);
    totals.shippingFee += r.deliveryFee.amount;
    totals.shippingCommission += r.deliveryFee.fee;
    totals.feeVat += r.deliveryFee.feeVat;
    totals.settlement += r.deliveryFee.settlementAmount;
    day.settlement += r.deliveryFee.settlementAmount;
    for (const i of r.items) {
      totals.sale += i.saleAmount;
      totals.serviceFee += i.serviceFee;
      totals.feeVat += i.serviceFeeVat;
      totals.sellerDiscount += i.sellerDiscountCoupon + i.downloadableCoupon;
      totals.settlement += i.settlementAmount;
      day.sale += i.saleAmount;
      day.settlement += i.settlementAmount;
    }
    const buyer = buyerFor(e.order.seed);
    const receiver = receiverOf(e.order, buyer);
    for (const v of [buyer.ordererName, buyer.ordererSafeNumber, receiver.name, receiver.safeNumber, receiver.addr1])
      people.add(v);
  }
  return { lines: entries.length, orders: orders.size, totals, days, people: [...people] };
}

function revenueHistory(state: CoupangState) {
  return (c: Context<CoupangEnv>) => {
    const vendorId = c.req.query('vendorId');
    if (!vendorId) return openapiError(400, "Required String parameter 'vendorId' is not present");
    const mismatch = vendorMismatch(c, vendorId);
    if (mismatch) return mismatch;
    const token = c.req.query('token');
    // `token=` must be on the first page too (present but empty).
    if (token === undefined) return openapiError(400, "Required String parameter 'token' is not present");
    if (token !== '' && !/^\d+$/.test(token))
      return openapiError(
        400,
        `The request is invalid: token: Invalid format. 첫 페이지 호출 시에는 비워두세요. 두 번째 페이지부터는 이전 페이지 응답에 포함된 nextToken 값을 사용해주세요. 사용자 입력값 = ${token}`,
      );
    const fromText = c.req.query('recognitionDateFrom') ?? '';
    const toText = c.req.query('recognitionDateTo') ?? '';
    const from = parseKstDate(fromText);
    const to = parseKstDate(toText);
    const badFormat = (name: string, value: string) =>
      openapiError(
        400,
        `The request is invalid: ${name}: Invalid format. 'yyyy-MM-dd' 형식을 사용하세요. (예시) '2011-12-03' 사용자 입력값 = ${value}`,
      );
    if (from === null) return badFormat('recognitionDateFrom', fromText);
    if (to === null) return badFormat('recognitionDateTo', toText);
    const now = state.ctx.clock.now();
    if (to >= kstMidnight(now))
      return openapiError(
        400,
        `The request is invalid: dateTo: 전일까지만 조회할 수 있습니다. 사용자 입력값 = ${toText}`,
      );
    if (to < from || (to - from) / DAY_MS > 31)
      return openapiError(
        400,
        `The request is invalid: dateFrom, dateTo: 1달 이내의 범위로만 조회가능합니다. 사용자 입력값 = ${fromText}, ${toText}`,
      );
    const perPage = intQuery(c, 'maxPerPage', 50);
    if (perPage === null || perPage < 1 || perPage > 50)
      return openapiError(400, 'The request is invalid: maxPerPage: 1~50');
    const vd = c.get('vendorData');
    const all = revenueEntries(vd, vd.receipts, now, state.ctx.settings).filter(
      (e) => e.recognizedAt >= from && e.recognizedAt < to + DAY_MS,
    );
    const start = token ? Number(token) : 0;
    const page = all.slice(start, start + perPage);
    const hasNext = start + perPage < all.length;
    return wireJson({
      code: 200,
      message: 'OK',
      data: page.map(renderRevenue),
      hasNext,
      nextToken: hasNext ? String(start + perPage) : '',
    });
  };
}

function settlementHistories(state: CoupangState) {
  return (c: Context<CoupangEnv>) => {
    const ym = c.req.query('revenueRecognitionYearMonth') ?? '';
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(ym))
      return openapiError(400, 'Invalid revenueRecognitionYearMonth format (yyyy-MM)');
    if (ym > kstDate(state.ctx.clock.now()).slice(0, 7)) return openapiError(400, '해당월까지만 조회할 수 있습니다.');
    const vd = c.get('vendorData');
    // Bare array: no code/message/data envelope on this endpoint.
    return wireJson(
      vd.settlements
        .filter((s) => s.yearMonth === ym)
        .map((s) => {
          const target = s.totalSale - s.serviceFee;
          const weekly = s.settlementType === 'WEEKLY';
          const paid = weekly ? Math.round(target * 0.7) : target;
          return {
            settlementType: s.settlementType,
            settlementDate: s.settlementDate,
            revenueRecognitionYearMonth: s.yearMonth,
            revenueRecognitionDateFrom: s.from,
            revenueRecognitionDateTo: s.to,
            totalSale: s.totalSale,
            serviceFee: s.serviceFee,
            settlementTargetAmount: target,
            settlementAmount: paid,
            lastAmount: weekly ? target - paid : 0,
            pendingReleasedAmount: 0,
            sellerDiscountCoupon: 0,
            downloadableCoupon: 0,
            dedicatedDeliveryAmount: 0,
            sellerServiceFee: 0,
            couranteeFee: 0,
            couranteeCustomerReward: 0,
            deductionAmount: 0,
            debtOfLastWeek: 0,
            finalAmount: paid,
            bankAccountHolder: vd.vendor.name,
            bankName: '국민은행',
            bankAccount: `${String(100560 + vd.idx)}****`,
            status: s.status,
            storeFeeDiscount: 0,
          };
        }),
    );
  };
}

export function settlementRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  app.get('/v2/providers/openapi/apis/api/v1/revenue-history', revenueHistory(state));
  app.get('/v2/providers/marketplace_openapi/apis/api/v1/settlement-histories', settlementHistories(state));
  return app;
}
