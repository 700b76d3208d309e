import { accountKeyOf } from '../../domain/keys';
import type { DomainOrder } from '../../domain/order';
import { maskName } from '../../privacy/masking';
import type { OrderListQuery, OrderRow } from '../../protocol/messages/orders';
import { countByTab, type IndexedOrder, inTab, OrderIndex } from './order-index';
import { stillPending } from './pending-actions';

export interface OrderQuery extends OrderListQuery {
  offset: number;
  limit: number;
}

export interface RowContext {
  labels: Map<string, string>;
  pending: Map<string, OrderRow['pendingAction']>;
}

/** The order's calendar date in its own marketplace zone (ISO strings carry +09:00 / +08:00). */
function localDate(iso: string): string {
  return iso.slice(0, 10);
}

function matchesSearch(x: IndexedOrder, needle: string, lower: string): boolean {
  return x.order.orderId.includes(needle) || x.order.shipmentId.includes(needle) || x.text.includes(lower);
}

export function toRow(o: DomainOrder, ctx: RowContext): OrderRow {
  const first = o.lines[0];
  return {
    key: o.key,
    marketplace: o.marketplace,
    accountId: o.accountId,
    accountLabel: ctx.labels.get(accountKeyOf(o)) || o.accountId,
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
    pendingAction: stillPending(o, ctx.pending.get(o.key)),
  };
}

/**
 * Filters, counts per tab, sorts and slices: the side panel asks for windows of this. Without
 * filters a window is a slice of the index's kept tab list; with filters, one scan of the kept
 * sorted list (already in order, so nothing is sorted per query).
 */
export function queryOrders(source: DomainOrder[] | OrderIndex, q: OrderQuery, ctx: RowContext) {
  const index = source instanceof OrderIndex ? source : new OrderIndex(source);
  const needle = q.search?.trim();
  const filtered = Boolean(q.accountKeys?.length || q.from || q.to || needle);
  if (!filtered) {
    const rows = index.inTab(q.market, q.tab, q.sort, q.dir);
    return {
      total: rows.length,
      counts: { ...index.counts(q.market) },
      rows: rows.slice(q.offset, q.offset + q.limit).map((x) => toRow(x.order, ctx)),
    };
  }
  const lower = needle?.toLowerCase() ?? '';
  const base = index
    .inOrder(q.sort, q.dir)
    .filter(
      (x) =>
        (!q.accountKeys?.length || q.accountKeys.includes(accountKeyOf(x.order))) &&
        (!q.from || localDate(x.order.orderedAt) >= q.from) &&
        (!q.to || localDate(x.order.orderedAt) <= q.to) &&
        (!needle || matchesSearch(x, needle, lower)),
    );
  const rows = base.filter((x) => inTab(x, q.market, q.tab));
  return {
    total: rows.length,
    counts: countByTab(base, q.market),
    rows: rows.slice(q.offset, q.offset + q.limit).map((x) => toRow(x.order, ctx)),
  };
}
