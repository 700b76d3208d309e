import type { catalogMessages } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import type { Handlers } from '../../messaging/dispatcher';
import type { CoupangClients } from '../client-factory';
import { placeAction } from './actions';
import { PlacesService } from './service';

type PlaceMessages = Pick<typeof catalogMessages, 'catalog.places.list' | 'catalog.places.save'>;

/** Outbound shipping places and return centres: list, create and edit (writes through the outbox). */
export function coupangLogisticsFeature(core: CoreServices, clients: CoupangClients): Handlers<PlaceMessages> {
  core.outbox.register(placeAction(clients));
  const service = new PlacesService(core, clients);
  return {
    'catalog.places.list': ({ accountKey }) => service.list(accountKey),
    'catalog.places.save': ({ accountKey, place }) => service.save(accountKey, place),
  };
}
