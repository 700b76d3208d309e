import { accountKeyOf } from '../../../domain/keys';
import type { DomainOrder } from '../../../domain/order';
import type { CoreServices } from '../../core/core';
import { projectOrder } from '../../privacy/projections';
import type { AlibabaClients } from '../clients';

/**
 * The 1688 order lists leave the recipient out (C5: `needBuyerAddressAndPhone` stays false for
 * the hundreds of orders a sync reads). When the seller opens one order — its detail in the side
 * panel or its trade-order page's helper — that order's detail is read once through the member's
 * queue (`alibaba.trade.get.sellerView` / `.buyerView`) and cached as every order is (projected,
 * encrypted, the PII TTL), so its recipient is there, masked, and the timed reveal has something
 * to reveal. A failed read leaves the order as it was: the view still shows what the list gave.
 */
export function createOrderCompleter(core: CoreServices, clients: AlibabaClients) {
  /** Orders read in this worker's life whose detail had no recipient either: not asked again. */
  const read = new Set<string>();
  return async function completeOrder(o: DomainOrder): Promise<DomainOrder> {
    if (o.marketplace !== 'alibaba' || o.recipient.name || read.has(o.key)) return o;
    const accountKey = accountKeyOf(o);
    try {
      const conn = await clients.get(accountKey);
      const fresh = await conn.queue.run(
        (signal) =>
          o.role === 'seller'
            ? conn.client.getSellerOrder(o.orderId, { signal })
            : conn.client.getBuyerOrder(o.orderId, { signal }),
        { priority: 'interactive' },
      );
      read.add(o.key);
      const ttl = (await core.settings.get()).cache.piiTtlMinutes * 60_000;
      await core.orders.upsertMany(accountKey, [projectOrder(fresh)], ttl);
      return (await core.orders.get(o.key)) ?? o;
    } catch {
      return o;
    }
  };
}
