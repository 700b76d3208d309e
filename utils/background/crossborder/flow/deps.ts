import type { alibabaMessages } from '../../../protocol/messages/alibaba';
import type { catalogMessages } from '../../../protocol/messages/catalog';
import type { orderMessages } from '../../../protocol/messages/orders';
import type { productMessages } from '../../../protocol/messages/products';
import type { CoreServices } from '../../core/core';
import type { SideReads } from '../../coupang/orders/side-reads';
import type { Handler } from '../../messaging/dispatcher';

/**
 * What the cross-border feature uses of the two marketplace modules: their own message handlers
 * (purchase creation with its idempotency and outbox, offers, logistics, the Coupang invoice and
 * acknowledge actions), so every 1688 and Coupang call still goes through the vendor's queue and
 * every write through the outbox the module registered.
 */
type A = typeof alibabaMessages;
type O = typeof orderMessages;
type P = typeof productMessages;
type C = typeof catalogMessages;
export interface CrossborderDeps {
  core: CoreServices;
  purchasePreview: Handler<A['purchase.preview']>;
  purchaseCreate: Handler<A['purchase.create']>;
  purchaseStatus: Handler<A['purchase.status']>;
  offersGet: Handler<A['offers.get']>;
  logistics: Handler<A['alibaba.logistics']>;
  uploadInvoices: Handler<O['orders.uploadInvoices']>;
  acknowledge: Handler<O['orders.acknowledge']>;
  productsCreate: Handler<P['products.create']>;
  /** Reads each Coupang order sync makes afterwards (listing drafts waiting for approval join them). */
  coupangSideReads: Pick<SideReads, 'register'>;
  productsStatus: Handler<P['products.status']>;
  /** The restock plan's Coupang stock: the cached products list, its refresh, Rocket Growth stock. */
  productsList: Handler<P['products.list']>;
  productsRefresh: Handler<P['products.refresh']>;
  rgStock: Handler<C['catalog.rg.stock']>;
}

/** A best-effort read: what a handler answers, or undefined when it fails (the view says "unknown"). */
export async function bestEffort<T>(read: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}
