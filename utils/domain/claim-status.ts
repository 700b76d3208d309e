/**
 * Coupang claims (returns, stop-shipment requests, exchanges): which Wing work tab a claim is in,
 * which seller actions that tab allows, and the deadline that applies. The one table beside
 * order-status.ts; the background (mapping, action guards), the claims view and the counts in the
 * popup and badge all read it (docs/coupang-api.md §4.5–4.6).
 */

import { addBusinessDays } from './business-days';

/** Wing's return work states, in Wing's order. */
export const RETURN_TABS = [
  'stopRequested',
  'received',
  'awaitingGoods',
  'awaitingApproval',
  'coupangCheck',
  'done',
  'withdrawn',
] as const;
export type ReturnTab = (typeof RETURN_TABS)[number];

export const RETURN_ACTIONS = ['stopShipment', 'alreadyShipped', 'pickupInvoice', 'confirmReceipt', 'approve'] as const;
export type ReturnAction = (typeof RETURN_ACTIONS)[number];

export const EXCHANGE_ACTIONS = ['confirmReceipt', 'reject', 'uploadInvoice'] as const;
export type ExchangeAction = (typeof EXCHANGE_ACTIONS)[number];

export interface ReturnTabRow {
  /** Waiting for the seller (counted by the popup and the badge). */
  waitsForSeller: boolean;
  actions: readonly ReturnAction[];
  /** Business days (영업일, KST) after the tab's start date within which the seller should act (see deadlineKst). */
  deadlineDays?: number;
}

/**
 * Each tab: what the seller may do there. Deadlines are Wing's working guidance (UNVERIFIED in
 * the API docs: a stop-shipment request is answered by the next day, returned goods are checked
 * and approved within two days, after which Coupang may decide on its own); change them here only.
 */
export const RETURN_TAB_TABLE = {
  /** 출고중지요청: the buyer cancelled an acknowledged box; stop it, or say it already left. */
  stopRequested: { waitsForSeller: true, actions: ['stopShipment', 'alreadyShipped'], deadlineDays: 1 },
  /** 반품접수: return requested, no pickup invoice yet (sellers without auto pickup register one). */
  received: { waitsForSeller: true, actions: ['pickupInvoice', 'confirmReceipt'], deadlineDays: 2 },
  /** 입고확인 대기: the goods are on their way back (pickup invoice known); confirm when they arrive. */
  awaitingGoods: { waitsForSeller: true, actions: ['confirmReceipt'], deadlineDays: 2 },
  /** 승인 대기: the goods arrived; approve the refund (quantity = the receipt's). */
  awaitingApproval: { waitsForSeller: true, actions: ['approve'], deadlineDays: 2 },
  /** 쿠팡확인요청: Coupang checks the case; nothing for the seller to send. */
  coupangCheck: { waitsForSeller: false, actions: [] },
  /** 완료. */
  done: { waitsForSeller: false, actions: [] },
  /** 철회: the buyer withdrew it (gone from the list API; read through the withdraw history). */
  withdrawn: { waitsForSeller: false, actions: [] },
} as const satisfies Record<ReturnTab, ReturnTabRow>;

export interface ReturnFacts {
  receiptStatus: string;
  /** releaseStatus of the items: N = not shipped (a stop-shipment request listed as a return). */
  releaseStatus?: string;
  hasPickupInvoice: boolean;
  withdrawn: boolean;
}

/** The Wing tab of a return receipt; an unknown status is shown with Coupang's check cases. */
export function returnTabOf(f: ReturnFacts): ReturnTab {
  if (f.withdrawn) return 'withdrawn';
  switch (f.receiptStatus) {
    case 'RELEASE_STOP_UNCHECKED':
      return 'stopRequested';
    case 'RETURNS_UNCHECKED':
      if (f.releaseStatus === 'N') return 'stopRequested';
      return f.hasPickupInvoice ? 'awaitingGoods' : 'received';
    case 'VENDOR_WAREHOUSE_CONFIRM':
      return 'awaitingApproval';
    case 'RETURNS_COMPLETED':
      return 'done';
    default:
      return 'coupangCheck';
  }
}

export function returnActionsOf(tab: ReturnTab): readonly ReturnAction[] {
  return RETURN_TAB_TABLE[tab].actions;
}

/** Exchange statuses (§4.6): RECEIPT → PROGRESS (collected, new box) → SUCCESS; or REJECT / CANCEL. */
export interface ExchangeFacts {
  status: string;
  collectStatus?: string;
  /** The replacement's box id, once Coupang has issued it (never the original box). */
  newShipmentBoxId?: string;
  invoiceUploaded: boolean;
}

/** Why the replacement invoice cannot be sent yet, or undefined when it can. */
export type InvoiceBlock = 'notReceived' | 'notCollected' | 'noNewBox' | 'closed' | 'alreadySent';

export function exchangeInvoiceBlock(f: ExchangeFacts): InvoiceBlock | undefined {
  if (f.status === 'RECEIPT') return 'notReceived';
  if (f.status !== 'PROGRESS') return f.invoiceUploaded ? 'alreadySent' : 'closed';
  if (f.collectStatus !== 'CompleteCollect') return 'notCollected';
  if (!f.newShipmentBoxId) return 'noNewBox';
  if (f.invoiceUploaded) return 'alreadySent';
  return undefined;
}

export function exchangeActionsOf(f: ExchangeFacts): ExchangeAction[] {
  const out: ExchangeAction[] = [];
  if (f.status === 'RECEIPT') out.push('confirmReceipt');
  if (f.status === 'RECEIPT' || f.status === 'PROGRESS') out.push('reject');
  if (!exchangeInvoiceBlock(f)) out.push('uploadInvoice');
  return out;
}

/** An exchange waits for the seller until it is closed (received, collected, replacement sent). */
export function exchangeWaitsForSeller(f: ExchangeFacts): boolean {
  return f.status === 'RECEIPT' || (f.status === 'PROGRESS' && !f.invoiceUploaded);
}

/** Business days the seller has to send the replacement once collection is complete (Wing guidance, UNVERIFIED). */
export const EXCHANGE_INVOICE_DAYS = 1;

/**
 * The end (23:59:59 KST) of the business day (영업일: weekdays that are no Korean public holiday)
 * `days` after the KST day the instant `fromIso` falls on, as `YYYY-MM-DDT23:59:59+09:00`.
 * Coupang counts claim deadlines in business days: a request on Friday is due on Monday, not on
 * Saturday. Fixed-offset arithmetic, never the machine's zone.
 */
export function deadlineKst(fromIso: string, days: number): string | undefined {
  const at = Date.parse(fromIso);
  if (Number.isNaN(at)) return undefined;
  return `${addBusinessDays(at, days)}T23:59:59+09:00`;
}

/** The deadline of a return in its tab, counted from when it entered the tab (its last change). */
export function returnDeadline(tab: ReturnTab, since: string | undefined): string | undefined {
  const row: ReturnTabRow = RETURN_TAB_TABLE[tab];
  return row.deadlineDays === undefined || !since ? undefined : deadlineKst(since, row.deadlineDays);
}
