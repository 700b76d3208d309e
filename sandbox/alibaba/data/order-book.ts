import { Rng } from '../../core/rng';
import type { OfferCatalog } from './catalog';
import { OrderIdCodec } from './ids';
import { ORDER_STATUSES, type Order, type OrderStatus } from './model';
import { generateOrder } from './order-gen';
import type { SeededOrderSet } from './order-set';

export type OrderRole = 'seller' | 'buyer';

export interface OrderFilter {
  status?: OrderStatus;
  createFrom?: number;
  createTo?: number;
  modifyFrom?: number;
  modifyTo?: number;
  /** isHis: true = only orders created before `historyBeforeMs`, false = only after. */
  history?: boolean;
  historyBeforeMs?: number;
  /** Filters that need the whole order (product name, counterparty, ids); slower. */
  predicate?: (o: Order) => boolean;
}

export interface OrderPage {
  total: number;
  orders: Order[];
}

const partyOf = (o: Order, role: OrderRole) => (role === 'seller' ? o.seller : o.buyer);

/**
 * All orders: the seeded sets (columns + regenerated detail + patched overrides) and the orders
 * created later (fastCreateOrder, control API), which are listed for both their seller and buyer.
 */
export class OrderBook {
  private readonly sets = new Map<string, SeededOrderSet>();
  private readonly added = new Map<string, Order>();
  private readonly addedIds: OrderIdCodec;
  private addedCount = 0;

  constructor(
    private readonly catalog: OfferCatalog,
    seededSets: readonly SeededOrderSet[],
    seed: number,
  ) {
    for (const set of seededSets) this.sets.set(`${set.member.memberId}:${set.role}`, set);
    const rng = new Rng(seed ^ 0x5eed);
    const taken = new Set(seededSets.map((s) => s.codec.prefix));
    let prefix = `3${rng.digits(3)}`;
    while (taken.has(prefix)) prefix = `3${rng.digits(3)}`;
    this.addedIds = new OrderIdCodec(prefix, rng);
  }

  set(memberId: string, role: OrderRole): SeededOrderSet | undefined {
    return this.sets.get(`${memberId}:${role}`);
  }

  get(orderId: string): Order | undefined {
    const added = this.added.get(orderId);
    if (added) return added;
    for (const set of this.sets.values()) {
      const i = set.indexOf(orderId);
      if (i >= 0) return set.overrides.get(i) ?? generateOrder(set, i, this.catalog);
    }
    return undefined;
  }

  /** Stores a changed order (a patch) so later reads and list filters see it. */
  save(order: Order): void {
    if (this.added.has(order.orderId)) {
      this.added.set(order.orderId, order);
      return;
    }
    for (const set of this.sets.values()) {
      const i = set.indexOf(order.orderId);
      if (i < 0) continue;
      set.overrides.set(i, order);
      set.status[i] = ORDER_STATUSES.indexOf(order.status);
      set.modifyMs[i] = order.modifyMs;
      return;
    }
    throw new Error(`unknown order ${order.orderId}`);
  }

  newOrderId(): string {
    return this.addedIds.encode(this.addedCount++);
  }

  add(order: Order): void {
    this.added.set(order.orderId, order);
  }

  /** One page of a member's orders in a role, newest first, and the total that matched. */
  list(memberId: string, role: OrderRole, filter: OrderFilter, page: number, pageSize: number): OrderPage {
    const set = this.set(memberId, role);
    const seeded: number[] = [];
    if (set) {
      const statusIndex = filter.status ? ORDER_STATUSES.indexOf(filter.status) : -1;
      for (let i = 0; i < set.count; i++) {
        if (statusIndex >= 0 && set.status[i] !== statusIndex) continue;
        if (!inWindow(set.createMs[i], set.modifyMs[i], filter)) continue;
        if (filter.predicate && !filter.predicate(this.seededAt(set, i))) continue;
        seeded.push(i);
      }
    }
    const added = [...this.added.values()]
      .filter(
        (o) =>
          partyOf(o, role).memberId === memberId &&
          (!filter.status || o.status === filter.status) &&
          inWindow(o.createMs, o.modifyMs, filter) &&
          (!filter.predicate || filter.predicate(o)),
      )
      .sort((a, b) => b.createMs - a.createMs);

    // Merge the two newest-first lists just far enough to cut out the requested page.
    const from = (page - 1) * pageSize;
    const orders: Order[] = [];
    let s = 0;
    let a = 0;
    for (let n = 0; n < from + pageSize && (s < seeded.length || a < added.length); n++) {
      const takeAdded =
        a < added.length && (s >= seeded.length || added[a].createMs >= (set?.createMs[seeded[s]] ?? 0));
      if (takeAdded) {
        if (n >= from) orders.push(added[a]);
        a++;
      } else {
        if (n >= from && set) orders.push(this.seededAt(set, seeded[s]));
        s++;
      }
    }
    return { total: seeded.length + added.length, orders };
  }

  private seededAt(set: SeededOrderSet, i: number): Order {
    return set.overrides.get(i) ?? generateOrder(set, i, this.catalog);
  }
}

function inWindow(createMs: number, modifyMs: number, f: OrderFilter): boolean {
  if (f.createFrom !== undefined && createMs < f.createFrom) return false;
  if (f.createTo !== undefined && createMs > f.createTo) return false;
  if (f.modifyFrom !== undefined && modifyMs < f.modifyFrom) return false;
  if (f.modifyTo !== undefined && modifyMs > f.modifyTo) return false;
  if (f.history !== undefined && f.historyBeforeMs !== undefined) {
    if (f.history !== createMs < f.historyBeforeMs) return false;
  }
  return true;
}
