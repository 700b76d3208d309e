import type { catalogMessages } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import type { Handlers } from '../../messaging/dispatcher';
import type { CoupangClients } from '../client-factory';
import { CategoryService } from './service';

type CategoryMessages = Pick<
  typeof catalogMessages,
  'catalog.categories.browse' | 'catalog.categories.meta' | 'catalog.categories.recommend'
>;

/** Categories: the tree (reference data, fetched at most once a day), meta, recommendation. Reads only. */
export function coupangCategoriesFeature(core: CoreServices, clients: CoupangClients): Handlers<CategoryMessages> {
  const service = new CategoryService(core, clients);
  return {
    'catalog.categories.browse': ({ accountKey, parent, query }) => service.browse(accountKey, { parent, query }),
    'catalog.categories.meta': ({ accountKey, code }) => service.meta(accountKey, code),
    'catalog.categories.recommend': ({ accountKey, productName, brand }) =>
      service.recommend(accountKey, productName, brand),
  };
}
