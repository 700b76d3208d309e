import { defineDictionary } from '../define';

/**
 * The one place an order's state is named: side panel tabs and chips, the popup's counts, the page
 * helpers and notifications all read these keys through `utils/ui/order-state.ts`, so a state has
 * one name everywhere. Coupang states in Wing's own words (결제완료 … 출고중지요청); 1688 stages in
 * 1688's (待付款 … 退款中), with the Korean a seller uses for them.
 */
export const orderStates = defineDictionary({
  en: {
    'state.all': 'All',
    'state.new': 'Paid',
    'state.toShip': 'Preparing',
    'state.awaitingPickup': 'Awaiting pickup',
    'state.inTransit': 'In delivery',
    'state.delivered': 'Delivered',
    'state.cancelRequested': 'Cancel requested',
    'state.cancelled': 'Cancelled',
    'state.other': 'Other',
    'state1688.awaitingPayment': 'Awaiting payment',
    'state1688.awaitingDispatch': 'To ship',
    'state1688.shipped': 'Shipped',
    'state1688.received': 'Received',
    'state1688.completed': 'Completed',
    'state1688.closed': 'Closed',
    'state1688.refunding': 'Refund requested',
  },
  ko: {
    'state.all': '전체',
    'state.new': '결제완료',
    'state.toShip': '상품준비중',
    'state.awaitingPickup': '배송지시',
    'state.inTransit': '배송중',
    'state.delivered': '배송완료',
    'state.cancelRequested': '출고중지요청',
    'state.cancelled': '취소완료',
    'state.other': '기타',
    'state1688.awaitingPayment': '결제대기',
    'state1688.awaitingDispatch': '발송대기',
    'state1688.shipped': '발송완료',
    'state1688.received': '수령완료',
    'state1688.completed': '거래완료',
    'state1688.closed': '거래종료',
    'state1688.refunding': '환불요청',
  },
  zh_CN: {
    'state.all': '全部',
    'state.new': '付款完成',
    'state.toShip': '商品准备中',
    'state.awaitingPickup': '配送指示',
    'state.inTransit': '配送中',
    'state.delivered': '配送完成',
    'state.cancelRequested': '停止出库申请',
    'state.cancelled': '已取消',
    'state.other': '其他',
    'state1688.awaitingPayment': '待付款',
    'state1688.awaitingDispatch': '待发货',
    'state1688.shipped': '已发货',
    'state1688.received': '已收货',
    'state1688.completed': '交易成功',
    'state1688.closed': '交易关闭',
    'state1688.refunding': '退款中',
  },
});
