import type { Product, VendorItem } from './model';
import { PRODUCT_STATUS_NAMES } from './seed-catalog';

/**
 * Product approval, emulated lazily: a product sent for approval becomes APPROVED once the
 * business clock passes `approvalDueAt` ("usually ≤15 min", reference §5.5). vendorItemIds exist
 * from creation but are only visible and usable after a first approval.
 */
export const APPROVAL_DELAY_MS = 10 * 60_000;

/**
 * Words Coupang's review refuses in a product name (exaggerated or comparative claims); a product
 * named with one is denied, with the reviewer's reason in its history, instead of approved.
 */
const REFUSED_NAME_WORDS = ['최저가', '최고급', '100% 효과'];

export function settleApproval(product: Product, now: number): void {
  if (product.status === 'APPROVING' && product.approvalDueAt && now >= product.approvalDueAt) {
    const refused = REFUSED_NAME_WORDS.find((w) => product.sellerProductName.includes(w));
    product.status = refused ? 'DENIED' : 'APPROVED';
    product.approvalDueAt = 0;
    product.histories.push({
      status: product.status,
      statusName: PRODUCT_STATUS_NAMES[product.status],
      at: now,
      by: 'system',
      comment: refused
        ? `상품명에 사용할 수 없는 표현(${refused})이 포함되어 있습니다. 수정 후 다시 승인 요청해주세요.`
        : '',
    });
  }
}

export function requestApproval(product: Product, now: number, by: string): void {
  product.status = 'APPROVING';
  product.requested = true;
  product.approvalDueAt = now + APPROVAL_DELAY_MS;
  product.histories.push({ status: 'APPROVING', statusName: PRODUCT_STATUS_NAMES.APPROVING, at: now, by, comment: '' });
}

export function everApproved(product: Product): boolean {
  return product.histories.some((h) => h.status === 'APPROVED');
}

/** Items whose vendorItemId may be used (price/stock/sale APIs, coupons). */
export function isLiveItem(item: VendorItem, now: number): boolean {
  settleApproval(item.product, now);
  return item.product.status !== 'DELETED' && everApproved(item.product);
}
