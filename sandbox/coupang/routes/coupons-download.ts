import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { wireJson } from '../../core/json';
import { isLiveItem } from '../data/catalog';
import type { DownloadCoupon } from '../data/model';
import type { CoupangEnv, CoupangState } from '../env';
import { downloadFailure, downloadResult } from '../envelopes';
import { BadJson, isObject, type JsonObject, readJson, toInt, toStr } from '../request';
import { parseSpacedKst, spacedKst } from '../time';

/**
 * Download coupons (`marketplace_openapi`, reference §4.7) with their odd shapes: create answers
 * the bare coupon object; item attachment answers an array of `{requestResultStatus, body, …}`
 * (what clients observe, though the article shows a single object); a failed attachment destroys
 * the coupon.
 */
const BASE = '/v2/providers/marketplace_openapi/apis/api/v1';
const ASYNC_MS = 1000;
const HOUR = 3600_000;

function fail(errorMessage: string, status = 400): Response {
  return wireJson(downloadFailure('BAD_REQUEST', errorMessage), status);
}

function renderCoupon(c: DownloadCoupon, vendorId: string) {
  return {
    couponId: c.couponId,
    vendorId,
    couponType: 'DOWNLOAD',
    lastModifiedBy: c.userId,
    lastModifiedDate: spacedKst(c.lastModifiedAt),
    title: c.title,
    publishedDate: c.publishedAt ? spacedKst(c.publishedAt) : null,
    startDate: spacedKst(c.startDate),
    endDate: spacedKst(c.endDate),
    couponStatus: c.couponStatus,
    couponPolicies: c.policies,
    vendorItemIds: c.vendorItemIds,
  };
}

async function body(c: Context<CoupangEnv>): Promise<JsonObject | Response> {
  try {
    const b = await readJson(c);
    return isObject(b) ? b : fail('Request body must be a JSON object');
  } catch (e) {
    if (e instanceof BadJson) return fail(e.message);
    throw e;
  }
}

function validUser(c: Context<CoupangEnv>, userId: unknown): boolean {
  const vendor = c.get('vendor');
  return userId === vendor.wingUserId || userId === vendor.vendorId;
}

function create(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vd = c.get('vendorData');
    const now = state.ctx.clock.now();
    const title = toStr(b.title)?.trim() ?? '';
    if (!title) return fail('createCouponRequest.title 은 빈칸임. createCouponRequest.title 은 필수임');
    const contract = vd.contracts.find((x) => x.contractId === toInt(b.contractId));
    if (!contract)
      return fail(`contractId=${String(b.contractId)} (으)로 계약이 판매자=${vd.vendor.vendorId} 에 속하지 않습니다.`);
    if (b.couponType !== 'DOWNLOAD') return fail("couponType 은 'DOWNLOAD' 입니다.");
    if (!validUser(c, b.userId)) return fail('userId 가 올바르지 않습니다.');
    const start = parseSpacedKst(toStr(b.startDate) ?? undefined);
    const end = parseSpacedKst(toStr(b.endDate) ?? undefined);
    // Visible on site ≥1 h after creation: earlier starts are refused.
    if (start === null || start < now + HOUR)
      return fail('startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.');
    if (end === null || end <= start)
      return fail('endAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.');
    const policies = Array.isArray(b.policies) ? b.policies.filter(isObject) : [];
    if (policies.length === 0 || policies.length > 3) return fail('policies 는 1~3개까지 입력 가능합니다.');
    if (new Set(policies.map((p) => p.typeOfDiscount)).size > 1)
      return fail('한 쿠폰에 서로 다른 타입의 정책을 생성할 수 없습니다.');
    for (const [i, p] of policies.entries()) {
      const discount = toInt(p.discount) ?? 0;
      if (p.typeOfDiscount === 'PRICE' && (discount <= 0 || discount % 10 !== 0))
        return fail(`policies[${i}] 금액 정보는 10원 단위로 입력해야 합니다.`);
      if (p.typeOfDiscount === 'RATE' && (discount < 1 || discount > 99))
        return fail(`policies[${i}] 할인율은 1~99 입니다.`);
      const perDaily = toInt(p.maximumPerDaily) ?? 0;
      if (perDaily < 1 || perDaily > 9999) return fail(`policies[${i}].maxPerDaily 1~9999 양수만 입력 가능합니다.`);
    }
    const coupon: DownloadCoupon = {
      couponId: state.store.seq.downloadCoupon.take(),
      vendorIdx: vd.idx,
      contractId: contract.contractId,
      title,
      startDate: start,
      endDate: end,
      userId: String(b.userId),
      couponStatus: 'STANDBY',
      lastModifiedAt: now,
      publishedAt: 0,
      policies: policies.map((p, i) => ({
        description: toStr(p.description) ?? '',
        discount: toInt(p.discount),
        maximumDiscountPrice: p.typeOfDiscount === 'PRICE' ? -1 : toInt(p.maximumDiscountPrice),
        maximumPerDaily: toInt(p.maximumPerDaily),
        minimumPrice: toInt(p.minimumPrice) ?? 0,
        title: toStr(p.title) ?? title,
        typeOfDiscount: p.typeOfDiscount,
        manageCode: `FMS_${contract.contractId}_${vd.vendor.vendorId}_${now}${i}`,
      })),
      vendorItemIds: [],
    };
    vd.downloadCoupons.push(coupon);
    return wireJson(renderCoupon(coupon, vd.vendor.vendorId));
  };
}

function addItems(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const requests = Array.isArray(b.couponItems) ? b.couponItems.filter(isObject) : [];
    if (requests.length === 0) return fail('couponItems 는 필수입니다.');
    const vd = c.get('vendorData');
    const now = state.ctx.clock.now();
    const results = requests.map((r) => {
      const coupon = vd.downloadCoupons.find((x) => x.couponId === toInt(r.couponId));
      if (!coupon || coupon.couponStatus === 'DELETED')
        return downloadFailure('BAD_REQUEST', '삭제된 프로모션 입니다.');
      if (!validUser(c, r.userId)) return downloadFailure('BAD_REQUEST', 'userId 가 올바르지 않습니다.');
      const ids = Array.isArray(r.vendorItemIds) ? r.vendorItemIds.map(toInt) : [];
      if (ids.length === 0 || ids.length > 100)
        return downloadFailure('BAD_REQUEST', 'vendorItemIds 는 1~100개까지 입력 가능합니다.');
      const invalid = ids.filter((id) => {
        const item = id === null ? undefined : state.store.items.get(id);
        return !item || item.product.vendorIdx !== vd.idx || !isLiveItem(item, now);
      });
      if (invalid.length) {
        // Documented behaviour: when attaching items fails, the coupon is destroyed.
        coupon.couponStatus = 'DELETED';
        return downloadFailure(
          'INVALID_VENDOR_ITEM',
          `유효하지 않은 옵션ID 입니다: ${invalid.join(',')}. 쿠폰이 파기되었습니다.`,
        );
      }
      coupon.vendorItemIds = [...new Set([...coupon.vendorItemIds, ...(ids as number[])])];
      coupon.lastModifiedAt = now;
      return downloadResult({ couponId: coupon.couponId });
    });
    return wireJson(results);
  };
}

function expire(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const list = Array.isArray(b.expireCouponList) ? b.expireCouponList.filter(isObject) : [];
    if (list.length === 0) return fail('expireCouponList 는 필수입니다.');
    const vd = c.get('vendorData');
    const now = state.ctx.clock.now();
    const coupons = list.map((x) => vd.downloadCoupons.find((d) => d.couponId === toInt(x.couponId)));
    if (coupons.some((x) => !x)) return fail('존재하지 않는 쿠폰이 포함되어 있습니다.');
    if (list.some((x) => !validUser(c, x.userId))) return fail('userId 가 올바르지 않습니다.');
    const requestTransactionId = `${vd.vendor.vendorId}_${randomUUID()}`;
    for (const coupon of coupons) {
      if (!coupon) continue;
      coupon.couponStatus = 'EXPIRED';
      coupon.lastModifiedAt = now;
      state.store.downloadTransactions.set(requestTransactionId, {
        requestTransactionId,
        vendorIdx: vd.idx,
        couponId: coupon.couponId,
        kind: 'EXPIRE',
        doneAt: now + ASYNC_MS,
      });
    }
    return wireJson(downloadResult({ requestTransactionId }));
  };
}

export function downloadCouponRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  app.post(`${BASE}/coupons`, create(state));
  app.put(`${BASE}/coupon-items`, addItems(state));
  app.post(`${BASE}/coupons/expire`, expire(state));
  app.get(`${BASE}/coupons/transactionStatus`, (c) => {
    const tx = state.store.downloadTransactions.get(c.req.query('requestTransactionId') ?? '');
    if (!tx || tx.vendorIdx !== c.get('vendorData').idx) return fail('requestTransactionId 를 찾을 수 없습니다.');
    const done = tx.doneAt <= state.ctx.clock.now();
    return wireJson(
      downloadResult({
        requestTransactionId: tx.requestTransactionId,
        couponId: tx.couponId,
        status: done ? 'COMPLETED' : 'PROCESSING',
        type: tx.kind,
      }),
    );
  });
  app.get(`${BASE}/coupons/:couponId{[0-9]+}`, (c) => {
    const vd = c.get('vendorData');
    const coupon = vd.downloadCoupons.find((x) => x.couponId === toInt(c.req.param('couponId')));
    return coupon ? wireJson(renderCoupon(coupon, vd.vendor.vendorId)) : fail('쿠폰을 찾을 수 없습니다.');
  });
  return app;
}
