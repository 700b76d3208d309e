import type { DomainOrder, MarketplaceId } from '../../domain/order';
import { listStateOf } from '../../domain/order-status';
import type { OrderListQuery, OrderTab } from '../../protocol/messages/orders';
import { MARKET_TABS } from '../../ui/order-state';

export type SortField = NonNullable<OrderListQuery['sort']>;
export type SortDir = NonNullable<OrderListQuery['dir']>;
export type Market = MarketplaceId;

/** One order with what list queries compare, computed once per order, not once per comparison. */
export interface IndexedOrder {
  order: DomainOrder;
  /** The tab it is listed under (its marketplace's state table), if any besides "all". */
  listed: OrderTab | undefined;
  orderedAtMs: number;
  shipByMs: number;
  /** Lower-cased recipient name, product and option names, for search. */
  text: string;
}

function indexed(o: DomainOrder): IndexedOrder {
  const names = o.lines.map((l) => `${l.productName}\n${l.optionName ?? ''}`).join('\n');
  return {
    order: o,
    listed: listStateOf(o),
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
  private counted = new Map<Market, Partial<Record<OrderTab, number>>>();
  private sorted = new Map<string, IndexedOrder[]>();

  constructor(orders: DomainOrder[]) {
    this.items = orders.map(indexed);
  }

  /** Orders per tab of one marketplace (kept). */
  counts(market: Market): Partial<Record<OrderTab, number>> {
    let c = this.counted.get(market);
    if (!c) {
      c = countByTab(this.items, market);
      this.counted.set(market, c);
    }
    return c;
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

  /** One marketplace's tab, in the given order (kept, like the sorted lists). */
  inTab(market: Market, tab: OrderTab, sort?: SortField, dir?: SortDir): IndexedOrder[] {
    const id = `${sort}:${dir}:${market}:${tab}`;
    let list = this.sorted.get(id);
    if (!list) {
      list = this.inOrder(sort, dir).filter((x) => inTab(x, market, tab));
      this.sorted.set(id, list);
    }
    return list;
  }
}

/** Whether an order belongs to a marketplace's tab ("all": every order of that marketplace). */
export function inTab(x: IndexedOrder, market: Market, tab: OrderTab): boolean {
  return x.order.marketplace === market && (tab === 'all' || x.listed === tab);
}

/** Orders per tab of one marketplace: every tab present, 0 when empty. */
export function countByTab(items: IndexedOrder[], market: Market): Partial<Record<OrderTab, number>> {
  const counts: Partial<Record<OrderTab, number>> = Object.fromEntries(MARKET_TABS[market].map((t) => [t, 0]));
  for (const x of items) {
    if (x.order.marketplace !== market) continue;
    counts.all = (counts.all ?? 0) + 1;
    if (x.listed && x.listed in counts) counts[x.listed] = (counts[x.listed] ?? 0) + 1;
  }
  return counts;
}
