import type { DomainOrder } from '../../domain/order';
import { dateInZone, parseInstant, zoneOf } from '../../ui/format';

/**
 * What the toolbar badge says: how many items need the seller, colored by the most urgent.
 *
 * Counted once each (an order can be new and due today at the same time):
 * - new orders waiting to be acknowledged;
 * - cancel requests (shipping must stop);
 * - orders to ship whose deadline is today or already past, in the marketplace's own zone
 *   (Coupang KST), whatever zone this computer is in.
 *
 * Urgency: `urgent` (red) when anything is overdue or a buyer asked to cancel, `dueToday`
 * (orange) when something must ship today, `info` (blue) otherwise.
 */
export type Urgency = 'none' | 'info' | 'dueToday' | 'urgent';

export interface AttentionCounts {
  new: number;
  cancelRequested: number;
  /** Not yet shipped, deadline later today. */
  dueToday: number;
  /** Not yet shipped, deadline passed. */
  overdue: number;
  /** Distinct orders needing the seller (the badge number). */
  total: number;
}

export interface BadgeState {
  count: number;
  text: string;
  urgency: Urgency;
  color: string;
}

export const BADGE_COLORS: Record<Urgency, string> = {
  none: '#5f6368',
  info: '#1a73e8',
  dueToday: '#e8710a',
  urgent: '#d93025',
};

const UNSHIPPED = new Set(['new', 'toShip']);

export type Deadline = 'overdue' | 'today' | 'later';

/** Where an unshipped order's deadline stands, in its marketplace's zone. */
export function deadlineOf(
  o: Pick<DomainOrder, 'marketplace' | 'shipBy' | 'workState'>,
  now: number,
): Deadline | undefined {
  if (!o.shipBy || !UNSHIPPED.has(o.workState)) return undefined;
  const zone = zoneOf(o.marketplace);
  const at = parseInstant(o.shipBy, zone);
  if (at === undefined) return undefined;
  if (at < now) return 'overdue';
  return dateInZone(at, zone) <= dateInZone(now, zone) ? 'today' : 'later';
}

/** What counting an order for the badge reads (a held order, or its kept digest after a wake). */
export type CountedOrder = Pick<DomainOrder, 'marketplace' | 'shipBy' | 'workState' | 'role'>;

/** Orders the seller must act on (their own sales; purchase orders they placed are not counted). */
export function attentionCounts(orders: Iterable<CountedOrder>, now: number): AttentionCounts {
  const c: AttentionCounts = { new: 0, cancelRequested: 0, dueToday: 0, overdue: 0, total: 0 };
  for (const o of orders) {
    if (o.role !== 'seller') continue;
    const deadline = deadlineOf(o, now);
    let counted = false;
    if (o.workState === 'new') {
      c.new++;
      counted = true;
    } else if (o.workState === 'cancelRequested') {
      c.cancelRequested++;
      counted = true;
    }
    if (deadline === 'overdue') {
      c.overdue++;
      counted = true;
    } else if (deadline === 'today') {
      c.dueToday++;
      counted = true;
    }
    if (counted) c.total++;
  }
  return c;
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function urgencyOf(c: AttentionCounts): Urgency {
  if (c.total === 0) return 'none';
  if (c.overdue > 0 || c.cancelRequested > 0) return 'urgent';
  if (c.dueToday > 0) return 'dueToday';
  return 'info';
}

/**
 * Work beside the orders that also needs the seller (customer inquiries waiting for an answer,
 * returns…): each feature's own count module gives one per account; `urgent` turns the badge red.
 */
export interface ExtraAttention {
  count: number;
  urgent: boolean;
}

/** The badge for these orders (and extra work); an empty badge when no account is connected. */
export function computeBadge(
  orders: Iterable<CountedOrder>,
  now: number,
  connected = true,
  extras: readonly ExtraAttention[] = [],
): BadgeState {
  if (!connected) return { count: 0, text: '', urgency: 'none', color: BADGE_COLORS.none };
  const counts = attentionCounts(orders, now);
  const extra = extras.reduce((n, e) => n + e.count, 0);
  const total = counts.total + extra;
  const urgency: Urgency = extras.some((e) => e.urgent && e.count > 0)
    ? 'urgent'
    : counts.total > 0
      ? urgencyOf(counts)
      : total > 0
        ? 'info'
        : 'none';
  return { count: total, text: badgeText(total), urgency, color: BADGE_COLORS[urgency] };
}
