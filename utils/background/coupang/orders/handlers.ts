import { accountKeyOf, parseOrderKey } from '../../../domain/keys';
import type { DomainOrder } from '../../../domain/order';
import { currentLocale } from '../../../i18n/locale';
import type { orderMessages } from '../../../protocol/messages/orders';
import type { CoreServices } from '../../core/core';
import { outboxView } from '../../handlers/orders';
import type { Handlers } from '../../messaging/dispatcher';
import type { OutboxRecord } from '../../store/db';
import { COURIERS, checkTrackingNumber, courierByCode, courierLabel } from '../api/couriers';
import { ACTIONS, type InvoicePayload, type StopShipmentPayload } from './actions';
import { validateInvoiceImport } from './invoice-import';

type OrderMessages = Pick<
  typeof orderMessages,
  'orders.acknowledge' | 'orders.uploadInvoices' | 'orders.stopShipment' | 'invoices.validate' | 'couriers.list'
>;

/** The Coupang order actions and the invoice tools (sync and outbox actions register in index.ts). */
export function coupangOrderHandlers(core: CoreServices): Handlers<OrderMessages> {
  /**
   * Queues one action per order through the outbox, grouped by vendor; orders that cannot take
   * the action get their own failed result instead of silently disappearing from the batch.
   */
  async function enqueue(
    action: string,
    keys: string[],
    build: (o: DomainOrder) => { targetId: string; payload: unknown } | { refuse: string },
  ) {
    const batchId = crypto.randomUUID();
    const records: OutboxRecord[] = [];
    const byAccount = new Map<string, Array<{ targetId: string; payload: unknown }>>();
    for (const key of keys) {
      const order = await core.orders.get(key);
      const parsed = parseOrderKey(key);
      if (order?.marketplace !== 'coupang') {
        // A 1688 order is never a Coupang action's target: say so rather than "not synced".
        const refusal =
          order || parsed?.marketplace === 'alibaba'
            ? { code: 'NOT_A_COUPANG_ORDER', message: 'This is a 1688 order; Coupang actions do not apply to it.' }
            : { code: 'ORDER_NOT_CACHED', message: 'This order is not in the synced list; sync and try again.' };
        records.push(
          await core.outbox.recordRefusal(
            parsed?.accountKey ?? key,
            action,
            { targetId: parsed?.shipmentId ?? key, payload: { orderKey: key } },
            batchId,
            refusal,
          ),
        );
        continue;
      }
      const item = build(order);
      if ('refuse' in item) {
        records.push(
          await core.outbox.recordRefusal(
            accountKeyOf(order),
            action,
            { targetId: order.shipmentId, payload: { orderKey: key } },
            batchId,
            { code: item.refuse },
          ),
        );
        continue;
      }
      byAccount.set(accountKeyOf(order), [...(byAccount.get(accountKeyOf(order)) ?? []), item]);
    }
    for (const [accountKey, items] of byAccount) {
      records.push(...(await core.outbox.enqueue(accountKey, action, items, batchId)));
      void core.outbox.process(accountKey);
    }
    return { batchId, items: records.map(outboxView) };
  }

  return {
    'orders.acknowledge': ({ keys }) =>
      enqueue(ACTIONS.acknowledge, keys, (o) => ({ targetId: o.shipmentId, payload: { orderKey: o.key } })),

    'orders.uploadInvoices': async ({ items, update }) => {
      const byKey = new Map(items.map((i) => [i.key, i]));
      return enqueue(update ? ACTIONS.updateInvoice : ACTIONS.uploadInvoice, [...byKey.keys()], (o) => {
        const input = byKey.get(o.key)!;
        const courier = courierByCode(input.courierCode);
        if (!courier) return { refuse: 'UNKNOWN_COURIER' };
        // The courier's own format (where Coupang publishes one), before anything is sent.
        const tracking = checkTrackingNumber(courier, input.trackingNumber);
        if (!tracking.ok) return { refuse: 'INVALID_TRACKING_NUMBER' };
        const vendorItemId = o.lines[0]?.itemId;
        if (!vendorItemId) return { refuse: 'NO_ITEM' };
        const payload: InvoicePayload = {
          orderKey: o.key,
          orderId: o.orderId,
          vendorItemId,
          courierCode: courier.code,
          trackingNumber: tracking.value,
        };
        return { targetId: o.shipmentId, payload };
      });
    },

    'orders.stopShipment': ({ keys }) =>
      enqueue(ACTIONS.stopShipment, keys, (o) => {
        if (!o.cancelRequest) return { refuse: 'NO_CANCEL_REQUEST' };
        const payload: StopShipmentPayload = {
          orderKey: o.key,
          shipmentBoxId: o.shipmentId,
          cancelCount: o.cancelRequest.cancelCount,
        };
        return { targetId: o.cancelRequest.receiptId, payload };
      }),

    'invoices.validate': async ({ text, accountKey }) => {
      const orders = (await core.orders.all()).filter(
        (o) => o.marketplace === 'coupang' && (!accountKey || accountKeyOf(o) === accountKey),
      );
      return validateInvoiceImport(text, orders);
    },

    'couriers.list': async () => {
      const lang = (await core.settings.get()).language;
      const korean = currentLocale(lang) === 'ko';
      return {
        couriers: COURIERS.map((c) => ({ code: c.code, name: courierLabel(c, korean), rule: c.rule })),
      };
    },
  };
}
