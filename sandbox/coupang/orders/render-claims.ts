import type { ExchangeRecord, ReturnReceipt, VendorItem } from '../data/model';
import { buyerFor, toE164 } from '../data/people';
import { isoKstMicros, localKst } from '../time';
import { courierName } from './couriers';
import { moneyV5, productNameOf, receiverOf } from './render';

/**
 * Return/cancel receipts and exchange requests as the APIs write them. v6 returns use money
 * objects, ISO times with offset and E.164 phones; v4 plain numbers and offset-less KST times.
 */
export function renderReceipt(r: ReturnReceipt, version: 'v4' | 'v6') {
  const order = r.order;
  const buyer = buyerFor(order.seed);
  const receiver = receiverOf(order, buyer);
  const v6 = version === 'v6';
  const time = (ms: number) => (ms ? (v6 ? isoKstMicros(ms, buyer.micro) : localKst(ms)) : '');
  const money = (n: number) => (v6 ? moneyV5(n) : n);
  const lines: Array<{ item: VendorItem; qty: number }> = [];
  if (r.lineMask & 1) lines.push({ item: order.item0, qty: order.qty0 });
  if (r.lineMask & 2 && order.item1) lines.push({ item: order.item1, qty: order.qty1 });
  return {
    receiptId: r.receiptId,
    orderId: order.orderId,
    paymentId: order.orderId + 778_766,
    receiptType: r.receiptType,
    receiptStatus: r.status,
    createdAt: time(r.createdAt),
    modifiedAt: time(r.modifiedAt),
    requesterName: receiver.name,
    requesterPhoneNumber: v6 ? toE164(receiver.safeNumber) : receiver.safeNumber,
    requesterRealPhoneNumber: null,
    requesterAddress: receiver.addr1,
    requesterAddressDetail: receiver.addr2,
    requesterZipCode: receiver.postCode,
    cancelReasonCategory1: r.reasonCategory1,
    cancelReasonCategory2: r.reasonCategory2,
    cancelReason: r.cancelReason,
    cancelCountSum: lines.reduce((n, l) => n + l.qty, 0),
    returnDeliveryId: r.returnDeliveryId,
    returnDeliveryType: r.returnDeliveryType,
    releaseStopStatus: r.releaseStopStatus,
    enclosePrice: money(0),
    faultByType: r.faultByType,
    preRefund: r.preRefund,
    completeConfirmDate: time(r.completeConfirmAt),
    completeConfirmType: r.completeConfirmType,
    returnItems: lines.map(({ item, qty }) => ({
      vendorItemPackageId: 0,
      vendorItemPackageName: productNameOf(order, item),
      vendorItemId: item.vendorItemId,
      vendorItemName: `${productNameOf(order, item)}, ${item.itemName}`,
      purchaseCount: qty,
      cancelCount: qty,
      shipmentBoxId: order.shipmentBoxId,
      sellerProductId: item.product.sellerProductId,
      sellerProductName: productNameOf(order, item),
      releaseStatus: r.releaseStatus,
      cancelCompleteUser: r.cancelCompleteUser,
    })),
    returnDeliveryDtos: r.pickup ? [r.pickup] : [],
    reasonCode: r.reasonCode,
    reasonCodeText: r.reasonCodeText,
    returnShippingCharge: money(r.returnShippingCharge),
  };
}

/** The withdraw-history shape: a receipt the buyer took back. */
export function renderWithdrawal(r: ReturnReceipt, vendorId: string) {
  const items = [r.order.item0, r.order.item1].filter((i, n): i is VendorItem => !!i && (r.lineMask & (1 << n)) !== 0);
  return {
    cancelId: r.receiptId,
    orderId: r.order.orderId,
    vendorId,
    refundDeliveryDuty: r.faultByType === 'CUSTOMER' ? 'CUSTOMER' : 'COMPANY',
    createdAt: localKst(r.withdrawnAt),
    vendorItemIds: items.map((i) => i.vendorItemId),
  };
}

export function renderExchange(x: ExchangeRecord, vendorId: string, now: number) {
  const order = x.order;
  const buyer = buyerFor(order.seed);
  const receiver = receiverOf(order, buyer);
  const item = order.item0;
  const name = `${productNameOf(order, item)}, ${item.itemName}`;
  const boxVisible = x.newBoxVisibleAt > 0 && x.newBoxVisibleAt <= now;
  return {
    exchangeId: x.exchangeId,
    orderId: order.orderId,
    vendorId,
    orderDeliveryStatusCode: 'FINAL_DELIVERY',
    exchangeStatus: x.status,
    referType: 'WEB_MOBILE',
    faultType: x.faultType,
    exchangeAmount: 0,
    reason: null,
    reasonCode: x.reasonCode,
    reasonCodeText: x.reasonCodeText,
    reasonEtcDetail: x.reasonEtcDetail,
    cancelReason: null,
    createdByType: 'CUSTOMER',
    createdAt: localKst(x.createdAt),
    modifiedByType: 'CUSTOMER',
    modifiedAt: localKst(x.modifiedAt),
    exchangeItemDtoV1s: [
      {
        exchangeItemId: x.exchangeId * 10 + 1,
        orderItemId: item.vendorItemId,
        orderItemUnitPrice: item.salePrice,
        orderItemName: null,
        orderPackageId: null,
        orderPackageName: null,
        targetItemId: item.vendorItemId,
        targetItemUnitPrice: item.salePrice,
        targetItemName: name,
        targetPackageId: -1,
        targetPackageName: '',
        quantity: order.qty0,
        orderItemDeliveryComplete: null,
        orderItemReturnComplete: null,
        targetItemDeliveryComplete: null,
        createdAt: localKst(x.createdAt),
        modifiedAt: localKst(x.modifiedAt),
        originalShipmentBoxId: order.shipmentBoxId,
      },
    ],
    exchangeAddressDtoV1: {
      exchangeAddressId: x.exchangeId + 1_590_000,
      returnCustomerName: receiver.name,
      returnAddressZipCode: receiver.postCode,
      returnAddress: receiver.addr1,
      returnAddressDetail: receiver.addr2,
      returnPhone: null,
      returnMobile: receiver.safeNumber,
      returnMemo: null,
      deliveryCustomerName: receiver.name,
      deliveryAddressZipCode: receiver.postCode,
      deliveryAddress: receiver.addr1,
      deliveryAddressDetail: receiver.addr2,
      deliveryPhone: null,
      deliveryMobile: receiver.safeNumber,
      deliveryMemo: null,
      createdAt: localKst(x.createdAt),
      modifiedAt: localKst(x.modifiedAt),
      exchangeId: x.exchangeId,
    },
    deliveryInvoiceGroupDtos: boxVisible
      ? [
          {
            shipmentBoxId: x.newShipmentBoxId,
            boxPrice: 0,
            orderId: order.orderId,
            shippingDeliveryType: 'EXCHANGE_DELIVERY',
            deliveryInvoiceDtos: x.invoice
              ? [
                  {
                    invoiceNumber: x.invoice.invoiceNumber,
                    estimatedDeliveryDate: localKst(x.invoice.at + 2 * 86_400_000),
                    deliveredDate: x.status === 'SUCCESS' ? localKst(x.invoice.at + 86_400_000) : null,
                    statusModifiedAt: localKst(x.invoice.at),
                    invoiceNumberUploadDate: localKst(x.invoice.at),
                    statusCode: 'DEPARTURE',
                    deliverCode: x.invoice.goodsDeliveryCode,
                    deliverName: courierName(x.invoice.goodsDeliveryCode),
                    isMainShipmentInvoice: true,
                    parcelType: 'NORMAL',
                    invoiceVendorItemDtos: [{ vendorItemId: item.vendorItemId, quantity: order.qty0 }],
                  },
                ]
              : [],
          },
        ]
      : [],
    deliveryStatus: x.deliveryStatus,
    collectStatus: x.collectStatus,
    collectCompleteDate: x.collectCompleteAt ? localKst(x.collectCompleteAt) : null,
    collectInformationsDto: {
      returnType: 'EXCHANGE_RETURN',
      expectedReturnDate: localKst(x.createdAt + 3 * 86_400_000),
      returndeliveryItemDtos: [
        {
          vendorItemId: item.vendorItemId,
          statusCode: x.collectStatus === 'CompleteCollect' ? 'RETURN_COLLECT_OK' : 'RETURN_SEND_READY',
          returnCount: null,
          releaseStatus: 'RELEASED',
          count: order.qty0,
          confirmType: null,
          collectStatus: 'RETURN',
        },
      ],
      returndeliveryDestinationDto: {
        customerName: receiver.name,
        customerPhone: receiver.safeNumber,
        customerMobile: receiver.safeNumber,
        customerAddress: receiver.addr1,
        customerAddressDetail: receiver.addr2,
        customerZipCode: receiver.postCode,
        orderedByMobile: null,
        safetyNumber: receiver.safeNumber.replace(/-/g, ''),
        orderId: order.orderId,
        returnDeliveryId: x.returnDeliveryId,
      },
    },
    returnDeliveryDtos: [{ deliveryCompanyCode: 'CJGLS', deliveryInvoiceNo: '' }],
    orderDeliveryStatusLabel: 'FINAL_DELIVERY',
    exchangeStatusLabel: x.status,
    referTypeLabel: 'WEB_MOBILE',
    faultTypeLabel: x.faultType,
    createdByTypeLabel: 'CUSTOMER',
    rejectable: x.status === 'RECEIPT' || x.status === 'PROGRESS',
    modifiedByTypeLabel: 'CUSTOMER',
    deliveryInvoiceModifiable: x.status === 'PROGRESS' && boxVisible,
    successable: x.status === 'PROGRESS' && x.invoice !== null,
  };
}
