import { z } from 'zod';
import { defineMessage } from '../define';
import { accountKey, idString, outboxResult } from './shared-schemas';

/**
 * The catalog area (issue 15): Coupang categories, shipping places, coupons and Rocket Growth
 * stock. None of these shapes carries customer data: categories are reference data, shipping
 * places are the seller's business addresses, coupons and stock are ids and numbers.
 */

const page = ['extension-page'] as const;
const ymd = z.lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
/** Coupon contracts: `-1` is Coupang's "no contract" (free) contract. */
const contractId = z.lazy(() => z.string().regex(/^-?\d{1,30}$/));
/** `yyyy-MM-dd HH:mm` in KST, as Wing shows coupon periods. */
const kstMinute = z.lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/));

// ── Categories ───────────────────────────────────────────────────────────────────────────────

export const categoryNodeView = z.lazy(() =>
  z.object({
    code: idString,
    name: z.string(),
    /** Names from the top level down to this node, joined with " > ". */
    path: z.string(),
    /** Only leaf categories take products (and have meta). */
    leaf: z.boolean(),
    status: z.string().optional(),
  }),
);
export type CategoryNodeView = z.infer<typeof categoryNodeView>;

const required = z.boolean();
export const categoryMetaView = z.lazy(() =>
  z.object({
    code: idString,
    allowSingleItem: z.boolean(),
    offerConditions: z.array(z.string()),
    attributes: z.array(
      z.object({
        name: z.string(),
        required,
        dataType: z.string().optional(),
        inputType: z.string().optional(),
        values: z.array(z.string()),
        units: z.array(z.string()),
        /** A buy option (구매옵션) rather than a search option. */
        exposed: z.boolean(),
      }),
    ),
    notices: z.array(z.object({ name: z.string(), fields: z.array(z.object({ name: z.string(), required })) })),
    documents: z.array(z.object({ name: z.string(), required })),
    certifications: z.array(z.object({ type: z.string(), name: z.string(), required })),
  }),
);
export type CategoryMetaView = z.infer<typeof categoryMetaView>;

// ── Shipping places ──────────────────────────────────────────────────────────────────────────

export const addressTypes = ['ROADNAME', 'JIBUN', 'OVERSEA'] as const;
export const placeAddressInput = z.lazy(() =>
  z.object({
    addressType: z.enum(addressTypes),
    zipCode: z.string().max(10),
    address: z.string().max(300),
    addressDetail: z.string().max(300),
    phone: z.string().max(20),
    phone2: z.string().max(20),
  }),
);
export type PlaceAddressInput = z.infer<typeof placeAddressInput>;

export const placeView = z.lazy(() =>
  z.object({
    kind: z.enum(['outbound', 'return']),
    code: idString,
    name: z.string(),
    usable: z.boolean(),
    createdAt: z.string().optional(),
    addresses: z.array(placeAddressInput),
    /** Outbound: the couriers with remote-area fees set; return centre: its one courier. */
    couriers: z.array(
      z.object({ code: z.string(), name: z.string(), jeju: z.number().optional(), notJeju: z.number().optional() }),
    ),
    /** Return centres: goodsflow (return pickup) contract state as Coupang words it. */
    contractStatus: z.string().optional(),
  }),
);
export type PlaceView = z.infer<typeof placeView>;

export const placeInputObject = () =>
  z.object({
    kind: z.enum(['outbound', 'return']),
    /** Absent: create. Present: edit that place. */
    code: idString.optional(),
    name: z.string().max(100),
    usable: z.boolean(),
    /** The Wing login the change is made as (Coupang requires it). */
    userId: z.string().max(50),
    /** Road-name address first; Coupang wants the lot-number (지번) one beside it. */
    addresses: z.array(placeAddressInput).min(1).max(2),
    /** Outbound places: the courier the remote-area fees are for. Return centres: the pickup courier. */
    courierCode: z.string().max(20),
    jejuFee: z.number().int().min(0).max(100_000),
    notJejuFee: z.number().int().min(0).max(100_000),
    /** Return centres: the goodsflow contract number with that courier. */
    contractNumber: z.string().max(30).optional(),
  });
export const placeInput = z.lazy(placeInputObject);
export type PlaceInput = z.infer<typeof placeInput>;

/** One problem of a place form, by field; the words are the dictionary's `catalog.place.problem.<code>`. */
export interface PlaceProblem {
  field: 'name' | 'userId' | 'zipCode' | 'address' | 'addressDetail' | 'phone' | 'courierCode' | 'fee' | 'jibun';
  code: 'required' | 'tooLong' | 'zip' | 'phone' | 'courier' | 'fee' | 'jibunNeeded';
  index?: number;
}

const PHONE = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;

/**
 * What Coupang refuses in a shipping place, checked before anything is queued (the page shows it
 * beside the field; the background checks again). Limits from coupang-api.md §4.1: name ≤ 50,
 * zip 5–6 digits, address ≤ 150, detail ≤ 200, a road-name address needs its lot-number one, the
 * remote-area fee 0 or 1,000–20,000 won (EPOST 0 or 100–400), return centres only with the few
 * couriers goodsflow serves.
 */
export function placeProblems(input: PlaceInput, returnCouriers: readonly string[]): PlaceProblem[] {
  const out: PlaceProblem[] = [];
  const name = input.name.trim();
  if (!name) out.push({ field: 'name', code: 'required' });
  else if (name.length > 50) out.push({ field: 'name', code: 'tooLong' });
  if (!input.userId.trim()) out.push({ field: 'userId', code: 'required' });
  input.addresses.forEach((a, index) => {
    if (a.addressType !== 'OVERSEA' && !/^\d{5,6}$/.test(a.zipCode.trim()))
      out.push({ field: 'zipCode', code: 'zip', index });
    if (!a.address.trim()) out.push({ field: 'address', code: 'required', index });
    else if (a.address.length > 150) out.push({ field: 'address', code: 'tooLong', index });
    if (a.addressDetail.length > 200) out.push({ field: 'addressDetail', code: 'tooLong', index });
    if (!PHONE.test(a.phone.trim())) out.push({ field: 'phone', code: 'phone', index });
  });
  if (
    input.addresses.some((a) => a.addressType === 'ROADNAME') &&
    !input.addresses.some((a) => a.addressType === 'JIBUN')
  )
    out.push({ field: 'jibun', code: 'jibunNeeded' });
  if (!input.courierCode) out.push({ field: 'courierCode', code: 'required' });
  else if (input.kind === 'return' && !returnCouriers.includes(input.courierCode))
    out.push({ field: 'courierCode', code: 'courier' });
  const epost = input.courierCode === 'EPOST';
  const feeOk = (fee: number) => fee === 0 || (epost ? fee >= 100 && fee <= 400 : fee >= 1_000 && fee <= 20_000);
  if (input.kind === 'outbound' && (!feeOk(input.jejuFee) || !feeOk(input.notJejuFee)))
    out.push({ field: 'fee', code: 'fee' });
  return out;
}

// ── Writes (shipping places, coupons) ────────────────────────────────────────────────────────

/** A write's outbox item: `succeeded`/`failed` are final; `queued`/`sending` are still going. */
export const writeView = z.lazy(() =>
  z.object({
    id: z.string(),
    state: z.enum(['queued', 'sending', 'succeeded', 'failed', 'unknown']),
    result: outboxResult.optional(),
  }),
);
export type WriteView = z.infer<typeof writeView>;

// ── Coupons ──────────────────────────────────────────────────────────────────────────────────

export const couponView = z.lazy(() =>
  z.object({
    kind: z.enum(['instant', 'download']),
    couponId: idString,
    name: z.string(),
    status: z.string(),
    /** RATE: percent; PRICE / FIXED_WITH_QUANTITY: won. */
    discountType: z.string(),
    discount: z.number(),
    maxDiscount: z.number().optional(),
    minimumPrice: z.number().optional(),
    startAt: z.string(),
    endAt: z.string(),
    contractId: contractId.optional(),
    /** Download coupons: the options attached (the instant list does not carry them). */
    itemCount: z.number().optional(),
  }),
);
export type CouponView = z.infer<typeof couponView>;

export const budgetView = z.lazy(() =>
  z.object({
    contractId,
    type: z.string(),
    /** Seller's share of the discount, percent. */
    sellerShare: z.number().optional(),
    month: z.string(),
    budget: z.number(),
    used: z.number(),
    remaining: z.number(),
    start: z.string().optional(),
    end: z.string().optional(),
  }),
);
export type BudgetView = z.infer<typeof budgetView>;

export const couponCreateInput = z.lazy(() =>
  z.object({
    kind: z.enum(['instant', 'download']),
    contractId,
    name: z.string().max(100),
    discountType: z.enum(['RATE', 'PRICE']),
    discount: z.number().int(),
    /** Instant: the most one use may take off (≥ 10 won). Download RATE: the cap. */
    maxDiscount: z.number().int(),
    /** Download: the smallest order it applies to. */
    minimumPrice: z.number().int().min(0),
    /** Download: how many a day may be downloaded (1–9,999). */
    perDay: z.number().int(),
    startAt: kstMinute,
    endAt: kstMinute,
    /** Download coupons are created as the Wing login. */
    userId: z.string().max(50),
  }),
);
export type CouponCreateInput = z.infer<typeof couponCreateInput>;

/** One problem of a coupon form; words are `catalog.coupon.problem.<code>`. */
export type CouponProblem =
  | 'name'
  | 'discountRate'
  | 'discountUnit'
  | 'maxDiscount'
  | 'perDay'
  | 'period'
  | 'startPast'
  | 'userId'
  | 'budget';

/**
 * What Coupang refuses in a coupon (coupang-api.md §4.7), checked before anything is queued:
 * name ≤ 45, rate 1–100 (download 1–99), won amounts in 10-won units, cap ≥ 10 won, a start in the
 * future (download coupons ≥ 1 h ahead: they show on the site an hour after creation), end after
 * start, 1–9,999 downloads a day, and a period inside the contract.
 */
export function couponProblems(
  input: CouponCreateInput,
  nowKstMinute: string,
  contract?: { start?: string; end?: string },
): CouponProblem[] {
  const out: CouponProblem[] = [];
  const name = input.name.trim();
  if (!name || name.length > 45) out.push('name');
  const rateMax = input.kind === 'download' ? 99 : 100;
  if (input.discountType === 'RATE' && (input.discount < 1 || input.discount > rateMax)) out.push('discountRate');
  if (input.discountType === 'PRICE' && (input.discount < 10 || input.discount % 10 !== 0)) out.push('discountUnit');
  const needsCap = input.kind === 'instant' || input.discountType === 'RATE';
  if (needsCap && (input.maxDiscount < 10 || input.maxDiscount % 10 !== 0)) out.push('maxDiscount');
  if (input.kind === 'download' && (input.perDay < 1 || input.perDay > 9_999)) out.push('perDay');
  if (input.kind === 'download' && !input.userId.trim()) out.push('userId');
  if (input.endAt <= input.startAt) out.push('period');
  const earliest = input.kind === 'download' ? addMinutes(nowKstMinute, 60) : nowKstMinute;
  if (input.startAt <= earliest) out.push('startPast');
  if (contract?.start && contract.end && (input.startAt < contract.start || input.endAt > contract.end))
    out.push('budget');
  return out;
}

/** `yyyy-MM-dd HH:mm` plus minutes, as a KST wall-clock string (computed in UTC: no machine zone). */
export function addMinutes(kst: string, minutes: number): string {
  const t = Date.parse(`${kst.replace(' ', 'T')}:00Z`) + minutes * 60_000;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

/** Now as a KST `yyyy-MM-dd HH:mm`. */
export function kstMinuteOf(epochMs: number): string {
  return new Date(epochMs + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export const couponRequestView = z.lazy(() =>
  z.object({
    requestedId: idString,
    couponId: idString.optional(),
    /** REQUESTED while Coupang works on it; DONE or FAIL at the end. */
    status: z.string(),
    total: z.number(),
    succeeded: z.number(),
    failed: z.number(),
    failedItems: z.array(z.object({ vendorItemId: z.string(), reason: z.string() })),
  }),
);
export type CouponRequestView = z.infer<typeof couponRequestView>;

/** A coupon write and, for instant coupons once Coupang accepted it, the request to follow. */
const couponWriteReply = z.lazy(() => z.object({ write: writeView, requestedId: idString.optional() }));

export const productPick = z.lazy(() =>
  z.object({
    sellerProductId: idString,
    name: z.string(),
    status: z.string().optional(),
  }),
);
export const optionPick = z.lazy(() => z.object({ vendorItemId: idString, name: z.string() }));

// ── Rocket Growth ────────────────────────────────────────────────────────────────────────────

export const rgStockRow = z.lazy(() =>
  z.object({
    vendorItemId: idString,
    sku: z.string().optional(),
    name: z.string().optional(),
    stock: z.number(),
    sales30: z.number(),
    /** Stock ÷ (30-day sales ÷ 30), one decimal; absent when nothing sold (no end in sight). */
    daysOfCover: z.number().optional(),
    reorder: z.boolean(),
  }),
);
export type RgStockRow = z.infer<typeof rgStockRow>;

export const rgOrderRow = z.lazy(() =>
  z.object({
    orderId: idString,
    paidAt: z.string().optional(),
    lines: z.array(
      z.object({
        vendorItemId: idString,
        name: z.string().optional(),
        quantity: z.number(),
        amount: z.number().optional(),
      }),
    ),
  }),
);
export type RgOrderRow = z.infer<typeof rgOrderRow>;

export const catalogMessages = {
  /** Children of a category (the top level without `parent`), or the leaves and branches matching `query`. */
  'catalog.categories.browse': defineMessage({
    needsConsent: true,
    request: () =>
      z.object({
        accountKey,
        parent: idString.optional(),
        query: z.string().max(60).optional(),
      }),
    reply: () =>
      z.object({
        fetchedAt: z.number(),
        total: z.number(),
        trail: z.array(categoryNodeView),
        nodes: z.array(categoryNodeView),
        /** More matched than are listed. */
        more: z.boolean(),
      }),
    senders: page,
  }),
  'catalog.categories.meta': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, code: idString }),
    reply: () => categoryMetaView,
    senders: page,
  }),
  'catalog.categories.recommend': defineMessage({
    needsConsent: true,
    request: () =>
      z.object({ accountKey, productName: z.string().min(1).max(200), brand: z.string().max(60).optional() }),
    reply: () =>
      z.object({ result: z.string(), category: categoryNodeView.optional(), comment: z.string().optional() }),
    senders: page,
  }),

  'catalog.places.list': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey }),
    reply: () =>
      z.object({
        outbound: z.array(placeView),
        returnCenters: z.array(placeView),
        /** Every courier code with its Korean and English names. */
        couriers: z.array(z.object({ code: z.string(), ko: z.string(), en: z.string().optional() })),
        /** The couriers a return centre may use (goodsflow). */
        returnCouriers: z.array(z.string()),
      }),
    senders: page,
  }),
  'catalog.places.save': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, place: placeInput }),
    reply: () => z.object({ problems: z.array(z.custom<PlaceProblem>()), write: writeView.optional() }),
    senders: page,
  }),

  'catalog.coupons.list': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey }),
    reply: () => z.object({ coupons: z.array(couponView), budgets: z.array(budgetView), fetchedAt: z.number() }),
    senders: page,
  }),
  /** Adds a download coupon made in Wing to the list by its id (Coupang offers no list of them). */
  'catalog.coupons.track': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, couponId: idString }),
    reply: () => couponView,
    senders: page,
  }),
  'catalog.coupons.create': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, coupon: couponCreateInput }),
    reply: () =>
      z.object({
        problems: z.array(z.custom<CouponProblem>()),
        write: writeView.optional(),
        requestedId: idString.optional(),
      }),
    senders: page,
  }),
  /** Attaches options. For a download coupon the page must have said that a failure destroys it. */
  'catalog.coupons.attach': defineMessage({
    needsConsent: true,
    request: () =>
      z.object({
        accountKey,
        kind: z.enum(['instant', 'download']),
        couponId: idString,
        vendorItemIds: z.array(idString).min(1).max(10_000),
        userId: z.string().max(50).optional(),
        /** Download coupons: the seller confirmed "a failed attach destroys this coupon". */
        destroyRiskAccepted: z.boolean().optional(),
      }),
    reply: () => couponWriteReply,
    senders: page,
  }),
  'catalog.coupons.expire': defineMessage({
    needsConsent: true,
    request: () =>
      z.object({
        accountKey,
        kind: z.enum(['instant', 'download']),
        couponId: idString,
        userId: z.string().max(50).optional(),
      }),
    reply: () => couponWriteReply,
    senders: page,
  }),
  /** One look at an instant-coupon request (the page polls until DONE or FAIL). */
  'catalog.coupons.request': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, requestedId: idString }),
    reply: () => couponRequestView,
    senders: page,
  }),
  /** The write a coupon or place action queued (the page polls while it is not final). */
  'catalog.write': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey, id: z.string() }),
    reply: () => couponWriteReply,
    senders: page,
  }),
  'catalog.products': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, name: z.string().max(100).optional() }),
    reply: () => z.object({ products: z.array(productPick) }),
    senders: page,
  }),
  'catalog.options': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, sellerProductId: idString }),
    reply: () => z.object({ options: z.array(optionPick) }),
    senders: page,
  }),

  'catalog.rg.stock': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, refresh: z.boolean().optional() }),
    reply: () =>
      z.object({
        rows: z.array(rgStockRow),
        reorderDays: z.number(),
        fetchedAt: z.number(),
        /** Calls the walk made (all on the Rocket Growth lane, ≤ 50 a minute). */
        calls: z.number(),
      }),
    senders: page,
  }),
  'catalog.rg.orders': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, from: ymd, to: ymd }),
    reply: () => z.object({ orders: z.array(rgOrderRow) }),
    senders: page,
  }),
} as const;
