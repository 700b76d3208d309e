import {
  type Order,
  type OrderItem,
  orderDiscountFen,
  orderItemsFen,
  orderTotalFen,
  PAID_STATUSES,
  SHIPPED_STATUSES,
  STATUS_TEXT,
} from '../data/model';
import { formatAliDate } from '../time';
import { IMAGE_CDN, yuan } from './money';

export interface TradeInfoOptions {
  /** needBuyerAddressAndPhone (lists); details always carry the receiver. */
  receiver: boolean;
  /** needMemoInfo (lists); details always carry memos. */
  memo: boolean;
  /** includeFields of the detail APIs: NativeLogistics, GuaranteesTerms, RateDetail, OrderInvoice, CanSendCheck. */
  include: ReadonlySet<string>;
}

const date = (ms: number | undefined) => (ms === undefined ? undefined : formatAliDate(ms));

/** Per-line logistics status: 1 not shipped, 2 shipped, 3 received. */
function logisticsStatus(o: Order): number {
  if (o.receiveMs !== undefined) return 3;
  if (SHIPPED_STATUSES.has(o.status)) return 2;
  return 1;
}

function productItem(o: Order, item: OrderItem, opts: TradeInfoOptions) {
  const lineFen = item.priceFen * item.quantity - item.entryDiscountFen;
  return {
    productID: Number(item.offerId),
    skuID: item.skuId ? Number(item.skuId) : undefined,
    specId: item.specId,
    name: item.name,
    quantity: item.quantity,
    unit: item.unit,
    price: yuan(item.priceFen),
    itemAmount: yuan(lineFen),
    entryDiscount: item.entryDiscountFen,
    // Above 2^53: a bare number beside its exact string twin, as the real API writes it.
    subItemID: BigInt(item.subItemId),
    subItemIDString: item.subItemId,
    status: o.status,
    statusStr: STATUS_TEXT[o.status],
    logisticsStatus: logisticsStatus(o),
    refundStatus: o.refundStatus,
    skuInfos: item.skuInfos,
    productImgUrl: [`${IMAGE_CDN}${item.image.replace(/\.jpg$/, '.80x80.jpg')}`, `${IMAGE_CDN}${item.image}`],
    productSnapshotUrl: `https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=${item.subItemId}`,
    cargoNumber: item.cargoNumber,
    productCargoNumber: item.cargoNumber,
    gmtCreate: date(o.createMs),
    gmtModified: date(o.modifyMs),
    type: 'common',
    ...(opts.include.has('CanSendCheck')
      ? {
          canSendGoods: o.status === 'waitsellersend' && !o.refundStatus,
          cantSendReason: o.status === 'waitsellersend' ? undefined : STATUS_TEXT[o.status],
        }
      : {}),
  };
}

function receiverInfo(o: Order) {
  const r = o.receiver;
  return {
    toFullName: r.fullName,
    toMobile: r.mobile,
    toPhone: r.phone,
    toArea: `${r.province} ${r.city} ${r.area} ${r.town} ${r.address}`,
    toPost: r.zip,
    toDivisionCode: r.divisionCode,
  };
}

function tradeTerms(o: Order) {
  const payStatus = o.status === 'success' ? '6' : o.payMs !== undefined ? (o.status === 'cancel' ? '4' : '2') : '1';
  return [
    {
      payStatus,
      payTime: date(o.payMs),
      payWay: '1',
      payWayDesc: '支付宝',
      phasAmount: yuan(orderTotalFen(o)),
      phase: Number(o.orderId.slice(-10)),
      cardPay: false,
      expressPay: false,
    },
  ];
}

function nativeLogistics(o: Order) {
  const r = o.receiver;
  return {
    contactPerson: r.fullName,
    mobile: r.mobile,
    telephone: r.phone,
    province: r.province,
    city: r.city,
    area: r.area,
    town: r.town,
    address: r.address,
    zip: r.zip,
    areaCode: r.divisionCode,
    logisticsItems: o.shipments.map((s) => ({
      logisticsCode: s.logisticsId,
      logisticsBillNo: s.billNo,
      logisticsCompanyId: s.carrierId,
      logisticsCompanyName: s.carrierName,
      logisticsCompanyNo: s.carrierCode,
      deliveredTime: date(s.shippedMs),
      type: 0,
      status: 'alreadysend',
      subItemIds: o.items.map((i) => i.subItemId).join(','),
      fromProvince: s.fromProvince,
      fromCity: s.fromCity,
      fromContact: o.seller.contactName,
      fromMobile: o.seller.mobile,
      toProvince: r.province,
      toCity: r.city,
      toArea: r.area,
      toAddress: r.address,
      toContact: r.fullName,
      toMobile: r.mobile,
    })),
  };
}

/** The TradeInfo model shared by every order API (1688-api.md §4.5). */
export function tradeInfo(o: Order, opts: TradeInfoOptions) {
  const paid = PAID_STATUSES.has(o.status);
  return {
    baseInfo: {
      id: BigInt(o.orderId),
      idOfStr: o.orderId,
      businessType: 'cn',
      tradeType: '50060',
      tradeTypeCode: 'assureTrade',
      flowTemplateCode: 'assureTrade',
      currency: 'CNY',
      status: o.status,
      createTime: date(o.createMs),
      modifyTime: date(o.modifyMs),
      payTime: date(o.payMs),
      allDeliveredTime: date(o.shipMs),
      receivingTime: date(o.receiveMs),
      completeTime: date(o.completeMs),
      totalAmount: yuan(orderTotalFen(o)),
      sumProductPayment: yuan(orderItemsFen(o)),
      shippingFee: yuan(o.shippingFeeFen),
      discount: orderDiscountFen(o),
      couponFee: 0,
      refund: 0,
      refundStatus: o.refundStatus,
      buyerID: o.buyer.memberId,
      buyerLoginId: o.buyer.loginId,
      buyerUserId: Number(o.buyer.userId),
      sellerID: o.seller.memberId,
      sellerLoginId: o.seller.loginId,
      sellerUserId: Number(o.seller.userId),
      buyerContact: {
        name: o.buyer.contactName,
        mobile: o.buyer.mobile,
        companyName: o.buyer.companyName,
        imInPlatform: o.buyer.loginId,
      },
      sellerContact: {
        name: o.seller.contactName,
        mobile: o.seller.mobile,
        companyName: o.seller.companyName,
        imInPlatform: o.seller.loginId,
      },
      ...(opts.receiver ? { receiverInfo: receiverInfo(o) } : {}),
      buyerFeedback: o.buyerFeedback || undefined,
      ...(opts.memo ? { buyerMemo: o.buyerMemo || undefined, sellerMemo: o.sellerMemo || undefined } : {}),
      closeReason: o.closeReason,
      closeOperateType: o.closeReason ? (paid ? 'CLOSE_TRADE_BY_SELLER' : 'CLOSE_TRADE_BY_BUYER') : undefined,
      outOrderId: o.outOrderId,
      overSeaOrder: false,
      stepPayAll: false,
    },
    productItems: o.items.map((i) => productItem(o, i, opts)),
    tradeTerms: tradeTerms(o),
    ...(opts.include.has('NativeLogistics') ? { nativeLogistics: nativeLogistics(o) } : {}),
    ...(opts.include.has('GuaranteesTerms')
      ? { guaranteesTerms: { assuranceType: 'TRADE_GUARANTEE', qualityAssuranceType: '48小时发货' } }
      : {}),
    ...(opts.include.has('RateDetail') ? { orderRateInfo: { buyerRateStatus: 5, sellerRateStatus: 5 } } : {}),
  };
}
