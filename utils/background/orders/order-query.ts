import type { DomainOrder } from '../../domain/order';
import { maskName } from '../../privacy/masking';
import type { OrderListQuery, OrderRow, OrderTab } from '../../protocol/messages/orders';

export const TABS: OrderTab[] = ['all', 'new', 'toShip', 'inTransit', 'delivered', 'cancelRequested'];

export interface OrderQuery extends OrderListQuery {
  offset: number;
  limit: number;
}

export interface RowContext {
  labels: Map<string, string>;
  pending: Map<string, OrderRow['pendingAction']>;
}

function inTab(o: DomainOrder, tab: OrderTab): boolean {
  return tab === 'all' || o.workState === tab;
}

/** The order's calendar date in its own marketplace zone (ISO strings carry +09:00 / +08:00). */
function localDate(iso: string): string {
  return iso.slice(0, 10);
}

function matchesSearch(o: DomainOrder, needle: string): boolean {
  if (o.orderId.includes(needle) || o.shipmentId.includes(needle)) return true;
  const n = needle.toLowerCase();
  if (o.recipient.name.toLowerCase().includes(n)) return true;
  return o.lines.some((l) => l.productName.toLowerCase().includes(n) || (l.optionName ?? '').toLowerCase().includes(n));
}

export function toRow(o: DomainOrder, ctx: RowContext): OrderRow {
  const first = o.lines[0];
  return {
    key: o.key,
    marketplace: o.marketplace,
    accountId: o.accountId,
    accountLabel: ctx.labels.get(`${o.marketplace}:${o.accountId}`) ?? o.accountId,
    role: o.role,
    orderId: o.orderId,
    shipmentId: o.shipmentId,
    workState: o.workState,
    marketStatus: o.marketStatus,
    orderedAt: o.orderedAt,
    shipBy: o.shipBy,
    productSummary: first ? first.productName + (first.optionName ? ` · ${first.optionName}` : '') : '',
    itemCount: o.lines.reduce((n, l) => n + l.quantity, 0),
    total: o.total,
    recipientName: maskName(o.recipient.name),
    courierName: o.shipping.courierName,
    trackingNumber: o.shipping.trackingNumber,
    pendingAction: ctx.pending.get(o.key),
  };
}

/** Filters, counts per tab, sorts and slices: the side panel asks for windows of this. */
export function queryOrders(orders: DomainOrder[], q: OrderQuery, ctx: RowContext) {
  const needle = q.search?.trim();
  const base = orders.filter(
    (o) =>
      (!q.accountKeys?.length || q.accountKeys.includes(`${o.marketplace}:${o.accountId}`)) &&
      (!q.from || localDate(o.orderedAt) >= q.from) &&
      (!q.to || localDate(o.orderedAt) <= q.to) &&
      (!needle || matchesSearch(o, needle)),
  );
  const counts = Object.fromEntries(TABS.map((t) => [t, 0])) as Record<OrderTab, number>;
  for (const o of base) {
    counts.all++;
    if (o.workState in counts) counts[o.workState as OrderTab]++;
  }
  const rows = base.filter((o) => inTab(o, q.tab));
  const sign = q.dir === 'asc' ? 1 : -1;
  const keyOf = (o: DomainOrder): number | string =>
    q.sort === 'total'
      ? o.total.minor
      : q.sort === 'shipBy'
        ? o.shipBy
          ? Date.parse(o.shipBy)
          : Number.MAX_SAFE_INTEGER
        : Date.parse(o.orderedAt);
  rows.sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka !== kb) return ka < kb ? -sign : sign;
    return a.key < b.key ? -1 : 1;
  });
  return {
    total: rows.length,
    counts,
    rows: rows.slice(q.offset, q.offset + q.limit).map((o) => toRow(o, ctx)),
  };
}
