import type { z } from 'zod';
import { exchangeInvoiceBlock } from '../../../domain/claim-status';
import type { claimMessages, ExchangeClaim, ReturnClaim, ReturnRow } from '../../../protocol/messages/claims';
import type { CoreServices } from '../../core/core';
import type { OutboxRecord } from '../../store/db';
import { kstDate } from '../api';
import { checkTrackingNumber, courierByCode } from '../api/couriers';
import { EXCHANGE_ACTIONS } from '../exchanges/actions';
import { exchangeFacts, toExchangeRow } from '../exchanges/mapping';
import { RETURN_ACTIONS } from '../returns/actions';
import { toReturnRow } from '../returns/mapping';

type ReturnReq = z.infer<(typeof claimMessages)['claims.returnAction']['request']>;
type ExchangeReq = z.infer<(typeof claimMessages)['claims.exchangeAction']['request']>;
type Queued = { payload: unknown } | { refuse: string; message: string };

/** One claim write: queued through the outbox (then sent), or refused with its own result. */
async function enqueueOne(core: CoreServices, accountKey: string, action: string, targetId: string, q: Queued) {
  const batchId = crypto.randomUUID();
  if ('refuse' in q) {
    return core.outbox.recordRefusal(accountKey, action, { targetId, payload: {} }, batchId, {
      code: q.refuse,
      message: q.message,
    });
  }
  const [record] = await core.outbox.enqueue(accountKey, action, [{ targetId, payload: q.payload }], batchId);
  void core.outbox.process(accountKey);
  return record!;
}

/** Courier and tracking number checked as Coupang checks them, before anything is queued. */
function invoiceInput(
  courierCode?: string,
  trackingNumber?: string,
): Queued | { courierCode: string; trackingNumber: string } {
  const courier = courierCode ? courierByCode(courierCode) : undefined;
  if (!courier) return { refuse: 'UNKNOWN_COURIER', message: 'Pick a courier.' };
  const check = checkTrackingNumber(courier, trackingNumber ?? '');
  if (!check.ok) return { refuse: 'INVALID_TRACKING_NUMBER', message: `Expected ${check.expected}.` };
  return { courierCode: courier.code, trackingNumber: check.value };
}

const wrongState = (state: string): Queued => ({
  refuse: 'CLAIM_WRONG_STATE',
  message: `Not possible while the claim is in state ${state}.`,
});

function returnPayload(row: ReturnRow, req: ReturnReq): Queued {
  if (!row.actions.includes(req.action)) return wrongState(row.tab);
  switch (req.action) {
    case 'confirmReceipt':
      return { payload: {} };
    case 'approve':
      // Coupang approves the whole receipt only: the quantity is prefilled and must stay.
      if ((req.cancelCount ?? row.cancelCount) !== row.cancelCount)
        return { refuse: 'CANCEL_COUNT_MISMATCH', message: `Coupang approves ${row.cancelCount}.` };
      return { payload: { cancelCount: row.cancelCount } };
    case 'stopShipment':
      return { payload: { cancelCount: row.cancelCount, ...(row.orderKey ? { orderKey: row.orderKey } : {}) } };
    case 'alreadyShipped':
    case 'pickupInvoice': {
      const input = invoiceInput(req.courierCode, req.trackingNumber);
      return 'refuse' in input ? input : { payload: input };
    }
  }
}

export async function returnActionHandler(
  core: CoreServices,
  returns: readonly ReturnClaim[],
  req: ReturnReq,
): Promise<OutboxRecord> {
  const claim = returns.find((r) => r.receiptId === req.receiptId);
  const q: Queued = claim
    ? returnPayload(toReturnRow(claim), req)
    : { refuse: 'CLAIM_NOT_CACHED', message: 'This claim is not in the synced list; sync and try again.' };
  return enqueueOne(core, req.accountKey, RETURN_ACTIONS[req.action], req.receiptId, q);
}

function exchangePayload(x: ExchangeClaim, req: ExchangeReq, now: number): Queued {
  const row = toExchangeRow(x);
  const locate = { orderId: x.orderId, createdDate: x.createdAt ? x.createdAt.slice(0, 10) : kstDate(now) };
  if (req.action === 'uploadInvoice') {
    const block = exchangeInvoiceBlock(exchangeFacts(x));
    if (block) return { refuse: `EXCHANGE_INVOICE_${block}`, message: `The replacement invoice waits: ${block}.` };
    const input = invoiceInput(req.courierCode, req.trackingNumber);
    if ('refuse' in input) return input;
    // The NEW box Coupang issued after collection, never the original one.
    return { payload: { ...locate, shipmentBoxId: x.newShipmentBoxId!, ...input } };
  }
  if (!row.actions.includes(req.action)) return wrongState(x.status);
  if (req.action === 'reject') {
    if (!req.rejectReason) return { refuse: 'REJECT_REASON_MISSING', message: 'Pick a reason.' };
    return { payload: { ...locate, reason: req.rejectReason } };
  }
  return { payload: locate };
}

export async function exchangeActionHandler(
  core: CoreServices,
  exchanges: readonly ExchangeClaim[],
  req: ExchangeReq,
): Promise<OutboxRecord> {
  const x = exchanges.find((e) => e.exchangeId === req.exchangeId);
  const q: Queued = x
    ? exchangePayload(x, req, core.now())
    : { refuse: 'CLAIM_NOT_CACHED', message: 'This claim is not in the synced list; sync and try again.' };
  return enqueueOne(core, req.accountKey, EXCHANGE_ACTIONS[req.action], req.exchangeId, q);
}
