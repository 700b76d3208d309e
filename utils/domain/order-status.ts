import type { MarketplaceId, WorkState } from './order';

/**
 * One status table per marketplace: what each market status means for the seller's day (work
 * state) and which write actions it allows. The background (mapping, outbox guards), the side
 * panel (which buttons a selection offers) and the page helpers all read these tables; no other
 * file decides what a status means.
 */
export type OrderAction = 'acknowledge' | 'uploadInvoice' | 'updateInvoice' | 'stopShipment';

/**
 * The stages of a 1688 order as 1688 itself lists them (待付款, 待发货, 已发货, 已收货, 交易成功,
 * 交易关闭, 退款中): 1688 orders get their own tabs and words, never Coupang's.
 */
export const ALIBABA_STAGES = [
  'awaitingPayment',
  'awaitingDispatch',
  'shipped',
  'received',
  'completed',
  'closed',
  'refunding',
] as const;
export type AlibabaStage = (typeof ALIBABA_STAGES)[number];

/** Coupang's work states in Wing's order (결제완료 … 출고중지요청): the side panel's Coupang tabs. */
export const COUPANG_STATES = [
  'new',
  'toShip',
  'awaitingPickup',
  'inTransit',
  'delivered',
  'cancelRequested',
] as const satisfies readonly WorkState[];
export type CoupangState = (typeof COUPANG_STATES)[number];

export interface StatusRow {
  workState: WorkState;
  /** 1688 only: the 1688 stage (tab) the status is listed under. */
  stage?: AlibabaStage;
  /** Not yet handed to the courier: a ship-by deadline applies and a buyer's cancel stops it. */
  preShipment: boolean;
  actions: readonly OrderAction[];
}

/** Coupang ordersheet statuses (docs/coupang-api.md §4.4). */
export const COUPANG_STATUS = {
  /** 결제완료: paid, waiting for the seller's 발주확인. */
  ACCEPT: { workState: 'new', preShipment: true, actions: ['acknowledge'] },
  /** 상품준비중: acknowledged, waiting for the invoice. */
  INSTRUCT: { workState: 'toShip', preShipment: true, actions: ['uploadInvoice'] },
  /** 배송지시: invoice uploaded, the courier has not scanned it yet (the invoice may still be corrected). */
  DEPARTURE: { workState: 'awaitingPickup', preShipment: false, actions: ['updateInvoice'] },
  /** 배송중. Coupang still takes an invoice correction (its status goes back to DEPARTURE). */
  DELIVERING: { workState: 'inTransit', preShipment: false, actions: ['updateInvoice'] },
  /** Seller direct delivery (courier DIRECT): handed over, never tracked to "delivered". */
  NONE_TRACKING: { workState: 'inTransit', preShipment: false, actions: ['updateInvoice'] },
  /** 배송완료. */
  FINAL_DELIVERY: { workState: 'delivered', preShipment: false, actions: ['updateInvoice'] },
} as const satisfies Record<string, StatusRow>;

/** 1688 `baseInfo.status` (docs/1688-api.md §4.5), for the seller's side of an order. */
export const ALIBABA_STATUS = {
  /** 待付款: the buyer has not paid. */
  waitbuyerpay: { workState: 'other', stage: 'awaitingPayment', preShipment: true, actions: [] },
  /** 待发货: paid, waiting for the seller to ship. */
  waitsellersend: { workState: 'new', stage: 'awaitingDispatch', preShipment: true, actions: [] },
  /**
   * 待揽收: the seller has shipped (logistics created), the courier has not picked up — still the
   * seller's parcel (toShip), but 1688 lists it under 已发货.
   */
  waitlogisticstakein: { workState: 'toShip', stage: 'shipped', preShipment: true, actions: [] },
  /** 已发货 (等待买家确认收货). */
  waitbuyerreceive: { workState: 'inTransit', stage: 'shipped', preShipment: false, actions: [] },
  waitbuyersign: { workState: 'inTransit', stage: 'shipped', preShipment: false, actions: [] },
  /** 已签收 / 已收货. */
  signinsuccess: { workState: 'delivered', stage: 'received', preShipment: false, actions: [] },
  confirm_goods: { workState: 'delivered', stage: 'received', preShipment: false, actions: [] },
  /** 交易成功. */
  success: { workState: 'delivered', stage: 'completed', preShipment: false, actions: [] },
  /** 交易关闭. */
  cancel: { workState: 'cancelled', stage: 'closed', preShipment: false, actions: [] },
  terminated: { workState: 'cancelled', stage: 'closed', preShipment: false, actions: [] },
} as const satisfies Record<string, StatusRow>;

const UNKNOWN: StatusRow = { workState: 'other', preShipment: false, actions: [] };

const TABLES: Record<MarketplaceId, Record<string, StatusRow>> = { coupang: COUPANG_STATUS, alibaba: ALIBABA_STATUS };

/** The row of a market status; an unknown status means "other" and allows nothing. */
export function statusRow(marketplace: MarketplaceId, marketStatus: string): StatusRow {
  const table = TABLES[marketplace];
  return Object.hasOwn(table, marketStatus) ? (table[marketStatus] ?? UNKNOWN) : UNKNOWN;
}

/**
 * The actions one order allows now. A pending buyer cancel (work state cancelRequested) replaces
 * the normal next step with stop-shipment; cancelled orders allow nothing.
 */
export function allowedActions(o: {
  marketplace: MarketplaceId;
  marketStatus: string;
  workState: WorkState;
}): readonly OrderAction[] {
  if (o.workState === 'cancelled') return [];
  if (o.workState === 'cancelRequested') return o.marketplace === 'coupang' ? ['stopShipment'] : [];
  return statusRow(o.marketplace, o.marketStatus).actions;
}

/**
 * The state an order is listed under: a Coupang work state (its tab), or a 1688 stage. A 1688
 * order whose buyer asked for a refund before dispatch (work state cancelRequested) is 退款中;
 * an unknown status is listed only under "all" (undefined).
 */
export function listStateOf(o: {
  marketplace: MarketplaceId;
  marketStatus: string;
  workState: WorkState;
}): CoupangState | AlibabaStage | undefined {
  if (o.marketplace === 'alibaba') {
    if (o.workState === 'cancelRequested') return 'refunding';
    return statusRow('alibaba', o.marketStatus).stage;
  }
  return (COUPANG_STATES as readonly WorkState[]).includes(o.workState) ? (o.workState as CoupangState) : undefined;
}

/**
 * The bulk action a Coupang tab offers for its selection (the side panel's select bar). In 배송중
 * and 배송완료 a correction stays a per-order action (detail); 1688 tabs offer none.
 */
export const TAB_ACTION: Partial<Record<CoupangState, OrderAction>> = {
  new: 'acknowledge',
  toShip: 'uploadInvoice',
  awaitingPickup: 'updateInvoice',
  cancelRequested: 'stopShipment',
};
