import type { DomainOrder } from '../../../domain/order';
import type { orderSheetMessages } from '../../../protocol/messages/order-sheets';
import type { CoreServices } from '../../core/core';
import type { Handlers } from '../../messaging/dispatcher';
import { pickList } from './pick-list';
import { awaitsShipment, shippingSheetRow } from './shipping-sheet';

type Skip = { key: string; orderId?: string; reason: 'notFound' | 'notAwaitingShipment' };

/** The pick list and the shipping sheet of a selection, from the cache (no marketplace call). */
export function orderSheetHandlers(core: CoreServices): Handlers<typeof orderSheetMessages> {
  /** The selected orders still in the cache, in the order selected; the rest as skips. */
  const load = async (keys: readonly string[]) => {
    const found: DomainOrder[] = [];
    const skipped: Skip[] = [];
    for (const key of new Set(keys)) {
      const o = await core.orders.get(key);
      if (o) found.push(o);
      else skipped.push({ key, reason: 'notFound' });
    }
    return { found, skipped };
  };

  return {
    'orders.pickList': async ({ keys }) => {
      const { found, skipped } = await load(keys);
      return { ...pickList(found), skipped, generatedAt: core.now() };
    },
    'orders.shippingSheet': async ({ keys }) => {
      const { found, skipped } = await load(keys);
      const shippable = found.filter(awaitsShipment);
      for (const o of found)
        if (!awaitsShipment(o)) skipped.push({ key: o.key, orderId: o.orderId, reason: 'notAwaitingShipment' });
      // Never logged, never stored: the rows go straight back to the page that builds the file.
      return { rows: shippable.map(shippingSheetRow), skipped };
    },
  };
}
