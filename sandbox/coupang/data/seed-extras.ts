import type { Rng } from '../../core/rng';
import { DAY_MS, kstDate } from '../time';
import type { CallCenterInquiry, OnlineInquiry, RgOrder } from './model';
import { CALL_CENTER_TOPICS, QUESTIONS } from './pools';
import type { CoupangStore, VendorData } from './store';

const HOUR = 3600_000;
const ANSWERS = [
  '고객님 안녕하세요. 문의 주셔서 감사합니다. 금일 출고 예정입니다.',
  '안녕하세요. 해당 상품은 정사이즈로 제작되었습니다. 참고 부탁드립니다.',
  '안녕하세요. 재입고는 다음 주 중 예정되어 있습니다. 감사합니다.',
];

/** Product Q&A and call-centre transfers over the last two weeks. */
export function seedInquiries(store: CoupangStore, vd: VendorData, rng: Rng, now: number): void {
  const items = vd.products.filter((p) => p.status === 'APPROVED').flatMap((p) => p.items);
  const onlineCount = Math.min(400, Math.max(16, Math.floor(vd.orders.length / 50)));
  for (let i = 0; i < onlineCount; i++) {
    const inquiryAt = now - Math.floor(rng.next() * 14 * DAY_MS);
    const order = vd.orders.length && rng.chance(0.5) ? rng.pick(vd.orders) : null;
    const inquiry: OnlineInquiry = {
      inquiryId: store.seq.onlineInquiry.take(),
      vendorIdx: vd.idx,
      item: order ? order.item0 : rng.pick(items),
      content: rng.pick(QUESTIONS),
      inquiryAt,
      orderIds: order ? [order.orderId] : [],
      comments: [],
    };
    if (rng.chance(0.4))
      inquiry.comments.push({
        inquiryCommentId: store.seq.inquiryComment.take(),
        content: rng.pick(ANSWERS),
        at: Math.min(now, inquiryAt + rng.int(1, 20) * HOUR),
      });
    vd.onlineInquiries.push(inquiry);
  }
  vd.onlineInquiries.sort((a, b) => a.inquiryAt - b.inquiryAt);

  const callCount = Math.min(200, Math.max(8, Math.floor(vd.orders.length / 100)));
  for (let i = 0; i < callCount && vd.orders.length; i++) {
    const order = rng.pick(vd.orders);
    const inquiryAt = Math.max(order.orderedAt, now - Math.floor(rng.next() * 7 * DAY_MS));
    const topic = rng.pick(CALL_CENTER_TOPICS);
    const r = rng.next();
    const partnerStatus = r < 0.4 ? 'requestAnswer' : r < 0.8 ? 'answered' : 'transfer';
    const transferId = store.seq.answer.take();
    const inquiry: CallCenterInquiry = {
      inquiryId: store.seq.callCenter.take(),
      vendorIdx: vd.idx,
      item: order.item0,
      order,
      content: '상담이력',
      inquiryAt,
      inquiryStatus: partnerStatus === 'answered' ? 'complete' : 'progress',
      partnerStatus,
      receiptCategory: topic.category,
      replies: [
        {
          answerId: transferId,
          parentAnswerId: 0,
          partnerTransferStatus: partnerStatus === 'transfer' ? 'none' : partnerStatus,
          partnerTransferCompleteReason: 'NONE',
          answerType: 'csAgent',
          needAnswer: partnerStatus === 'requestAnswer',
          receptionistName: '쿠팡 고객센터',
          receptionist: `C${rng.digits(7)}`,
          replyAt: inquiryAt,
          content: topic.content,
        },
      ],
    };
    if (partnerStatus === 'answered')
      inquiry.replies.push({
        answerId: store.seq.answer.take(),
        parentAnswerId: transferId,
        partnerTransferStatus: null,
        partnerTransferCompleteReason: 'NONE',
        answerType: 'vendor',
        needAnswer: false,
        receptionistName: vd.vendor.name,
        receptionist: vd.vendor.wingUserId,
        replyAt: Math.min(now, inquiryAt + rng.int(1, 10) * HOUR),
        content: rng.pick(ANSWERS),
      });
    vd.callCenterInquiries.push(inquiry);
  }
  vd.callCenterInquiries.sort((a, b) => a.inquiryAt - b.inquiryAt);
}

/** Contracts, instant and download coupons, and a book cashback rule. */
export function seedPromotions(store: CoupangStore, vd: VendorData, rng: Rng, now: number): void {
  const contractId = 60 + vd.idx * 3;
  vd.contracts.push(
    {
      contractId,
      vendorContractId: 1,
      sellerShareRatio: 100,
      type: 'CONTRACT_BASED',
      start: now - 200 * DAY_MS,
      end: now + 165 * DAY_MS,
      usedBudget: rng.int(10, 90) * 10_000,
      budget: 5_000_000,
    },
    {
      contractId: -1,
      vendorContractId: -1,
      sellerShareRatio: 100,
      type: 'NON_CONTRACT_BASED',
      start: now - 400 * DAY_MS,
      end: now + 3650 * DAY_MS,
      usedBudget: 0,
      budget: 0,
    },
  );
  const items = vd.products.filter((p) => p.status === 'APPROVED').flatMap((p) => p.items);
  const statuses = ['APPLIED', 'STANDBY', 'EXPIRED'];
  for (const [i, status] of statuses.entries()) {
    const startAt = status === 'STANDBY' ? now + 2 * DAY_MS : now - (10 + i * 20) * DAY_MS;
    const couponId = store.seq.coupon.take();
    const targets = items.slice(i * 2, i * 2 + 2);
    vd.instantCoupons.push({
      couponId,
      vendorIdx: vd.idx,
      contractId,
      name: ['가을맞이 10% 즉시할인', '신상품 런칭 2천원 할인', '여름 시즌오프 15%'][i],
      type: i === 1 ? 'PRICE' : 'RATE',
      discount: [10, 2000, 15][i],
      maxDiscountPrice: [5000, 2000, 10000][i],
      startAt,
      endAt: status === 'EXPIRED' ? now - 3 * DAY_MS : now + 30 * DAY_MS,
      wowExclusive: false,
      status,
      items: targets.map((item) => ({
        couponItemId: store.seq.couponItem.take(),
        vendorItemId: item.vendorItemId,
        status: status === 'EXPIRED' ? 'EXPIRED' : status,
        at: startAt,
      })),
      orderIds: status === 'APPLIED' ? vd.orders.slice(-3).map((o) => o.orderId) : [],
    });
  }
  for (let i = 0; i < 2; i++) {
    const startDate = now - (5 - i * 8) * DAY_MS;
    vd.downloadCoupons.push({
      couponId: store.seq.downloadCoupon.take(),
      vendorIdx: vd.idx,
      contractId,
      title: ['단골고객 감사 쿠폰', '주말 특가 다운로드 쿠폰'][i],
      startDate,
      endDate: startDate + 20 * DAY_MS,
      userId: vd.vendor.wingUserId,
      couponStatus: i === 0 ? 'IN_PROGRESS' : 'STANDBY',
      lastModifiedAt: startDate - DAY_MS,
      publishedAt: i === 0 ? startDate : 0,
      policies: [
        {
          title: '2만원 이상 2천원 할인',
          description: '2만원 이상 구매 시 사용 가능',
          typeOfDiscount: 'PRICE',
          discount: 2000,
          minimumPrice: 20000,
          maximumDiscountPrice: -1,
          maximumPerDaily: 1,
        },
      ],
      vendorItemIds: items.slice(0, 2).map((it) => it.vendorItemId),
    });
  }
  const book = items.find((it) => it.product.displayCategoryCode === 66680);
  if (book)
    vd.cashback.push({
      ruleId: 3944,
      vendorIdx: vd.idx,
      vendorItemId: book.vendorItemId,
      valueType: 'FIXED_WITH_QUANTITY',
      value: 270,
      maxAmount: null,
      startAt: '2025-08-03T16:41:12',
      endAt: '2099-12-31T23:59:59',
    });
}

/** Monthly/weekly payout records for the current and previous two months. */
export function seedSettlements(vd: VendorData, rng: Rng, now: number): void {
  for (let back = 2; back >= 0; back--) {
    const d = new Date(now + 9 * HOUR);
    const month = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
    const ym = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    const last = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
    const weeks = back === 0 ? 2 : 4;
    for (let w = 0; w < weeks; w++) {
      const fromDay = w * 7 + 1;
      const toDay = Math.min(last, fromDay + 6);
      const totalSale = rng.int(80, 900) * 10_000 + rng.int(0, 9) * 10;
      const settleDate = kstDate(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), toDay) + 15 * DAY_MS);
      vd.settlements.push({
        vendorIdx: vd.idx,
        settlementType: w === weeks - 1 && back > 0 ? 'RESERVE' : 'WEEKLY',
        settlementDate: settleDate,
        yearMonth: ym,
        from: `${ym}-${String(fromDay).padStart(2, '0')}`,
        to: `${ym}-${String(toDay).padStart(2, '0')}`,
        totalSale,
        serviceFee: Math.round(totalSale * 0.108),
        status: back === 0 ? 'SUBJECT' : 'DONE',
      });
    }
  }
}

/** Rocket Growth (Coupang-fulfilled) orders on the vendor's RG items, over 30 days. */
export function seedRocketGrowth(store: CoupangStore, vd: VendorData, rng: Rng, now: number): void {
  const items = vd.products.filter((p) => p.rocketGrowth).flatMap((p) => p.items);
  if (!items.length) return;
  const count = Math.min(300, Math.max(24, Math.floor(vd.orders.length / 20)));
  for (let i = 0; i < count; i++) {
    const item = rng.pick(items);
    const order: RgOrder = {
      vendorIdx: vd.idx,
      orderId: 70_000_000_000 + vd.idx * 1_000_000_000 + store.seq.rgOrder.take(),
      paidAt: now - Math.floor(rng.next() * 30 * DAY_MS),
      lines: [{ item, qty: rng.chance(0.8) ? 1 : 2, unitPrice: item.salePrice }],
    };
    vd.rgOrders.push(order);
  }
  vd.rgOrders.sort((a, b) => a.paidAt - b.paidAt);
}
