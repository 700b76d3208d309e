import type { DomainOrder } from '../../domain/order';
import type { OrderListQuery, OrderTab } from '../../protocol/messages/orders';

export type SortField = NonNullable<OrderListQuery['sort']>;
export type SortDir = NonNullable<OrderListQuery['dir']>;

export const TABS: OrderTab[] = ['all', 'new', 'toShip', 'inTransit', 'delivered', 'cancelRequested'];

/** One order with what list queries compare, computed once per order, not once per comparison. */
export interface IndexedOrder {
  order: DomainOrder;
  orderedAtMs: number;
  shipByMs: number;
  /** Lower-cased recipient name, product and option names, for search. */
  text: string;
}

function indexed(o: DomainOrder): IndexedOrder {
  const names = o.lines.map((l) => `${l.productName}\n${l.optionName ?? ''}`).join('\n');
  return {
    order: o,
    orderedAtMs: Date.parse(o.orderedAt),
    shipByMs: o.shipBy ? Date.parse(o.shipBy) : Number.MAX_SAFE_INTEGER,
    text: `${o.recipient.name}\n${names}`.toLowerCase(),
  };
}

function sortKey(x: IndexedOrder, sort: SortField): number {
  return sort === 'total' ? x.order.total.minor : sort === 'shipBy' ? x.shipByMs : x.orderedAtMs;
}

/**
 * The orders a list query reads, sorted once per change of the order set: each sort order (and
 * each tab in it) is built on first use and then answered by slicing, so opening the side panel
 * or switching a tab reads a window, not all orders. Filters (search, dates, accounts) scan the
 * already-sorted list once with precomputed fields.
 */
export class OrderIndex {
  readonly items: IndexedOrder[];
  readonly counts: Record<OrderTab, number>;
  private sorted = new Map<string, IndexedOrder[]>();

  constructor(orders: DomainOrder[]) {
    this.items = orders.map(indexed);
    this.counts = countByTab(this.items);
  }

  /** Every order in the given order; ties by key, ascending, whatever the direction. */
  inOrder(sort: SortField = 'orderedAt', dir: SortDir = 'desc'): IndexedOrder[] {
    const id = `${sort}:${dir}`;
    let list = this.sorted.get(id);
    if (!list) {
      const sign = dir === 'asc' ? 1 : -1;
      list = [...this.items].sort((a, b) => {
        const ka = sortKey(a, sort);
        const kb = sortKey(b, sort);
        if (ka !== kb) return ka < kb ? -sign : sign;
        return a.order.key < b.order.key ? -1 : 1;
      });
      this.sorted.set(id, list);
    }
    return list;
  }

  /** One tab's orders in the given order (kept, like the sorted lists). */
  inTab(tab: OrderTab, sort?: SortField, dir?: SortDir): IndexedOrder[] {
    const all = this.inOrder(sort, dir);
    if (tab === 'all') return all;
    const id = `${sort}:${dir}:${tab}`;
    let list = this.sorted.get(id);
    if (!list) {
      list = all.filter((x) => x.order.workState === tab);
      this.sorted.set(id, list);
    }
    return list;
  }
}

export function countByTab(items: IndexedOrder[]): Record<OrderTab, number> {
  const counts = Object.fromEntries(TABS.map((t) => [t, 0])) as Record<OrderTab, number>;
  for (const { order } of items) {
    counts.all++;
    if (order.workState in counts) counts[order.workState as OrderTab]++;
  }
  return counts;
}
