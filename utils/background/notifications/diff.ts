import type { DomainOrder } from '../../domain/order';
import type { AccountView } from '../../protocol/messages/connections';
import type { Settings } from '../../settings/schema';
import { parseInstant, zoneOf } from '../../ui/format';
import { KEY_EXPIRY_WARNING_DAYS } from '../core/accounts';
import { RECONNECT_KINDS } from '../schedule/decisions';

/**
 * What to notify about, decided from plain facts (pure; tested without a browser).
 *
 * Per account, a small record of what was already seen or notified (declared stored item
 * `notifyState`, non-PII: shipment ids and times only):
 * - `seenNew`: new (to-acknowledge) orders already seen. The first evaluation after connecting
 *   only records the baseline (the seller is looking at the screen); later ones notify the rest.
 *   Seen ids are recorded whether or not the kind is enabled, so switching it on later never
 *   floods the seller with old orders.
 * - `cancels` / `deadlines`: orders already notified for a cancel request / a near deadline.
 * - `attention`: the connection problem last notified, so each problem is told once (and again
 *   only after it was resolved and came back).
 */
export interface NotifyState {
  seenNew: Record<string, number>;
  cancels: Record<string, number>;
  deadlines: Record<string, number>;
  attention?: string;
  /** Set by the first order evaluation (the baseline): until then nothing counts as new. */
  baselined?: boolean;
  /** Waiting inquiries already seen (inquiry keys → first seen); absent until the first look. */
  seenInquiries?: Record<string, number>;
}

export type OrderNotifyKind = 'newOrders' | 'shippingDeadline' | 'cancelRequests';
export type AttentionKind =
  | 'needsReauth'
  | 'credentialsRejected'
  | 'ipNotAllowed'
  | 'blocked'
  | 'keyExpired'
  | 'keyExpiring';

/** One notification to show: counts and ids only, never a name, phone, address or product. */
export type NotifyEvent =
  | {
      kind: OrderNotifyKind;
      accountKey: string;
      count: number;
      /** Marketplace order ids (at most a few, for the text). */
      orderIds: string[];
      /** The single order, when there is exactly one (its click opens that order). */
      orderKey?: string;
      /** shippingDeadline: how many are already late. */
      overdue?: number;
      /** shippingDeadline: the work state all of them are in, when they share one. */
      tab?: 'new' | 'toShip';
    }
  | { kind: 'connection'; accountKey: string; problem: AttentionKind; days?: number; until?: number }
  /** Customer inquiries waiting for an answer that were not there at the last look: a count only. */
  | { kind: 'newInquiries'; accountKey: string; count: number };

/** Seen ids older than this are forgotten (a sync looks back 30 days). */
export const SEEN_MAX_AGE_MS = 35 * 86_400_000;
export const SEEN_MAX = 5000;
const HOUR = 3_600_000;

type Prefs = Settings['notifications'];

function prune(rec: Record<string, number>, now: number): Record<string, number> {
  const entries = Object.entries(rec).filter(([, at]) => now - at < SEEN_MAX_AGE_MS);
  entries.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, SEEN_MAX));
}

function orderEvent(kind: OrderNotifyKind, accountKey: string, orders: DomainOrder[]): NotifyEvent {
  return {
    kind,
    accountKey,
    count: orders.length,
    orderIds: orders.slice(0, 3).map((o) => o.orderId),
    ...(orders.length === 1 && orders[0] ? { orderKey: orders[0].key } : {}),
  };
}

/**
 * After a completed sync of one account: which orders are new since the last one, which cancel
 * requests and near deadlines were not told yet. `orders` are that account's orders.
 */
export function diffOrders(
  prev: NotifyState | undefined,
  orders: DomainOrder[],
  prefs: Prefs,
  accountKey: string,
  now: number,
): { events: NotifyEvent[]; next: NotifyState } {
  const mine = orders.filter((o) => o.role === 'seller');
  const fresh = mine.filter((o) => o.workState === 'new');
  const cancelling = mine.filter((o) => o.workState === 'cancelRequested');
  const horizon = now + prefs.deadlineHours * HOUR;
  const due = mine.filter((o) => {
    if (o.workState !== 'new' && o.workState !== 'toShip') return false;
    const at = parseInstant(o.shipBy, zoneOf(o.marketplace));
    return at !== undefined && at <= horizon;
  });

  const seenNew = prune(prev?.seenNew ?? {}, now);
  for (const o of fresh) seenNew[o.shipmentId] ??= now;
  const next: NotifyState = {
    seenNew: prune(seenNew, now),
    cancels: Object.fromEntries(cancelling.map((o) => [o.shipmentId, prev?.cancels[o.shipmentId] ?? now])),
    deadlines: Object.fromEntries(due.map((o) => [o.shipmentId, prev?.deadlines[o.shipmentId] ?? now])),
    attention: prev?.attention,
    baselined: true,
  };
  // First look at this account: record what is there, tell nothing.
  if (!prev?.baselined) return { events: [], next };

  const events: NotifyEvent[] = [];
  const newSince = fresh.filter((o) => prev.seenNew[o.shipmentId] === undefined);
  if (prefs.newOrders && newSince.length) events.push(orderEvent('newOrders', accountKey, newSince));

  const newCancels = cancelling.filter((o) => prev.cancels[o.shipmentId] === undefined);
  if (prefs.cancelRequests && newCancels.length) events.push(orderEvent('cancelRequests', accountKey, newCancels));

  const newDue = due.filter((o) => prev.deadlines[o.shipmentId] === undefined);
  if (prefs.shippingDeadline && newDue.length) {
    const late = newDue.filter((o) => (parseInstant(o.shipBy, zoneOf(o.marketplace)) ?? 0) < now).length;
    const states = new Set(newDue.map((o) => o.workState));
    const e = orderEvent('shippingDeadline', accountKey, newDue);
    if (e.kind === 'shippingDeadline') {
      e.overdue = late;
      const [only] = states;
      if (states.size === 1 && only) e.tab = only as 'new' | 'toShip';
    }
    events.push(e);
  }
  return { events, next };
}

/** The problem a connection has now, most serious first; undefined when it is fine. */
export function connectionProblem(
  view: Pick<AccountView, 'status' | 'lastError' | 'blockedUntil' | 'expiresInDays'>,
  now: number,
): { problem: AttentionKind; days?: number; until?: number } | undefined {
  const kind = view.lastError?.kind;
  if (view.status === 'needsReauth') return { problem: 'needsReauth' };
  if (view.status === 'error' && kind && RECONNECT_KINDS.has(kind)) {
    return { problem: kind === 'keyExpired' ? 'keyExpired' : 'credentialsRejected' };
  }
  if (view.status === 'error' && kind === 'ipNotAllowed') return { problem: 'ipNotAllowed' };
  if (view.blockedUntil && view.blockedUntil > now) return { problem: 'blocked', until: view.blockedUntil };
  if (view.expiresInDays !== undefined && view.expiresInDays < 0) return { problem: 'keyExpired' };
  if (view.expiresInDays !== undefined && view.expiresInDays <= KEY_EXPIRY_WARNING_DAYS) {
    return { problem: 'keyExpiring', days: view.expiresInDays };
  }
  return undefined;
}

/**
 * The identity of a problem for "tell once": an expiring key is told again at 7, 3 and 1 days
 * left; every other problem once until it is resolved.
 */
export function problemSignature(p: { problem: AttentionKind; days?: number } | undefined): string | undefined {
  if (!p) return undefined;
  if (p.problem !== 'keyExpiring') return p.problem;
  const days = p.days ?? 0;
  const step = [1, 3, 7, 14].find((s) => days <= s) ?? 14;
  return `keyExpiring:${step}`;
}

/** A connection's state changed (or the expiry check ran): notify a problem not told yet. */
export function diffAttention(
  prev: NotifyState | undefined,
  view: Pick<AccountView, 'accountKey' | 'status' | 'lastError' | 'blockedUntil' | 'expiresInDays'>,
  prefs: Prefs,
  now: number,
): { event?: NotifyEvent; next: NotifyState | undefined; changed: boolean } {
  const p = connectionProblem(view, now);
  const signature = problemSignature(p);
  const before = prev?.attention;
  if (signature === before) return { next: prev, changed: false };
  const base: NotifyState = prev ?? { seenNew: {}, cancels: {}, deadlines: {} };
  // A resolved problem is forgotten, so it is told again if it comes back.
  if (!signature || !p) return { next: { ...base, attention: undefined }, changed: true };
  if (!prefs.connectionProblems) return { next: prev, changed: false };
  return {
    event: { kind: 'connection', accountKey: view.accountKey, problem: p.problem, days: p.days, until: p.until },
    next: { ...base, attention: signature },
    changed: true,
  };
}

/**
 * After a read of one vendor's inquiries: which waiting ones are new since the last look. The
 * first look records the baseline and tells nothing; seen keys are kept whether or not the kind
 * is on, so switching it on later never floods the seller with old inquiries.
 */
export function diffInquiries(
  prev: NotifyState | undefined,
  waitingKeys: readonly string[],
  prefs: Pick<Prefs, 'newInquiries'>,
  accountKey: string,
  now: number,
): { event?: NotifyEvent; next: NotifyState } {
  const base: NotifyState = prev ?? { seenNew: {}, cancels: {}, deadlines: {} };
  const before = prev?.seenInquiries;
  const seen = prune({ ...(before ?? {}) }, now);
  const fresh = waitingKeys.filter((k) => seen[k] === undefined);
  for (const k of fresh) seen[k] = now;
  const next: NotifyState = { ...base, seenInquiries: seen };
  if (!before || !prefs.newInquiries || fresh.length === 0) return { next };
  return { event: { kind: 'newInquiries', accountKey, count: fresh.length }, next };
}
