import type { CoreServices } from '../../core/core';
import type { CoupangClients } from '../client-factory';
import { createProductActions } from './actions';
import { productHandlers } from './handlers';
import { ProductService } from './service';

/**
 * Coupang products: the option list (read on demand through the vendor's queue and cached with the
 * reference TTL), price/stock/sale edits and product creation as outbox actions. No sync job: the
 * seller refreshes the list when they open it.
 */
export function coupangProductsFeature(core: CoreServices, clients: CoupangClients) {
  const service = new ProductService(core, clients);
  const actions = createProductActions(clients, service);
  core.outbox.register(actions.setPrice);
  core.outbox.register(actions.setStock);
  core.outbox.register(actions.setSale);
  core.outbox.register(actions.createProduct);
  // The products area's first rows: each account's list built from the cache before it is opened.
  core.warmUp.register('products', async () => {
    for (const a of await core.accounts.list()) if (a.marketplace === 'coupang') await service.catalogue(a.accountKey);
  });
  return productHandlers(core, clients, service);
}
