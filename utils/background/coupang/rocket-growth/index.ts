import type { catalogMessages } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import type { Handlers } from '../../messaging/dispatcher';
import type { CoupangClients } from '../client-factory';
import { RocketGrowthService } from './service';

type RgMessages = Pick<typeof catalogMessages, 'catalog.rg.stock' | 'catalog.rg.orders'>;

/** Rocket Growth stock (days of cover, reorder flag) and orders, on the queue's 50/min lane. Reads only. */
export function coupangRocketGrowthFeature(core: CoreServices, clients: CoupangClients): Handlers<RgMessages> {
  const service = new RocketGrowthService(core, clients);
  return {
    'catalog.rg.stock': ({ accountKey, refresh }) => service.stock(accountKey, refresh),
    'catalog.rg.orders': ({ accountKey, from, to }) => service.orders(accountKey, { from, to }),
  };
}
