import { z } from 'zod';
import {
  applied,
  defineOutboxAction,
  type OutboxItem,
  type OutboxResult,
  rejected,
  type Verdict,
} from '../../outbox/action';
import type { CoupangClient } from '../api';
import { toSendFailure } from '../api/send-failure';
import type { CoupangClients } from '../client-factory';
import type { ItemInventory } from './schemas';
import type { ProductService } from './service';

/** Payloads the product actions store in the outbox: ids, amounts and the product body — no PII. */
const vendorItemId = z.lazy(() => z.string().regex(/^\d{1,30}$/));
export const pricePayload = z.lazy(() =>
  z.object({ vendorItemId, price: z.number().int().positive(), force: z.boolean() }),
);
export const stockPayload = z.lazy(() => z.object({ vendorItemId, stock: z.number().int().min(0) }));
export const salePayload = z.lazy(() => z.object({ vendorItemId, onSale: z.boolean() }));
export const createPayload = z.lazy(() =>
  z.object({
    /** The first option's seller SKU: what an unanswered create is looked up by. */
    sellerSku: z.string().min(1),
    productName: z.string(),
    body: z.record(z.string(), z.unknown()),
  }),
);
export type CreatePayload = z.infer<typeof createPayload>;

export const PRODUCT_ACTIONS = {
  setPrice: 'coupang.setPrice',
  setStock: 'coupang.setStock',
  setSale: 'coupang.setSale',
  createProduct: 'coupang.createProduct',
} as const;

const INTERACTIVE = { priority: 'interactive' as const };

export function createProductActions(clients: CoupangClients, service: ProductService) {
  /** One call per item: Coupang's option writes take one option each. */
  async function sendOne<P>(
    accountKey: string,
    item: OutboxItem<P>,
    call: (c: CoupangClient, p: P) => Promise<unknown>,
    after?: (p: P) => Promise<void>,
  ): Promise<Map<string, OutboxResult>> {
    const client = await clients.get(accountKey);
    try {
      await call(client, item.payload);
    } catch (e) {
      const failure = toSendFailure(e);
      if (failure.failure.kind !== 'rejected') throw failure;
      return new Map([[item.id, rejected(failure.failure.code, failure.failure.message)]]);
    }
    await after?.(item.payload);
    return new Map([[item.id, applied()]]);
  }

  /** Reads each option's inventory: the write shows there once Coupang applied it. */
  const byInventory =
    <P extends { vendorItemId: string }>(shows: (inv: ItemInventory, p: P) => boolean) =>
    async (accountKey: string, items: OutboxItem<P>[]): Promise<Map<string, Verdict>> => {
      const client = await clients.get(accountKey);
      const out = new Map<string, Verdict>();
      for (const r of items) {
        try {
          const inv = await client.products.getInventory(r.payload.vendorItemId, { priority: 'normal' });
          out.set(r.id, shows(inv, r.payload) ? 'applied' : 'notApplied');
        } catch {
          out.set(r.id, 'unknown');
        }
      }
      return out;
    };

  const setPrice = defineOutboxAction({
    type: PRODUCT_ACTIONS.setPrice,
    payload: pricePayload,
    batchSize: 1,
    send: (accountKey, [item]) =>
      sendOne(
        accountKey,
        item!,
        (c, p) => c.products.setPrice(p.vendorItemId, p.price, p.force, INTERACTIVE),
        (p) => service.applied(accountKey, p.vendorItemId, { salePrice: p.price }),
      ),
    reconcile: byInventory((inv, p) => inv.salePrice?.minor === p.price),
  });

  const setStock = defineOutboxAction({
    type: PRODUCT_ACTIONS.setStock,
    payload: stockPayload,
    batchSize: 1,
    send: (accountKey, [item]) =>
      sendOne(
        accountKey,
        item!,
        (c, p) => c.products.setStock(p.vendorItemId, p.stock, INTERACTIVE),
        (p) => service.applied(accountKey, p.vendorItemId, { stock: p.stock }),
      ),
    reconcile: byInventory((inv, p) => inv.amountInStock === p.stock),
  });

  const setSale = defineOutboxAction({
    type: PRODUCT_ACTIONS.setSale,
    payload: salePayload,
    batchSize: 1,
    send: (accountKey, [item]) =>
      sendOne(
        accountKey,
        item!,
        (c, p) =>
          p.onSale
            ? c.products.resumeSale(p.vendorItemId, INTERACTIVE)
            : c.products.stopSale(p.vendorItemId, INTERACTIVE),
        (p) => service.applied(accountKey, p.vendorItemId, { onSale: p.onSale }),
      ),
    reconcile: byInventory((inv, p) => inv.onSale === p.onSale),
  });

  /**
   * Product creation, exactly once: Coupang has no idempotency key, so an unanswered create is
   * never sent again blindly — the outbox looks the product up by its seller SKU (coupang-api.md
   * §4.3: "look up by externalVendorSku, ≥1 min later"), and only a settled "not there" resends.
   */
  const createProduct = defineOutboxAction({
    type: PRODUCT_ACTIONS.createProduct,
    payload: createPayload,
    batchSize: 1,
    settleMs: 60_000,
    send: (accountKey, [item]) => sendOne(accountKey, item!, (c, p) => c.products.create(p.body, INTERACTIVE)),
    reconcile: (accountKey, items) => reconcileBySku(clients, accountKey, items),
  });

  return { setPrice, setStock, setSale, createProduct };
}

/** A create was applied when a product holding its seller SKU exists. */
export async function reconcileBySku(
  clients: Pick<CoupangClients, 'get'>,
  accountKey: string,
  items: OutboxItem<CreatePayload>[],
): Promise<Map<string, Verdict>> {
  const client = await clients.get(accountKey);
  const out = new Map<string, Verdict>();
  for (const r of items) {
    try {
      const found = await client.products.findBySellerSku(r.payload.sellerSku, { priority: 'normal' });
      out.set(r.id, found.length ? 'applied' : 'notApplied');
    } catch {
      out.set(r.id, 'unknown');
    }
  }
  return out;
}
