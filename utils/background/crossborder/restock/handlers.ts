import type { restockMessages } from '../../../protocol/messages/crossborder-restock';
import type { Handlers } from '../../messaging/dispatcher';
import type { RestockService } from './service';

export function restockHandlers(restock: RestockService): Handlers<typeof restockMessages> {
  return {
    'restock.plan': () => restock.plan(),
    'restock.refresh': () => restock.refresh(),
    'restock.preview': (req, sender) => restock.preview(req, sender),
    'restock.create': (req, sender) => restock.create(req, sender),
    'restock.markReceived': ({ idempotencyKey, received }) => restock.markReceived(idempotencyKey, received),
  };
}
