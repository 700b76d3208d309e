import { z } from 'zod';
import type { DomainOrder } from '../../../domain/order';
import type { CoreServices } from '../../core/core';
import {
  applied,
  defineOutboxAction,
  type OutboxItem,
  type OutboxResult,
  rejected,
  unknownOutcome,
  type Verdict,
} from '../../outbox/action';
import { type BatchResult, type CoupangClient, NO_RESULT } from '../api';
import { toSendFailure } from '../api/send-failure';
import type { CoupangClients } from '../client-factory';
import { lookUpBoxes } from './box-lookup';
import type { OrderStatus } from './schemas';

/** Payloads the Coupang actions store in the outbox (no PII: ids, courier, tracking number). */
const idText = z.lazy(() => z.string().regex(/^\d{1,30}$/));
const ackPayload = z.lazy(() => z.object({ orderKey: z.string() }));
export const invoicePayload = z.lazy(() =>
  z.object({
    orderKey: z.string(),
    orderId: idText,
    vendorItemId: idText,
    courierCode: z.string().min(1),
    trackingNumber: z.string().min(1),
  }),
);
export const stopShipmentPayload = z.lazy(() =>
  z.object({
    orderKey: z.string(),
    shipmentBoxId: idText,
    cancelCount: z.number().int().positive(),
  }),
);
export type AckPayload = z.infer<typeof ackPayload>;
export type InvoicePayload = z.infer<typeof invoicePayload>;
export type StopShipmentPayload = z.infer<typeof stopShipmentPayload>;

export const ACTIONS = {
  acknowledge: 'coupang.acknowledge',
  uploadInvoice: 'coupang.uploadInvoice',
  updateInvoice: 'coupang.updateInvoice',
  stopShipment: 'coupang.stopShipment',
} as const;

const INTERACTIVE = { priority: 'interactive' as const };

function byTarget(items: OutboxItem<unknown>[], result: BatchResult): Map<string, OutboxResult> {
  const map = new Map(result.items.map((i) => [i.id, i]));
  return new Map(
    items.map((r): [string, OutboxResult] => {
      const res = map.get(r.targetId);
      // Not in Coupang's answer: it may or may not have been applied; the outbox looks it up.
      if (!res || res.code === NO_RESULT) return [r.id, unknownOutcome(NO_RESULT, res?.message)];
      return [
        r.id,
        res.ok ? applied(res.code ?? 'OK') : rejected(res.code ?? 'FAILED', res.message, res.retryRequired),
      ];
    }),
  );
}

/** Marketplace states after which an action is known to have been applied. */
const AFTER_ACK = new Set(['INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);
const AFTER_INVOICE = new Set(['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);

export function createCoupangActions(core: CoreServices, clients: CoupangClients) {
  const ttl = async () => (await core.settings.get()).cache.piiTtlMinutes * 60_000;

  /** Re-reads boxes after a write (addresses may have changed before acknowledgement) and stores them. */
  async function reread(accountKey: string, client: CoupangClient, ids: string[]): Promise<void> {
    const fresh: DomainOrder[] = [];
    for (const id of ids) {
      try {
        fresh.push(await client.orders.getByShipmentBoxId(id, INTERACTIVE));
      } catch {
        // The write's result stands; the next sync brings the box up to date.
      }
    }
    if (fresh.length) await core.orders.upsertMany(accountKey, fresh, await ttl());
  }

  async function send<P>(
    accountKey: string,
    items: OutboxItem<P>[],
    call: (c: CoupangClient) => Promise<BatchResult>,
  ): Promise<Map<string, OutboxResult>> {
    const client = await clients.get(accountKey);
    let result: BatchResult;
    try {
      result = await call(client);
    } catch (e) {
      throw toSendFailure(e);
    }
    const results = byTarget(items, result);
    await reread(
      accountKey,
      client,
      items.filter((r) => results.get(r.id)?.outcome === 'applied').map((r) => r.targetId),
    );
    return results;
  }

  /**
   * Reconciles unsettled writes in one batched look (see box-lookup.ts): the boxes' dates come from
   * the cached orders; `statuses` are where an applied write moved them, then where one not applied
   * left them; `verdict` reads each box.
   */
  const reconcileBy =
    <P extends { orderKey: string }>(
      statuses: readonly OrderStatus[],
      verdict: (o: DomainOrder, r: OutboxItem<P>) => boolean | undefined,
    ) =>
    async (accountKey: string, items: OutboxItem<P>[]): Promise<Map<string, Verdict>> => {
      const client = await clients.get(accountKey);
      const boxes = await Promise.all(
        items.map(async (r) => {
          const cached = await core.orders.get(r.payload.orderKey);
          return { shipmentBoxId: r.targetId, ...(cached ? { orderedAt: cached.orderedAt } : {}) };
        }),
      );
      const { found } = await lookUpBoxes(client.orders, boxes, statuses);
      if (found.size) await core.orders.upsertMany(accountKey, [...found.values()], await ttl());
      return new Map(
        items.map((r): [string, Verdict] => {
          const o = found.get(r.targetId);
          const v = o ? verdict(o, r) : undefined;
          return [r.id, v === undefined ? 'unknown' : v ? 'applied' : 'notApplied'];
        }),
      );
    };

  const invoiceInput = (r: OutboxItem<InvoicePayload>) => ({
    shipmentBoxId: r.targetId,
    orderId: r.payload.orderId,
    vendorItemId: r.payload.vendorItemId,
    courierCode: r.payload.courierCode,
    trackingNumber: r.payload.trackingNumber,
  });
  const sameInvoice = (o: DomainOrder, r: OutboxItem<InvoicePayload>) =>
    (o.shipping.trackingNumber ?? '').replace(/\D/g, '') === r.payload.trackingNumber.replace(/\D/g, '');

  const acknowledge = defineOutboxAction({
    type: ACTIONS.acknowledge,
    payload: ackPayload,
    batchSize: 50,
    send: (accountKey, items) =>
      send(accountKey, items, (c) =>
        c.orders.acknowledge(
          items.map((r) => r.targetId),
          INTERACTIVE,
        ),
      ),
    reconcile: reconcileBy<AckPayload>(['INSTRUCT', 'ACCEPT'], (o) =>
      AFTER_ACK.has(o.marketStatus) ? true : o.marketStatus === 'ACCEPT' ? false : undefined,
    ),
  });

  const uploadInvoice = defineOutboxAction({
    type: ACTIONS.uploadInvoice,
    payload: invoicePayload,
    batchSize: 50,
    send: (accountKey, items) =>
      send(accountKey, items, (c) => c.orders.uploadInvoices(items.map(invoiceInput), INTERACTIVE)),
    reconcile: reconcileBy<InvoicePayload>(['DEPARTURE', 'INSTRUCT'], (o, r) =>
      AFTER_INVOICE.has(o.marketStatus) && sameInvoice(o, r) ? true : o.marketStatus === 'INSTRUCT' ? false : undefined,
    ),
  });

  const updateInvoice = defineOutboxAction({
    type: ACTIONS.updateInvoice,
    payload: invoicePayload,
    batchSize: 50,
    send: (accountKey, items) =>
      send(accountKey, items, (c) => c.orders.updateInvoices(items.map(invoiceInput), INTERACTIVE)),
    // A corrected invoice puts the box back to DEPARTURE.
    reconcile: reconcileBy<InvoicePayload>(['DEPARTURE'], (o, r) =>
      sameInvoice(o, r) ? true : AFTER_INVOICE.has(o.marketStatus) ? false : undefined,
    ),
  });

  // One receipt per call; the target is the receipt, the box travels in the payload.
  const stopShipment = defineOutboxAction({
    type: ACTIONS.stopShipment,
    payload: stopShipmentPayload,
    batchSize: 1,
    send: async (accountKey, items) => {
      const client = await clients.get(accountKey);
      const out = new Map<string, OutboxResult>();
      for (const r of items) {
        try {
          await client.returns.stopShipment(r.targetId, r.payload.cancelCount, INTERACTIVE);
          out.set(r.id, applied('OK'));
        } catch (e) {
          const f = toSendFailure(e);
          if (f.failure.kind !== 'rejected') throw f;
          out.set(r.id, rejected(f.failure.code, f.failure.message));
        }
      }
      await reread(
        accountKey,
        client,
        items.map((r) => r.payload.shipmentBoxId),
      );
      return out;
    },
    reconcile: async (accountKey, items) => {
      const client = await clients.get(accountKey);
      const out = new Map<string, Verdict>();
      for (const r of items) {
        try {
          const receipt = await client.returns.get(r.targetId, { priority: 'normal' });
          out.set(r.id, receipt.receiptStatus === 'RELEASE_STOP_UNCHECKED' ? 'notApplied' : 'applied');
        } catch {
          out.set(r.id, 'unknown');
        }
      }
      return out;
    },
  });

  return { acknowledge, uploadInvoice, updateInvoice, stopShipment };
}
