import { type Context, Hono } from 'hono';
import { isLiveItem } from '../data/catalog';
import type { Contract, FmsRequest, InstantCoupon } from '../data/model';
import type { CoupangStore, VendorData } from '../data/store';
import type { CoupangEnv, CoupangState } from '../env';
import { fmsError, fmsOk, paginate } from '../envelopes';
import { BadJson, intQuery, isObject, type JsonObject, readJson, toBool, toInt, toStr } from '../request';
import { kstDate, parseSpacedKst, spacedKst } from '../time';

/**
 * Instant-discount coupons (`fms`, reference §4.7). Writes are asynchronous: they answer a
 * `requestedId` and the outcome shows on the request-status API about a second later (business
 * time), REQUESTED until then.
 */
const ASYNC_MS = 1000;
const TYPES = new Set(['RATE', 'FIXED_WITH_QUANTITY', 'PRICE']);
const STATUSES = new Set(['STANDBY', 'APPLIED', 'PAUSED', 'EXPIRED', 'DETACHED']);
const BASE = '/v2/providers/fms/apis/api';

/** Coupon status moves with the clock: STANDBY before startAt, EXPIRED after endAt. */
export function couponStatus(coupon: InstantCoupon, now: number): string {
  if (coupon.status === 'PAUSED' || coupon.status === 'DETACHED' || coupon.status === 'EXPIRED') return coupon.status;
  if (now >= coupon.endAt) return 'EXPIRED';
  return now >= coupon.startAt ? 'APPLIED' : 'STANDBY';
}

function renderCoupon(coupon: InstantCoupon, vd: VendorData, now: number) {
  const contract = vd.contracts.find((c) => c.contractId === coupon.contractId);
  return {
    contractId: coupon.contractId,
    vendorContractId: contract?.vendorContractId ?? null,
    promotionName: coupon.name,
    couponId: coupon.couponId,
    status: couponStatus(coupon, now),
    type: coupon.type,
    maxDiscountPrice: coupon.maxDiscountPrice,
    discount: coupon.discount,
    startAt: spacedKst(coupon.startAt),
    endAt: spacedKst(coupon.endAt),
    // The list sample shows this boolean as a string.
    wowExclusive: String(coupon.wowExclusive),
  };
}

function renderContract(c: Contract) {
  return {
    contractId: c.contractId,
    vendorContractId: c.vendorContractId,
    sellerShareRatio: c.sellerShareRatio,
    type: c.type,
    start: spacedKst(c.start),
    end: spacedKst(c.end),
    modifiedAt: spacedKst(c.start),
    modifiedBy: 'system',
  };
}

function newRequest(
  store: CoupangStore,
  vd: VendorData,
  couponId: number,
  type: FmsRequest['type'],
  now: number,
): FmsRequest {
  const request: FmsRequest = {
    requestedId: String(1542675975663862164n + BigInt(store.seq.request.take())),
    vendorIdx: vd.idx,
    couponId,
    type,
    total: 1,
    failedVendorItems: [],
    doneAt: now + ASYNC_MS,
    failed: false,
  };
  store.fmsRequests.set(request.requestedId, request);
  return request;
}

function requested(request: FmsRequest) {
  return fmsOk({ requestedId: request.requestedId, success: true });
}

async function body(c: Context<CoupangEnv>): Promise<JsonObject | Response> {
  try {
    const b = await readJson(c);
    return isObject(b) ? b : fmsError(400, 'Request body must be a JSON object');
  } catch (e) {
    if (e instanceof BadJson) return fmsError(400, e.message);
    throw e;
  }
}

function couponOf(c: Context<CoupangEnv>, id: number | null): InstantCoupon | null {
  return c.get('vendorData').instantCoupons.find((x) => x.couponId === id) ?? null;
}

function create(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const vd = c.get('vendorData');
    const now = state.ctx.clock.now();
    const contract = vd.contracts.find((x) => x.contractId === toInt(b.contractId));
    if (!contract)
      return fmsError(
        400,
        `contractId=${String(b.contractId)} (으)로 계약이 판매자=${vd.vendor.vendorId} 에 속하지 않습니다.`,
      );
    const name = toStr(b.name) ?? '';
    if (!name || name.length > 45) return fmsError(400, 'name 은 1~45자로 입력해주세요.');
    const startAt = parseSpacedKst(toStr(b.startAt) ?? undefined);
    const endAt = parseSpacedKst(toStr(b.endAt) ?? undefined);
    if (startAt === null) return fmsError(400, 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss');
    if (endAt === null) return fmsError(400, 'endAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss');
    if (startAt <= now || endAt <= startAt)
      return fmsError(400, '쿠폰 유효기간을 확인하세요. 시작일은 현재 이후여야 합니다.');
    if (startAt < contract.start || endAt > contract.end)
      return fmsError(
        400,
        `계약의 유효기간 안에 쿠폰이 존재해야 한다(계약서의 유효기간:${spacedKst(contract.start)}~${spacedKst(contract.end)}) (쿠폰의 유효기간:${spacedKst(startAt)}~${spacedKst(endAt)})`,
      );
    const type = toStr(b.type) ?? '';
    if (!TYPES.has(type)) return fmsError(400, 'type 은 RATE, FIXED_WITH_QUANTITY, PRICE 중 하나입니다.');
    const discount = toInt(b.discount);
    if (discount === null || discount < 1 || (type === 'RATE' && discount > 100))
      return fmsError(400, 'discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)');
    const maxDiscountPrice = toInt(b.maxDiscountPrice);
    if (maxDiscountPrice === null || maxDiscountPrice < 10)
      return fmsError(400, 'maxDiscountPrice 는 최소 10원 이상입니다.');
    const coupon: InstantCoupon = {
      couponId: state.store.seq.coupon.take(),
      vendorIdx: vd.idx,
      contractId: contract.contractId,
      name,
      type,
      discount,
      maxDiscountPrice,
      startAt,
      endAt,
      wowExclusive: toBool(b.wowExclusive) ?? false,
      status: 'STANDBY',
      items: [],
      orderIds: [],
    };
    vd.instantCoupons.push(coupon);
    return requested(newRequest(state.store, vd, coupon.couponId, 'COUPON_PUBLISH', now));
  };
}

function addItems(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    const b = await body(c);
    if (b instanceof Response) return b;
    const coupon = couponOf(c, toInt(c.req.param('couponId')));
    if (!coupon) return fmsError(400, `쿠폰(${c.req.param('couponId')})을 찾을 수 없습니다.`);
    const ids = Array.isArray(b.vendorItems) ? b.vendorItems.map(toInt) : [];
    if (ids.length === 0 || ids.length > 10_000) return fmsError(400, 'vendorItems 는 1~10,000개까지 입력 가능합니다.');
    const vd = c.get('vendorData');
    const now = state.ctx.clock.now();
    const request = newRequest(state.store, vd, coupon.couponId, 'COUPON_ITEM_PUBLISH', now);
    request.total = ids.length;
    for (const id of ids) {
      const item = id === null ? undefined : state.store.items.get(id);
      const taken = vd.instantCoupons.some(
        (x) => x !== coupon && couponStatus(x, now) !== 'EXPIRED' && x.items.some((i) => i.vendorItemId === id),
      );
      if (!item || item.product.vendorIdx !== vd.idx || !isLiveItem(item, now))
        request.failedVendorItems.push({ vendorItemId: id ?? 0, reason: '[CIE00] 유효하지 않은 옵션아이디 입니다.' });
      else if (taken)
        request.failedVendorItems.push({
          vendorItemId: id ?? 0,
          reason: '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.',
        });
      else if (!coupon.items.some((i) => i.vendorItemId === id))
        coupon.items.push({
          couponItemId: state.store.seq.couponItem.take(),
          vendorItemId: item.vendorItemId,
          status: 'APPLIED',
          at: now,
        });
    }
    request.failed = request.failedVendorItems.length === ids.length;
    return requested(request);
  };
}

function expire(state: CoupangState) {
  return async (c: Context<CoupangEnv>) => {
    if (c.req.query('action') !== 'expire') return fmsError(400, 'action 은 expire 만 가능합니다.');
    const coupon = couponOf(c, toInt(c.req.param('couponId')));
    if (!coupon) return fmsError(400, `쿠폰(${c.req.param('couponId')})을 찾을 수 없습니다.`);
    const now = state.ctx.clock.now();
    const pending = [...state.store.fmsRequests.values()].some((r) => r.couponId === coupon.couponId && r.doneAt > now);
    if (pending) return fmsError(400, '처리중인 요청이 있어 쿠폰을 파기할 수 없습니다. 잠시 후 다시 시도해주세요.');
    coupon.status = 'EXPIRED';
    for (const item of coupon.items) item.status = 'EXPIRED';
    return requested(newRequest(state.store, c.get('vendorData'), coupon.couponId, 'COUPON_EXPIRE', now));
  };
}

function requestStatus(state: CoupangState) {
  return (c: Context<CoupangEnv>) => {
    const request = state.store.fmsRequests.get(c.req.param('requestedId') ?? '');
    if (!request || request.vendorIdx !== c.get('vendorData').idx)
      return fmsError(400, '업체정보의 권한을 확인하세요.');
    const done = request.doneAt <= state.ctx.clock.now();
    const failed = request.failedVendorItems.length;
    return fmsOk({
      couponId: request.couponId,
      requestedId: request.requestedId,
      type: request.type,
      status: done ? (request.failed ? 'FAIL' : 'DONE') : 'REQUESTED',
      total: request.total,
      succeeded: done ? request.total - failed : 0,
      failed: done ? failed : 0,
      failedVendorItems: done ? request.failedVendorItems : [],
    });
  };
}

function pageParams(c: Context): { page: number; size: number; desc: boolean } | Response {
  const page = intQuery(c, 'page', 1);
  const size = intQuery(c, 'size', 10);
  if (page === null || page < 1) return fmsError(400, 'Page index must not be less than zero!');
  if (size === null || size < 1) return fmsError(400, 'Page size must not be less than one!');
  return { page, size: Math.min(size, 100), desc: c.req.query('sort') === 'desc' };
}

export function instantCouponRoutes(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  const v1 = `${BASE}/v1/vendors/:vendorId`;
  const v2 = `${BASE}/v2/vendors/:vendorId`;

  app.get(`${v1}/budgets`, (c) => {
    const contract = c.get('vendorData').contracts.find((x) => x.contractId === toInt(c.req.query('contractId')));
    if (!contract) return fmsError(400, `contractId=${c.req.query('contractId')} (으)로 계약을 찾을 수 없습니다.`);
    const month = c.req.query('targetMonth') ?? kstDate(state.ctx.clock.now()).slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month)) return fmsError(400, 'targetMonth 패턴을 확인하세요. yyyy-MM');
    return fmsOk({
      contractId: contract.contractId,
      targetMonth: month,
      vendorShareRatio: contract.sellerShareRatio,
      budgetAmount: contract.budget,
      usedBudgetAmount: contract.usedBudget,
      remainBudgetAmount: Math.max(0, contract.budget - contract.usedBudget),
    });
  });
  app.get(`${v2}/contract`, (c) => {
    const contract = c.get('vendorData').contracts.find((x) => x.contractId === toInt(c.req.query('contractId')));
    return contract
      ? fmsOk(renderContract(contract))
      : fmsError(400, `contractId=${c.req.query('contractId')} (으)로 계약을 찾을 수 없습니다.`);
  });
  app.get(`${v2}/contract/list`, (c) => fmsOk(c.get('vendorData').contracts.map(renderContract)));
  app.post(`${v2}/coupon`, create(state));
  app.get(`${v2}/coupon`, (c) => {
    const coupon = couponOf(c, toInt(c.req.query('couponId')));
    return coupon
      ? fmsOk(renderCoupon(coupon, c.get('vendorData'), state.ctx.clock.now()))
      : fmsError(400, `쿠폰(${c.req.query('couponId')})을 찾을 수 없습니다.`);
  });
  app.get(`${v2}/coupons`, (c) => {
    const status = c.req.query('status');
    if (!status || !STATUSES.has(status))
      return fmsError(400, 'status 는 STANDBY, APPLIED, PAUSED, EXPIRED, DETACHED 중 하나입니다.');
    const paging = pageParams(c);
    if (paging instanceof Response) return paging;
    const now = state.ctx.clock.now();
    const vd = c.get('vendorData');
    const all = vd.instantCoupons.filter((x) => couponStatus(x, now) === status);
    all.sort((a, b) => (paging.desc ? b.couponId - a.couponId : a.couponId - b.couponId));
    const { items, pagination } = paginate(all, paging.page, paging.size);
    return fmsOk(
      items.map((x) => renderCoupon(x, vd, now)),
      pagination,
    );
  });
  app.get(`${v2}/:orderId{[0-9]+}/coupons`, (c) => {
    const orderId = toInt(c.req.param('orderId'));
    const vd = c.get('vendorData');
    const now = state.ctx.clock.now();
    return fmsOk(
      vd.instantCoupons
        .filter((x) => orderId !== null && x.orderIds.includes(orderId))
        .map((x) => renderCoupon(x, vd, now)),
    );
  });
  app.post(`${v1}/coupons/:couponId{[0-9]+}/items`, addItems(state));
  app.get(`${v1}/coupons/:couponId{[0-9]+}/items`, (c) => {
    const coupon = couponOf(c, toInt(c.req.param('couponId')));
    if (!coupon) return fmsError(400, `쿠폰(${c.req.param('couponId')})을 찾을 수 없습니다.`);
    const paging = pageParams(c);
    if (paging instanceof Response) return paging;
    const status = c.req.query('status');
    const all = coupon.items.filter((i) => !status || i.status === status);
    const { items, pagination } = paginate(all, paging.page, paging.size);
    return fmsOk(
      items.map((i) => ({
        couponItemId: i.couponItemId,
        couponId: coupon.couponId,
        vendorItemId: i.vendorItemId,
        status: i.status,
        startAt: spacedKst(coupon.startAt),
        endAt: spacedKst(coupon.endAt),
      })),
      pagination,
    );
  });
  app.get(`${v1}/coupons/:couponId{[0-9]+}/items/:id{[0-9]+}`, (c) => {
    const coupon = couponOf(c, toInt(c.req.param('couponId')));
    const id = toInt(c.req.param('id'));
    const byVendorItem = c.req.query('type') === 'vendorItemId';
    const item = coupon?.items.find((i) => (byVendorItem ? i.vendorItemId : i.couponItemId) === id);
    if (!coupon || !item) return fmsError(400, '쿠폰 아이템을 찾을 수 없습니다.');
    return fmsOk({
      couponItemId: item.couponItemId,
      couponId: coupon.couponId,
      vendorItemId: item.vendorItemId,
      status: item.status,
      startAt: spacedKst(coupon.startAt),
      endAt: spacedKst(coupon.endAt),
    });
  });
  app.put(`${v1}/coupons/:couponId{[0-9]+}`, expire(state));
  app.get(`${v1}/requested/:requestedId{[0-9]+}`, requestStatus(state));
  return app;
}
