import type { BudgetView, CouponCreateInput, CouponRequestView, CouponView } from '../../../protocol/messages/catalog';
import type { DownloadCouponBody, InstantCouponBody } from './endpoints';
import type { Budget, Contract, CouponRequestStatus, DownloadCoupon, InstantCoupon } from './schemas';

/** Coupons: API shapes → the view's, and the form → the create bodies (KST wall-clock times). */

/** `yyyy-MM-dd HH:mm[:ss]` → `yyyy-MM-dd HH:mm` (Coupang's coupon times are KST wall clock). */
const minute = (s: string | undefined) => (s ?? '').replace('T', ' ').slice(0, 16);
const seconds = (kstMinute: string) => `${kstMinute}:00`;

export function instantView(c: InstantCoupon): CouponView {
  return {
    kind: 'instant',
    couponId: c.couponId,
    name: c.promotionName ?? '',
    status: c.status ?? '',
    discountType: c.type ?? 'RATE',
    discount: c.discount ?? 0,
    ...(c.maxDiscountPrice == null ? {} : { maxDiscount: c.maxDiscountPrice }),
    startAt: minute(c.startAt),
    endAt: minute(c.endAt),
    ...(c.contractId ? { contractId: c.contractId } : {}),
  };
}

export function downloadView(c: DownloadCoupon): CouponView {
  const p = c.couponPolicies[0];
  const cap = p?.maximumDiscountPrice;
  return {
    kind: 'download',
    couponId: c.couponId,
    name: c.title ?? '',
    status: c.couponStatus ?? '',
    discountType: p?.typeOfDiscount ?? 'PRICE',
    discount: p?.discount ?? 0,
    ...(cap != null && cap > 0 ? { maxDiscount: cap } : {}),
    ...(p?.minimumPrice == null ? {} : { minimumPrice: p.minimumPrice }),
    startAt: minute(c.startDate),
    endAt: minute(c.endDate),
    ...(c.contractId ? { contractId: c.contractId } : {}),
    itemCount: c.vendorItemIds.length,
  };
}

export function budgetView(contract: Contract, month: string, b: Budget | undefined): BudgetView {
  return {
    contractId: contract.contractId,
    type: contract.type ?? '',
    ...(b?.vendorShareRatio == null && contract.sellerShareRatio == null
      ? {}
      : { sellerShare: b?.vendorShareRatio ?? contract.sellerShareRatio ?? 0 }),
    month,
    budget: b?.budgetAmount ?? 0,
    used: b?.usedBudgetAmount ?? 0,
    remaining: b?.remainBudgetAmount ?? 0,
    ...(contract.start ? { start: minute(contract.start) } : {}),
    ...(contract.end ? { end: minute(contract.end) } : {}),
  };
}

export function instantBody(c: CouponCreateInput): InstantCouponBody {
  return {
    contractId: c.contractId,
    name: c.name.trim(),
    maxDiscountPrice: c.maxDiscount,
    discount: c.discount,
    startAt: seconds(c.startAt),
    endAt: seconds(c.endAt),
    type: c.discountType,
    wowExclusive: false,
  };
}

export function downloadBody(c: CouponCreateInput): DownloadCouponBody {
  return {
    title: c.name.trim(),
    contractId: c.contractId,
    couponType: 'DOWNLOAD',
    startDate: seconds(c.startAt),
    endDate: seconds(c.endAt),
    userId: c.userId.trim(),
    policies: [
      {
        title: c.name.trim(),
        description: c.name.trim(),
        typeOfDiscount: c.discountType,
        discount: c.discount,
        minimumPrice: c.minimumPrice,
        maximumDiscountPrice: c.discountType === 'RATE' ? c.maxDiscount : c.discount,
        maximumPerDaily: c.perDay,
      },
    ],
  };
}

export function requestView(requestedId: string, r: CouponRequestStatus): CouponRequestView {
  return {
    requestedId,
    ...(r.couponId ? { couponId: r.couponId } : {}),
    status: r.status ?? 'REQUESTED',
    total: r.total ?? 0,
    succeeded: r.succeeded ?? 0,
    failed: r.failed ?? 0,
    failedItems: r.failedVendorItems.map((f) => ({ vendorItemId: f.vendorItemId ?? '', reason: f.reason ?? '' })),
  };
}

/** Whether a listed instant coupon is the one a create sent (same name and start). */
export function isSameCoupon(c: InstantCoupon, sent: CouponCreateInput): boolean {
  return (c.promotionName ?? '') === sent.name.trim() && minute(c.startAt) === sent.startAt;
}
