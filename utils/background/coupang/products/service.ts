import type { InflowView } from '../../../protocol/messages/products';
import type { CoreServices } from '../../core/core';
import { cacheDelete } from '../../store/cache';
import { cachedKind } from '../../store/cached-kind';
import type { CoupangClient } from '../api';
import type { CoupangClients } from '../client-factory';
import { Catalogue } from './catalogue';
import { type ProductOptionRecord, type ProductRecord, rejectionReason, toProductRecord } from './mapping';
import type { ItemInventory, ProductSummary } from './schemas';

export interface InflowRecord extends InflowView {
  fetchedAt: number;
}

const products = cachedKind<ProductRecord>('coupang.product');
const inflows = cachedKind<InflowRecord>('coupang.productInflow');
const INTERACTIVE = { priority: 'interactive' as const };

/** Runs `work` over `items` with at most `width` in flight (the vendor's queue sets the real pace). */
async function eachLimited<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * Reads the seller's products through the vendor's one rate-limited queue — the list, each
 * product's options, each approved option's stock/price/sale status, the reason of a denial —
 * and caches one record per product (reference TTL: no customer data). The list view reads the
 * cache through a Catalogue kept per account.
 */
export class ProductService {
  private catalogues = new Map<string, Promise<Catalogue>>();

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  /**
   * The account's catalogue, built from the cache once and kept while the cache holds the same
   * read of the products: each refresh writes the quota record with its time, so a quota record
   * that is gone (deleted with "Delete all data", a disconnect, or expired) or newer than the one
   * the catalogue was built from means the products changed under it, and it is built again.
   */
  async catalogue(accountKey: string): Promise<Catalogue> {
    const held = this.catalogues.get(accountKey);
    if (held) {
      const read = (await inflows.get(accountKey, 'inflow', this.core.now()))?.fetchedAt;
      if ((await held.catch(() => undefined))?.readAt !== read) this.catalogues.delete(accountKey);
    }
    let c = this.catalogues.get(accountKey);
    if (!c) {
      c = this.load(accountKey);
      this.catalogues.set(accountKey, c);
      c.catch(() => this.catalogues.delete(accountKey));
    }
    return c;
  }

  private async load(accountKey: string): Promise<Catalogue> {
    const now = this.core.now();
    const entries = await products.list(accountKey, now);
    const records = entries.map((e) => e.value).sort(newestFirst);
    const inflow = await inflows.get(accountKey, 'inflow', now);
    const fetchedAt = inflow?.fetchedAt ?? (entries.length ? Math.min(...entries.map((e) => e.storedAt)) : undefined);
    return new Catalogue(records, fetchedAt, inflow ? withoutTime(inflow) : undefined, inflow?.fetchedAt);
  }

  async refresh(accountKey: string): Promise<{ products: number; options: number; fetchedAt: number }> {
    const client = await this.clients.get(accountKey);
    const fetchedAt = this.core.now();
    const inflow = await client.products.inflowStatus(INTERACTIVE);
    const summaries = await listAll(client);
    const records: ProductRecord[] = [];
    await eachLimited(summaries, 3, async (s) => {
      records.push(await readProduct(client, s));
    });
    const ttl = (await this.core.settings.get()).cache;
    const before = (await products.list(accountKey, fetchedAt)).map((e) => e.value.sellerProductId);
    const live = new Set(records.map((r) => r.sellerProductId));
    for (const gone of before.filter((id) => !live.has(id))) await cacheDelete(products.kind, accountKey, gone);
    await products.putMany(
      records.map((r) => ({ accountKey, entityId: r.sellerProductId, value: r })),
      { now: fetchedAt, ttl },
    );
    await inflows.put(
      accountKey,
      'inflow',
      {
        ...(inflow.registeredCount !== undefined ? { registered: inflow.registeredCount } : {}),
        ...(inflow.permittedCount !== undefined ? { permitted: inflow.permittedCount } : {}),
        restricted: inflow.restricted === true,
        fetchedAt,
      },
      { now: fetchedAt, ttl },
    );
    this.catalogues.delete(accountKey);
    const catalogue = await this.catalogue(accountKey);
    return { products: records.length, options: catalogue.optionCount, fetchedAt };
  }

  /** An edit Coupang applied: the option's cached values follow, so the list shows them. */
  async applied(
    accountKey: string,
    vendorItemId: string,
    change: Partial<Pick<ProductOptionRecord, 'salePrice' | 'stock' | 'onSale'>>,
  ): Promise<void> {
    const catalogue = await this.catalogue(accountKey);
    catalogue.patch(vendorItemId, change);
    catalogue.invalidate();
    const record = catalogue.productOf(vendorItemId);
    if (!record) return;
    const ttl = (await this.core.settings.get()).cache;
    await products.put(accountKey, record.sellerProductId, record, { now: this.core.now(), ttl });
  }
}

function withoutTime(r: InflowRecord): InflowView {
  const { fetchedAt: _, ...view } = r;
  return view;
}

function newestFirst(a: ProductRecord, b: ProductRecord): number {
  const byDate = (b.createdAt ?? '').localeCompare(a.createdAt ?? '');
  return byDate || (BigInt(b.sellerProductId) > BigInt(a.sellerProductId) ? 1 : -1);
}

async function listAll(client: CoupangClient): Promise<ProductSummary[]> {
  const out: ProductSummary[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await client.products.list({ nextToken: token, maxPerPage: 100 }, INTERACTIVE);
    out.push(...page.products);
    // A repeated token would loop forever: treat it as the last page.
    token = page.nextToken && !seen.has(page.nextToken) ? page.nextToken : undefined;
    if (token) seen.add(token);
  } while (token);
  return out;
}

async function readProduct(client: CoupangClient, summary: ProductSummary): Promise<ProductRecord> {
  const product = await client.products.get(summary.sellerProductId, INTERACTIVE);
  const inventories = new Map<string, ItemInventory>();
  for (const item of product.items) {
    if (!item.vendorItemId) continue;
    inventories.set(item.vendorItemId, await client.products.getInventory(item.vendorItemId, INTERACTIVE));
  }
  const record = toProductRecord(summary, product, inventories);
  if (record.state !== 'DENIED') return record;
  const reason = rejectionReason(await client.products.histories(summary.sellerProductId, INTERACTIVE));
  return reason ? { ...record, rejection: reason } : record;
}
