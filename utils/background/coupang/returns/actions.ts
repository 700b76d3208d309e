import { z } from 'zod';
import type { ReturnClaim } from '../../../protocol/messages/claims';
import { defineOutboxAction, type OutboxItem } from '../../outbox/action';
import { type CoupangClient, isCoupangApiError } from '../api';
import { claimActionKit } from '../claim-actions';
import type { CoupangClients } from '../client-factory';
import { toReturnClaim, withdrawnClaim } from './mapping';
import type { ReturnsStore } from './store';

/** Outbox actions on one return receipt (the target is the receiptId); payloads carry no PII. */
export const RETURN_ACTIONS = {
  confirmReceipt: 'coupang.return.confirmReceipt',
  approve: 'coupang.return.approve',
  alreadyShipped: 'coupang.return.alreadyShipped',
  pickupInvoice: 'coupang.return.pickupInvoice',
  stopShipment: 'coupang.return.stopShipment',
} as const;

const noPayload = z.lazy(() => z.object({}).strict());
const approvePayload = z.lazy(() => z.object({ cancelCount: z.number().int().positive() }));
/** The box's order key rides along so the order list shows the action on that order too. */
const stopPayload = z.lazy(() =>
  z.object({ cancelCount: z.number().int().positive(), orderKey: z.string().optional() }),
);
const invoicePayload = z.lazy(() => z.object({ courierCode: z.string().min(1), trackingNumber: z.string().min(1) }));
type InvoicePayload = z.infer<typeof invoicePayload>;

const INTERACTIVE = { priority: 'interactive' as const };

/** The receipt as Coupang has it now: listed, withdrawn (gone from the list), or unknown (undefined). */
export async function rereadReturn(
  client: CoupangClient,
  accountKey: string,
  receiptId: string,
  known?: ReturnClaim,
): Promise<ReturnClaim | undefined> {
  try {
    return toReturnClaim(accountKey, await client.returns.get(receiptId, { priority: 'normal' }));
  } catch (e) {
    if (!isCoupangApiError(e) || (e.kind !== 'badRequest' && e.kind !== 'notFound')) return undefined;
    const [w] = await client.returns.withdrawalsByIds([receiptId], { priority: 'normal' }).catch(() => []);
    return w ? withdrawnClaim(accountKey, w, known) : undefined;
  }
}

export function createReturnActions(clients: CoupangClients, store: ReturnsStore) {
  const { sendEach, reconcileBy } = claimActionKit<ReturnClaim>(
    clients,
    (client, accountKey, item) => rereadReturn(client, accountKey, item.targetId),
    (accountKey, claim) => store.patch(accountKey, claim),
  );

  const status = (s: string) => (c: ReturnClaim) => !c.withdrawnAt && c.receiptStatus === s;
  const samePickup = (c: ReturnClaim, r: OutboxItem<InvoicePayload>) =>
    (c.pickup?.invoiceNumber ?? '').replace(/\D/g, '') === r.payload.trackingNumber.replace(/\D/g, '');

  const confirmReceipt = defineOutboxAction({
    type: RETURN_ACTIONS.confirmReceipt,
    payload: noPayload,
    batchSize: 1,
    send: sendEach((c, r) => c.returns.confirmReceipt(r.targetId, INTERACTIVE)),
    reconcile: reconcileBy(
      (c) => c.receiptStatus === 'VENDOR_WAREHOUSE_CONFIRM' || c.receiptStatus === 'RETURNS_COMPLETED',
      status('RETURNS_UNCHECKED'),
    ),
  });

  const approve = defineOutboxAction({
    type: RETURN_ACTIONS.approve,
    payload: approvePayload,
    batchSize: 1,
    send: sendEach((c, r) => c.returns.approve(r.targetId, r.payload.cancelCount, INTERACTIVE)),
    reconcile: reconcileBy((c) => c.receiptStatus === 'RETURNS_COMPLETED', status('VENDOR_WAREHOUSE_CONFIRM')),
  });

  const alreadyShipped = defineOutboxAction({
    type: RETURN_ACTIONS.alreadyShipped,
    payload: invoicePayload,
    batchSize: 1,
    send: sendEach((c, r) =>
      c.returns.markAlreadyShipped(r.targetId, r.payload.courierCode, r.payload.trackingNumber, INTERACTIVE),
    ),
    reconcile: reconcileBy(
      (c) => c.receiptStatus !== 'RELEASE_STOP_UNCHECKED' && c.items.some((i) => i.releaseStatus === 'A'),
      status('RELEASE_STOP_UNCHECKED'),
    ),
  });

  const pickupInvoice = defineOutboxAction({
    type: RETURN_ACTIONS.pickupInvoice,
    payload: invoicePayload,
    batchSize: 1,
    send: sendEach((c, r) =>
      c.returns.registerPickupInvoice({ type: 'RETURN', receiptId: r.targetId, ...r.payload }, INTERACTIVE),
    ),
    reconcile: reconcileBy(samePickup, (c) => !c.pickup?.invoiceNumber),
  });

  // The same call as the order list's stop-shipment, here with the claims cache kept current.
  const stopShipment = defineOutboxAction({
    type: RETURN_ACTIONS.stopShipment,
    payload: stopPayload,
    batchSize: 1,
    send: sendEach((c, r) => c.returns.stopShipment(r.targetId, r.payload.cancelCount, INTERACTIVE)),
    reconcile: reconcileBy(
      (c) => c.receiptStatus === 'RETURNS_COMPLETED' && c.items.some((i) => i.releaseStatus === 'S'),
      status('RELEASE_STOP_UNCHECKED'),
    ),
  });

  return { confirmReceipt, approve, alreadyShipped, pickupInvoice, stopShipment };
}
