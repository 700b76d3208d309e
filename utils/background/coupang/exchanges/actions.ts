import { z } from 'zod';
import type { ExchangeClaim } from '../../../protocol/messages/claims';
import type { CoreServices } from '../../core/core';
import { defineOutboxAction } from '../../outbox/action';
import { kstDate } from '../api';
import { claimActionKit } from '../claim-actions';
import type { CoupangClients } from '../client-factory';
import type { ExchangesStore } from './store';
import { rereadExchange } from './sync';

/** Outbox actions on one exchange (the target is the exchangeId); payloads carry no PII. */
export const EXCHANGE_ACTIONS = {
  confirmReceipt: 'coupang.exchange.confirmReceipt',
  reject: 'coupang.exchange.reject',
  uploadInvoice: 'coupang.exchange.uploadInvoice',
} as const;

const idText = z.lazy(() => z.string().regex(/^\d{1,30}$/));
/** What a read-back needs: the exchange is listed by order within a window from its creation date. */
const locate = { orderId: idText, createdDate: z.lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/)) };
const confirmPayload = z.lazy(() => z.object(locate));
const rejectPayload = z.lazy(() => z.object({ ...locate, reason: z.enum(['SOLDOUT', 'WITHDRAW']) }));
const invoicePayload = z.lazy(() =>
  z.object({
    ...locate,
    /** The replacement's NEW box, as Coupang issued it; never originalShipmentBoxId. */
    shipmentBoxId: idText,
    courierCode: z.string().min(1),
    trackingNumber: z.string().min(1),
  }),
);
type Locate = z.infer<typeof confirmPayload>;

const INTERACTIVE = { priority: 'interactive' as const };

export function createExchangeActions(core: CoreServices, clients: CoupangClients, store: ExchangesStore) {
  const { sendEach, reconcileBy } = claimActionKit<ExchangeClaim>(
    clients,
    (client, accountKey, item) => {
      const at = item.payload as Locate;
      return rereadExchange(client, accountKey, { exchangeId: item.targetId, ...at }, kstDate(core.now()));
    },
    (accountKey, claim) => store.patch(accountKey, claim),
  );

  const confirmReceipt = defineOutboxAction({
    type: EXCHANGE_ACTIONS.confirmReceipt,
    payload: confirmPayload,
    batchSize: 1,
    send: sendEach((c, r) => c.exchanges.confirmReceipt(r.targetId, INTERACTIVE)),
    reconcile: reconcileBy(
      (x) => x.status === 'PROGRESS' || x.status === 'SUCCESS',
      (x) => x.status === 'RECEIPT',
    ),
  });

  const reject = defineOutboxAction({
    type: EXCHANGE_ACTIONS.reject,
    payload: rejectPayload,
    batchSize: 1,
    send: sendEach((c, r) => c.exchanges.reject(r.targetId, r.payload.reason, INTERACTIVE)),
    reconcile: reconcileBy(
      (x) => x.status === 'REJECT',
      (x) => x.status === 'RECEIPT' || x.status === 'PROGRESS',
    ),
  });

  const uploadInvoice = defineOutboxAction({
    type: EXCHANGE_ACTIONS.uploadInvoice,
    payload: invoicePayload,
    batchSize: 1,
    send: sendEach((c, r) =>
      c.exchanges.uploadInvoice(
        {
          exchangeId: r.targetId,
          shipmentBoxId: r.payload.shipmentBoxId,
          courierCode: r.payload.courierCode,
          trackingNumber: r.payload.trackingNumber,
        },
        INTERACTIVE,
      ),
    ),
    reconcile: reconcileBy(
      (x, r) => (x.invoice?.invoiceNumber ?? '').replace(/\D/g, '') === r.payload.trackingNumber.replace(/\D/g, ''),
      (x) => x.status === 'PROGRESS' && !x.invoice?.invoiceNumber,
    ),
  });

  return { confirmReceipt, reject, uploadInvoice };
}
