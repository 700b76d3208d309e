import type { DomainOrder } from '../../../domain/order';
import { HandledError } from '../../../protocol/envelope';
import type { connectionMessages } from '../../../protocol/messages/connections';
import type { orderMessages } from '../../../protocol/messages/orders';
import { maskKey } from '../../core/accounts';
import type { CoreServices } from '../../core/core';
import { toWireError } from '../../core/to-wire-error';
import { outboxView } from '../../handlers/orders';
import type { Handlers } from '../../messaging/dispatcher';
import type { OutboxRecord } from '../../store/db';
import { vaultPut } from '../../store/vault';
import { COURIERS, courierByCode, normalizeTrackingNumber } from '../api/couriers';
import { type CoupangClients, coupangAccountKey } from '../client-factory';
import { ACTIONS, type InvoicePayload, type StopShipmentPayload } from './actions';
import { validateInvoiceImport } from './invoice-import';

type CoupangMessages = Pick<typeof connectionMessages, 'connections.addCoupang'> &
  Pick<
    typeof orderMessages,
    'orders.acknowledge' | 'orders.uploadInvoices' | 'orders.stopShipment' | 'invoices.validate' | 'couriers.list'
  >;

const accountOf = (o: DomainOrder) => `${o.marketplace}:${o.accountId}`;

export function coupangHandlers(core: CoreServices, clients: CoupangClients): Handlers<CoupangMessages> {
  const requireConsent = async () => {
    if (!(await core.consent.hasConsent())) {
      throw new HandledError(
        'consent_required',
        'Consent is required before Crossdock contacts a marketplace.',
        'consentRequired',
      );
    }
  };

  /**
   * Queues one action per order through the outbox, grouped by vendor; orders that cannot take
   * the action get their own failed result instead of silently disappearing from the batch.
   */
  async function enqueue(
    action: string,
    keys: string[],
    build: (o: DomainOrder) => { targetId: string; payload: unknown } | { refuse: string },
  ) {
    await requireConsent();
    const batchId = crypto.randomUUID();
    const records: OutboxRecord[] = [];
    const byAccount = new Map<string, Array<{ targetId: string; payload: unknown }>>();
    for (const key of keys) {
      const order = await core.orders.get(key);
      const accountKey = key.split(':').slice(0, 2).join(':');
      if (order?.marketplace !== 'coupang') {
        records.push(
          await core.outbox.recordRefusal(
            accountKey,
            action,
            { targetId: key.split(':')[2] ?? key, payload: { orderKey: key } },
            batchId,
            { code: 'ORDER_NOT_CACHED', message: 'This order is not in the synced list; sync and try again.' },
          ),
        );
        continue;
      }
      const item = build(order);
      if ('refuse' in item) {
        records.push(
          await core.outbox.recordRefusal(
            accountOf(order),
            action,
            { targetId: order.shipmentId, payload: { orderKey: key } },
            batchId,
            { code: item.refuse },
          ),
        );
        continue;
      }
      byAccount.set(accountOf(order), [...(byAccount.get(accountOf(order)) ?? []), item]);
    }
    for (const [accountKey, items] of byAccount) {
      records.push(...(await core.outbox.enqueue(accountKey, action, items, batchId)));
      void core.outbox.process(accountKey);
    }
    return { batchId, items: records.map(outboxView) };
  }

  return {
    'connections.addCoupang': async ({ vendorId, accessKey, secretKey, keyIssuedAt, label }) => {
      await requireConsent();
      const accountKey = coupangAccountKey(vendorId);
      // Replacing a vendor's keys: its old client and queue must not be reused.
      clients.forget(accountKey);
      core.queues.drop(accountKey);
      const credentials = { vendorId, accessKey, secretKey };
      const result = await clients.create(accountKey, credentials).verifyCredentials();
      await vaultPut(accountKey, credentials);
      const error = result.ok ? undefined : toWireError(result.error);
      const existing = await core.accounts.get(accountKey);
      await core.accounts.upsert({
        accountKey,
        marketplace: 'coupang',
        accountId: vendorId,
        label: label || existing?.label || `Coupang ${vendorId}`,
        mode: 'apiKey',
        maskedKey: maskKey(accessKey),
        connectedAt: existing?.connectedAt ?? core.now(),
        status: result.ok ? 'ok' : 'error',
        lastError: error,
        keyIssuedAt,
        lastSyncAt: existing?.lastSyncAt,
      });
      if (result.ok) {
        await core.accounts.setHealth(accountKey, {});
        void core.sync.sync(accountKey, { full: true });
      }
      const account = (await core.accounts.get(accountKey))!;
      const skew = result.ok ? undefined : (result.error.params?.clockSkewSeconds as number | undefined);
      return {
        account: await core.accounts.toView(account),
        verification: { ok: result.ok, error, clockSkewSeconds: skew },
      };
    },

    'orders.acknowledge': ({ keys }) =>
      enqueue(ACTIONS.acknowledge, keys, (o) => ({ targetId: o.shipmentId, payload: { orderKey: o.key } })),

    'orders.uploadInvoices': async ({ items, update }) => {
      const byKey = new Map(items.map((i) => [i.key, i]));
      return enqueue(update ? ACTIONS.updateInvoice : ACTIONS.uploadInvoice, [...byKey.keys()], (o) => {
        const input = byKey.get(o.key)!;
        const courier = courierByCode(input.courierCode);
        if (!courier) return { refuse: 'UNKNOWN_COURIER' };
        const vendorItemId = o.lines[0]?.itemId;
        if (!vendorItemId) return { refuse: 'NO_ITEM' };
        const payload: InvoicePayload = {
          orderKey: o.key,
          orderId: o.orderId,
          vendorItemId,
          courierCode: courier.code,
          trackingNumber: normalizeTrackingNumber(input.trackingNumber),
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
        (o) => o.marketplace === 'coupang' && (!accountKey || accountOf(o) === accountKey),
      );
      return validateInvoiceImport(text, orders);
    },

    'couriers.list': async () => {
      const lang = (await core.settings.get()).language;
      const korean = lang === 'ko' || (lang === 'auto' && /^ko/i.test(navigator.language));
      return {
        couriers: COURIERS.map((c) => ({ code: c.code, name: korean ? c.nameKo : `${c.nameEn} (${c.nameKo})` })),
      };
    },
  };
}
