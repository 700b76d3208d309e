import type { RgOrderRow } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import { SingleFlight } from '../../core/single-flight';
import { cachedKind } from '../../store/cached-kind';
import type { CoupangClient } from '../api';
import { addDays, kstDate } from '../api/kst';
import type { CoupangClients } from '../client-factory';
import type { RgOrder } from './schemas';
import { type RgStockItem, type RgStockRecord, stockRows } from './stock';

const stock = cachedKind<RgStockRecord>('coupang.rgStock');
/** Pages of one walk at most (50 items a page): a bound, so a looping token cannot run forever. */
const MAX_PAGES = 400;

/**
 * Rocket Growth stock and orders. Every call runs on the vendor queue's Rocket Growth lane, which
 * holds Coupang's 50 calls/min cap (the lane allows 45), so a long walk slows down instead of
 * meeting a 429. The walk's result is cached with the reference TTL; refresh walks again.
 */
export class RocketGrowthService {
  private walks = new SingleFlight<RgStockRecord>();

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  async stock(accountKey: string, refresh = false) {
    const now = this.core.now();
    const cached = refresh ? undefined : await stock.get(accountKey, 'all', now);
    const record = cached ?? (await this.walks.run(accountKey, () => this.walk(accountKey)));
    const { reorderDays } = (await this.core.settings.get()).rocketGrowth;
    return {
      rows: stockRows(record.items, reorderDays),
      reorderDays,
      fetchedAt: record.fetchedAt,
      calls: record.calls,
    };
  }

  /** Inventory pages, then the last 30 days of orders for the product names (inventory has none). */
  private async walk(accountKey: string): Promise<RgStockRecord> {
    const client = await this.clients.get(accountKey);
    let calls = 0;
    const items: RgStockItem[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const got = await client.rocketGrowth.inventorySummaries(token ? { nextToken: token } : {}, {
        priority: 'interactive',
      });
      calls++;
      for (const i of got.items)
        items.push({
          vendorItemId: i.vendorItemId,
          ...(i.externalSkuId ? { sku: i.externalSkuId } : {}),
          stock: i.inventoryDetails?.totalOrderableQuantity ?? 0,
          sales30: i.salesCountMap?.SALES_COUNT_LAST_THIRTY_DAYS ?? 0,
        });
      if (!got.nextToken || seen.has(got.nextToken)) break;
      seen.add(got.nextToken);
      token = got.nextToken;
    }
    const recent = await this.ordersOf(client, this.last30Days());
    calls += recent.calls;
    const names = new Map<string, string>();
    for (const o of recent.orders)
      for (const l of o.orderItems) if (l.productName) names.set(l.vendorItemId, l.productName);
    for (const i of items) {
      const name = names.get(i.vendorItemId);
      if (name) i.name = name;
    }
    const record: RgStockRecord = { fetchedAt: this.core.now(), calls, items };
    const ttl = (await this.core.settings.get()).cache;
    await stock.put(accountKey, 'all', record, { now: record.fetchedAt, ttl });
    return record;
  }

  private last30Days() {
    const to = kstDate(this.core.now());
    return { from: addDays(to, -29), to };
  }

  private async ordersOf(client: CoupangClient, window: { from: string; to: string }) {
    const orders: RgOrder[] = [];
    const seen = new Set<string>();
    let calls = 0;
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const got = await client.rocketGrowth.listOrders(
        { ...window, ...(token ? { nextToken: token } : {}) },
        { priority: 'interactive' },
      );
      calls++;
      orders.push(...got.orders);
      if (!got.nextToken || seen.has(got.nextToken)) break;
      seen.add(got.nextToken);
      token = got.nextToken;
    }
    return { orders, calls };
  }

  async orders(accountKey: string, window: { from: string; to: string }): Promise<{ orders: RgOrderRow[] }> {
    const client = await this.clients.get(accountKey);
    const { orders } = await this.ordersOf(client, window);
    return {
      orders: orders
        .map((o) => ({
          orderId: o.orderId,
          ...(o.paidAt ? { paidAt: o.paidAt } : {}),
          lines: o.orderItems.map((l) => ({
            vendorItemId: l.vendorItemId,
            ...(l.productName ? { name: l.productName } : {}),
            quantity: l.salesQuantity ?? 0,
            ...unitAmount(l.unitSalesPrice ?? l.salesPrice, l.salesQuantity ?? 0),
          })),
        }))
        .sort((a, b) => ((a.paidAt ?? '') < (b.paidAt ?? '') ? 1 : -1)),
    };
  }
}

/** A line's amount in won: the unit price (KRW has no minor unit) times the quantity. */
function unitAmount(price: { minor: number } | undefined, quantity: number): { amount?: number } {
  return price ? { amount: price.minor * quantity } : {};
}
