import { type Context, Hono } from 'hono';
import type { ExchangeRecord, ReturnReceipt } from './data/model';
import type { VendorData } from './data/store';
import type { CoupangState } from './env';
import { receiptQuantity } from './orders/claims';
import { toInt } from './request';
import { DAY_MS, parseKstDate } from './time';

/**
 * Test controls for claims (issue 14), mounted under /__control/coupang: what the sandbox holds
 * per Wing work tab (so a test compares the extension's counts with the sandbox's own), single
 * receipts and exchanges as plain JSON (ids as strings), and a buyer withdrawing a return.
 */

/** Wing's return tab of a receipt, decided here from the sandbox's own records. */
export function wingTabOf(r: ReturnReceipt): string {
  if (r.withdrawnAt) return 'withdrawn';
  switch (r.status) {
    case 'RELEASE_STOP_UNCHECKED':
      return 'stopRequested';
    case 'RETURNS_UNCHECKED':
      if (r.releaseStatus === 'N') return 'stopRequested';
      return r.pickup?.deliveryInvoiceNo ? 'awaitingGoods' : 'received';
    case 'VENDOR_WAREHOUSE_CONFIRM':
      return 'awaitingApproval';
    case 'REQUEST_COUPANG_CHECK':
      return 'coupangCheck';
    case 'RETURNS_COMPLETED':
      return 'done';
  }
}

function receiptView(r: ReturnReceipt) {
  return {
    receiptId: String(r.receiptId),
    orderId: String(r.order.orderId),
    shipmentBoxId: String(r.order.shipmentBoxId),
    receiptType: r.receiptType,
    receiptStatus: r.status,
    releaseStatus: r.releaseStatus,
    tab: wingTabOf(r),
    quantity: receiptQuantity(r),
    pickup: r.pickup,
    withdrawn: r.withdrawnAt > 0,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

function exchangeView(x: ExchangeRecord, now: number) {
  return {
    exchangeId: String(x.exchangeId),
    orderId: String(x.order.orderId),
    originalShipmentBoxId: String(x.order.shipmentBoxId),
    status: x.status,
    collectStatus: x.collectStatus,
    newShipmentBoxId: String(x.newShipmentBoxId),
    newBoxVisible: x.newBoxVisibleAt > 0 && x.newBoxVisibleAt <= now,
    newBoxVisibleAt: x.newBoxVisibleAt ? new Date(x.newBoxVisibleAt).toISOString() : null,
    invoice: x.invoice
      ? { goodsDeliveryCode: x.invoice.goodsDeliveryCode, invoiceNumber: x.invoice.invoiceNumber }
      : null,
    rejectCode: x.rejectCode || null,
    createdAt: new Date(x.createdAt).toISOString(),
  };
}

/** `vendorId`, `from`, `to` (KST dates, inclusive) from the query, or an error response. */
function range(c: Context, state: CoupangState): { vd: VendorData; from: number; end: number } | Response {
  const vd = state.store.vendorById(c.req.query('vendorId') ?? '');
  const from = parseKstDate(c.req.query('from') ?? '');
  const to = parseKstDate(c.req.query('to') ?? '');
  if (!vd || from === null || to === null)
    return c.json({ error: 'vendorId, from and to (yyyy-MM-dd) are required' }, 400);
  return { vd, from, end: to + DAY_MS };
}

export function claimsControl(state: CoupangState): Hono {
  const app = new Hono();

  /** Returns per Wing tab (created in the range; withdrawn: withdrawn in it) and exchanges created in it. */
  app.get('/claims/counts', (c) => {
    const r = range(c, state);
    if (r instanceof Response) return r;
    const counts: Record<string, number> = {
      stopRequested: 0,
      received: 0,
      awaitingGoods: 0,
      awaitingApproval: 0,
      coupangCheck: 0,
      done: 0,
      withdrawn: 0,
      exchange: 0,
    };
    const within = (t: number) => t >= r.from && t < r.end;
    for (const receipt of r.vd.receipts) {
      if (receipt.receiptType !== 'RETURN') continue;
      if (receipt.withdrawnAt ? within(receipt.withdrawnAt) : within(receipt.createdAt)) counts[wingTabOf(receipt)]++;
    }
    const now = state.ctx.clock.now();
    counts.exchange = r.vd.exchanges.filter((x) => within(x.createdAt) && x.createdAt <= now).length;
    return c.json(counts);
  });

  /** The vendor's return receipts (type RETURN) and exchanges created in the range, for tests to pick from. */
  app.get('/claims', (c) => {
    const r = range(c, state);
    if (r instanceof Response) return r;
    const within = (t: number) => t >= r.from && t < r.end;
    const now = state.ctx.clock.now();
    return c.json({
      returns: r.vd.receipts.filter((x) => x.receiptType === 'RETURN' && within(x.createdAt)).map(receiptView),
      exchanges: r.vd.exchanges.filter((x) => within(x.createdAt)).map((x) => exchangeView(x, now)),
    });
  });

  app.get('/returns/:receiptId', (c) => {
    const id = toInt(c.req.param('receiptId'));
    const receipt = id === null ? undefined : state.store.receipts.get(id);
    return receipt ? c.json(receiptView(receipt)) : c.json({ error: 'unknown receiptId' }, 404);
  });

  /** The buyer withdraws an open return: it leaves the list API and shows in the withdraw history. */
  app.post('/returns/:receiptId/withdraw', (c) => {
    const id = toInt(c.req.param('receiptId'));
    const receipt = id === null ? undefined : state.store.receipts.get(id);
    if (!receipt) return c.json({ error: 'unknown receiptId' }, 404);
    if (receipt.withdrawnAt || receipt.status === 'RETURNS_COMPLETED')
      return c.json({ error: `receipt is ${receipt.withdrawnAt ? 'already withdrawn' : 'completed'}` }, 409);
    const now = state.ctx.clock.now();
    receipt.withdrawnAt = now;
    receipt.modifiedAt = now;
    receipt.order.holdMask &= ~receipt.lineMask;
    return c.json(receiptView(receipt));
  });

  app.get('/exchanges/:exchangeId', (c) => {
    const id = toInt(c.req.param('exchangeId'));
    const x = id === null ? undefined : state.store.exchanges.get(id);
    return x ? c.json(exchangeView(x, state.ctx.clock.now())) : c.json({ error: 'unknown exchangeId' }, 404);
  });

  return app;
}
