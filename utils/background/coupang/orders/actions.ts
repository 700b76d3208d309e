import type { DomainOrder } from '../../../domain/order';
import type { CoreServices } from '../../core/core';
import { guardRefusal } from '../../core/to-wire-error';
import { QueueUnavailableError } from '../../net';
import { type ItemResult, type OutboxAction, OutboxSendError } from '../../outbox/outbox';
import type { OutboxRecord } from '../../store/db';
import { type BatchResult, type CoupangClient, invoiceForOrder, isCoupangApiError } from '../api';
import type { CoupangClients } from '../client-factory';

/** Payloads the Coupang actions store in the outbox (no PII: ids, courier, tracking number). */
export interface AckPayload {
  orderKey: string;
}
export interface InvoicePayload {
  orderKey: string;
  orderId: string;
  vendorItemId: string;
  courierCode: string;
  trackingNumber: string;
}
export interface StopShipmentPayload {
  orderKey: string;
  shipmentBoxId: string;
  cancelCount: number;
}

export const ACTIONS = {
  acknowledge: 'coupang.acknowledge',
  uploadInvoice: 'coupang.uploadInvoice',
  updateInvoice: 'coupang.updateInvoice',
  stopShipment: 'coupang.stopShipment',
} as const;

const INTERACTIVE = { priority: 'interactive' as const };

/** A whole-request failure, in outbox terms: was it sent, may it have been applied? */
export function toSendFailure(e: unknown): OutboxSendError {
  if (e instanceof QueueUnavailableError) {
    return new OutboxSendError({
      kind: 'notSent',
      code: e.reason,
      message: e.message,
      retryAtMs: e.until ?? undefined,
    });
  }
  const refusal = guardRefusal(e);
  if (refusal) return new OutboxSendError({ kind: 'notSent', code: refusal.code, message: refusal.message });
  if (isCoupangApiError(e)) {
    if (e.kind === 'rateLimited') {
      return new OutboxSendError({
        kind: 'notSent',
        code: 'RATE_LIMITED',
        message: e.message,
        retryAtMs: e.blockedUntil,
      });
    }
    if (
      e.kind === 'timeout' ||
      e.kind === 'network' ||
      e.kind === 'server' ||
      e.kind === 'schema' ||
      e.kind === 'unknown'
    ) {
      return new OutboxSendError({ kind: 'maybeSent', code: e.kind.toUpperCase(), message: e.message });
    }
    return new OutboxSendError({ kind: 'rejected', code: e.kind, message: e.message });
  }
  return new OutboxSendError({ kind: 'maybeSent', code: 'ERROR', message: 'The request failed.' });
}

function byTarget(items: OutboxRecord[], result: BatchResult): Map<string, ItemResult> {
  const map = new Map(result.items.map((i) => [i.id, i]));
  return new Map(
    items.map((r) => {
      const res = map.get(r.targetId);
      return [
        r.id,
        res
          ? { ok: res.ok, code: res.code, message: res.message, retryable: res.retryRequired }
          : { ok: false, code: 'NO_RESULT', message: 'No result for this order.', retryable: true },
      ];
    }),
  );
}

/** Marketplace states after which an action is known to have been applied. */
const AFTER_ACK = new Set(['INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);
const AFTER_INVOICE = new Set(['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);

export function createCoupangActions(core: CoreServices, clients: CoupangClients): OutboxAction[] {
  const ttl = async () => (await core.settings.get()).cache.piiTtlMinutes * 60_000;

  /** Re-reads boxes after a write (addresses may have changed before acknowledgement) and stores them. */
  async function reread(accountKey: string, client: CoupangClient, ids: string[]): Promise<Map<string, DomainOrder>> {
    const fresh = new Map<string, DomainOrder>();
    for (const id of ids) {
      try {
        fresh.set(id, await client.orders.getByShipmentBoxId(id, INTERACTIVE));
      } catch {
        // The write's result stands; the next sync brings the box up to date.
      }
    }
    if (fresh.size) await core.orders.upsertMany(accountKey, [...fresh.values()], await ttl());
    return fresh;
  }

  const send = async (accountKey: string, items: OutboxRecord[], call: (c: CoupangClient) => Promise<BatchResult>) => {
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
      items.filter((r) => results.get(r.id)?.ok).map((r) => r.targetId),
    );
    return results;
  };

  /** Reconciles interrupted items by re-reading each box and asking `applied(order, item)`. */
  const reconcileBy =
    (applied: (o: DomainOrder, r: OutboxRecord) => boolean | undefined) =>
    async (accountKey: string, items: OutboxRecord[]) => {
      const client = await clients.get(accountKey);
      const fresh = await reread(
        accountKey,
        client,
        items.map((r) => r.targetId),
      );
      return new Map(
        items.map((r) => {
          const o = fresh.get(r.targetId);
          if (!o) return [r.id, 'unknown' as const];
          const v = applied(o, r);
          return [r.id, v === undefined ? ('unknown' as const) : v ? ('applied' as const) : ('notApplied' as const)];
        }),
      );
    };

  const invoiceInput = (r: OutboxRecord) => {
    const p = r.payload as InvoicePayload;
    return {
      shipmentBoxId: r.targetId,
      orderId: p.orderId,
      vendorItemId: p.vendorItemId,
      courierCode: p.courierCode,
      trackingNumber: p.trackingNumber,
    };
  };
  const sameInvoice = (o: DomainOrder, r: OutboxRecord) =>
    (o.shipping.trackingNumber ?? '').replace(/\D/g, '') ===
    (r.payload as InvoicePayload).trackingNumber.replace(/\D/g, '');

  return [
    {
      name: ACTIONS.acknowledge,
      batchSize: 50,
      send: (accountKey, items) =>
        send(accountKey, items, (c) =>
          c.orders.acknowledge(
            items.map((r) => r.targetId),
            INTERACTIVE,
          ),
        ),
      reconcile: reconcileBy((o) =>
        AFTER_ACK.has(o.marketStatus) ? true : o.marketStatus === 'ACCEPT' ? false : undefined,
      ),
    },
    {
      name: ACTIONS.uploadInvoice,
      batchSize: 50,
      send: (accountKey, items) =>
        send(accountKey, items, (c) => c.orders.uploadInvoices(items.map(invoiceInput), INTERACTIVE)),
      reconcile: reconcileBy((o, r) =>
        AFTER_INVOICE.has(o.marketStatus) && sameInvoice(o, r)
          ? true
          : o.marketStatus === 'INSTRUCT'
            ? false
            : undefined,
      ),
    },
    {
      name: ACTIONS.updateInvoice,
      batchSize: 50,
      send: (accountKey, items) =>
        send(accountKey, items, (c) => c.orders.updateInvoices(items.map(invoiceInput), INTERACTIVE)),
      reconcile: reconcileBy((o, r) =>
        sameInvoice(o, r) ? true : AFTER_INVOICE.has(o.marketStatus) ? false : undefined,
      ),
    },
    {
      // One receipt per call; the target is the receipt, the order key travels in the payload.
      name: ACTIONS.stopShipment,
      batchSize: 1,
      send: async (accountKey, items) => {
        const client = await clients.get(accountKey);
        const out = new Map<string, ItemResult>();
        for (const r of items) {
          const p = r.payload as StopShipmentPayload;
          try {
            await client.returns.stopShipment(r.targetId, p.cancelCount, INTERACTIVE);
            out.set(r.id, { ok: true, code: 'OK' });
          } catch (e) {
            const f = toSendFailure(e);
            if (f.failure.kind !== 'rejected') throw f;
            out.set(r.id, {
              ok: false,
              code: (e as { code?: string }).code ?? f.failure.code,
              message: f.failure.message,
              retryable: false,
            });
          }
        }
        await reread(
          accountKey,
          client,
          items.map((r) => (r.payload as StopShipmentPayload).shipmentBoxId),
        );
        return out;
      },
      reconcile: async (accountKey, items) => {
        const client = await clients.get(accountKey);
        const out = new Map<string, 'applied' | 'notApplied' | 'unknown'>();
        for (const r of items) {
          try {
            const receipt = await client.returns.get(r.targetId, INTERACTIVE);
            out.set(r.id, receipt.receiptStatus === 'RELEASE_STOP_UNCHECKED' ? 'notApplied' : 'applied');
          } catch {
            out.set(r.id, 'unknown');
          }
        }
        return out;
      },
    },
  ];
}

export { invoiceForOrder };
