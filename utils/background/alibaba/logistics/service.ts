import { accountKeyOf } from '../../../domain/keys';
import { HandledError } from '../../../protocol/envelope';
import type { LogisticsReply } from '../../../protocol/messages/alibaba';
import type { CoreServices } from '../../core/core';
import { isAlibabaApiError, type LogisticsShipment, type LogisticsTrace } from '../api';
import type { AlibabaClients } from '../clients';
import { alibabaError } from '../errors';

/**
 * Parcels and tracking steps of a cached 1688 order, asked in the order's own view (seller view
 * for sales, buyer view for purchases). Not shipped yet is an answer, not an error. Nothing is
 * cached: trace remarks can name couriers and their phones.
 */
export class LogisticsService {
  constructor(
    private core: CoreServices,
    private clients: AlibabaClients,
  ) {}

  async get(orderKey: string): Promise<LogisticsReply> {
    const order = await this.core.orders.get(orderKey);
    if (!order)
      throw new HandledError('invalid_request', 'This order is no longer cached; sync again.', 'orderNotCached');
    if (order.marketplace !== 'alibaba') {
      throw alibabaError('invalid_request', 'orderNotAlibaba', 'This is not a 1688 order.');
    }
    const conn = await this.clients.get(accountKeyOf(order));
    const view = order.role;
    let shipments: LogisticsShipment[] = [];
    let traces: LogisticsTrace[] = [];
    let notShipped = false;
    try {
      shipments = await conn.queue.run((s) => conn.client.getLogistics(view, order.orderId, { signal: s }), {
        priority: 'interactive',
        dedupeKey: `logistics:${orderKey}`,
      });
    } catch (e) {
      if (!isAlibabaApiError(e, 'notShipped')) throw e;
      notShipped = true;
    }
    if (!notShipped) {
      try {
        traces = await conn.queue.run((s) => conn.client.getLogisticsTrace(view, order.orderId, { signal: s }), {
          priority: 'interactive',
          dedupeKey: `trace:${orderKey}`,
        });
      } catch (e) {
        // No scans yet, or too old for tracking: the parcels are still worth showing.
        if (!isAlibabaApiError(e) || !['noTracking', 'notShipped', 'orderTooOld'].includes(e.kind)) throw e;
      }
    }
    return { orderKey, role: view, notShipped, shipments, traces };
  }
}
