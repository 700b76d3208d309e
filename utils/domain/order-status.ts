import type { MarketplaceId, WorkState } from './order';

/**
 * One status table per marketplace: what each market status means for the seller's day (work
 * state) and which write actions it allows. The background (mapping, outbox guards), the side
 * panel (which buttons a selection offers) and the page helpers all read these tables; no other
 * file decides what a status means.
 */
export type OrderAction = 'acknowledge' | 'uploadInvoice' | 'updateInvoice' | 'stopShipment';

export interface StatusRow {
  workState: WorkState;
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
  DEPARTURE: { workState: 'inTransit', preShipment: false, actions: ['updateInvoice'] },
  /** 배송중. */
  DELIVERING: { workState: 'inTransit', preShipment: false, actions: [] },
  /** Seller direct delivery (courier DIRECT): handed over, never tracked to "delivered". */
  NONE_TRACKING: { workState: 'inTransit', preShipment: false, actions: [] },
  /** 배송완료. */
  FINAL_DELIVERY: { workState: 'delivered', preShipment: false, actions: [] },
} as const satisfies Record<string, StatusRow>;

/** 1688 `baseInfo.status` (docs/1688-api.md §4.5), for the seller's side of an order. */
export const ALIBABA_STATUS = {
  /** 待付款: the buyer has not paid. */
  waitbuyerpay: { workState: 'other', preShipment: true, actions: [] },
  /** 待发货: paid, waiting for the seller to ship. */
  waitsellersend: { workState: 'new', preShipment: true, actions: [] },
  /** 待揽收: shipment created, the courier has not picked up — still the seller's parcel. */
  waitlogisticstakein: { workState: 'toShip', preShipment: true, actions: [] },
  /** 已发货. */
  waitbuyerreceive: { workState: 'inTransit', preShipment: false, actions: [] },
  waitbuyersign: { workState: 'inTransit', preShipment: false, actions: [] },
  /** 已签收 / 交易成功. */
  signinsuccess: { workState: 'delivered', preShipment: false, actions: [] },
  confirm_goods: { workState: 'delivered', preShipment: false, actions: [] },
  success: { workState: 'delivered', preShipment: false, actions: [] },
  /** 交易关闭. */
  cancel: { workState: 'cancelled', preShipment: false, actions: [] },
  terminated: { workState: 'cancelled', preShipment: false, actions: [] },
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
