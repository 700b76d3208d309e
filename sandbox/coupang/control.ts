import { Hono } from 'hono';
import { Rng } from '../core/rng';
import { claimsControl } from './claims-control';
import { createCatalogControl } from './control-catalog';
import { createInquiryControl } from './control-inquiries';
import type { CallCenterInquiry, OnlineInquiry, OrderRecord } from './data/model';
import { buyerFor } from './data/people';
import { CALL_CENTER_TOPICS, QUESTIONS } from './data/pools';
import { newOrderRecord, orderableItems } from './data/seed-orders';
import type { VendorData } from './data/store';
import type { CoupangState } from './env';
import { buyerCancelRequest } from './orders/claims';
import { productNameOf, receiverOf } from './orders/render';
import { deliveredAt, isFullyCanceled, orderStatus } from './orders/state';
import { isObject, toBigId, toInt } from './request';
import { revenueTotals } from './routes/settlement';
import { parseKstDate } from './time';
import { LOOPBACK_IP, type VendorAccount } from './vendors';

/**
 * Test/benchmark controls for the Coupang side, mounted at /__control/coupang. Never part of the
 * real API; ids are strings here so tests need no lossless parser.
 */
function vendorView(state: CoupangState, v: VendorAccount) {
  return {
    vendorId: v.vendorId,
    name: v.name,
    accessKey: v.accessKey,
    secretKey: v.secretKey,
    wingUserId: v.wingUserId,
    allowedIps: [...v.allowedIps],
    allowsLocalIp: state.registry.allowsLocalIp(v),
  };
}

function orderView(state: CoupangState, o: OrderRecord) {
  const now = state.ctx.clock.now();
  const s = state.ctx.settings;
  const iso = (ms: number) => (ms ? new Date(ms).toISOString() : null);
  const receipts = state.store.receiptsByBox.get(o.shipmentBoxId) ?? [];
  return {
    vendorId: state.store.vendorByIdx(o.vendorIdx).vendor.vendorId,
    orderId: String(o.orderId),
    shipmentBoxId: String(o.shipmentBoxId),
    status: orderStatus(o, now, s),
    orderedAt: iso(o.orderedAt),
    acknowledgedAt: iso(o.ackAt),
    shippedAt: iso(o.shippedAt),
    deliveredAt: iso(deliveredAt(o, now, s)),
    deliveryCompanyCode: o.courier || null,
    invoiceNumber: o.invoiceNumber || null,
    canceled: isFullyCanceled(o),
    cancelRequested: o.holdMask !== 0,
    returnedComplete: o.returnedComplete,
    productName: productNameOf(o, o.item0),
    receiver: receiverOf(o),
    parcelPrintMessage: o.patch && 'parcelPrintMessage' in o.patch ? o.patch.parcelPrintMessage : buyerFor(o.seed).memo,
    items: [
      {
        vendorItemId: String(o.item0.vendorItemId),
        sellerProductId: String(o.item0.product.sellerProductId),
        quantity: o.qty0,
      },
      ...(o.item1
        ? [
            {
              vendorItemId: String(o.item1.vendorItemId),
              sellerProductId: String(o.item1.product.sellerProductId),
              quantity: o.qty1,
            },
          ]
        : []),
    ],
    receipts: receipts.map((r) => ({
      receiptId: String(r.receiptId),
      receiptType: r.receiptType,
      receiptStatus: r.status,
      releaseStatus: r.releaseStatus,
      withdrawn: r.withdrawnAt > 0,
    })),
  };
}

function vendorData(state: CoupangState, vendorId: unknown): VendorData | undefined {
  return typeof vendorId === 'string' ? state.store.vendorById(vendorId) : undefined;
}

function boxOf(state: CoupangState, raw: string): OrderRecord | undefined {
  const id = toBigId(raw);
  return id === null ? undefined : state.store.box(id);
}

const RECEIVER_FIELDS = ['name', 'safeNumber', 'addr1', 'addr2', 'postCode'] as const;

export function createCoupangControl(state: CoupangState): Hono {
  const app = new Hono();
  const json = async (c: { req: { json(): Promise<unknown> } }) =>
    (await c.req.json().catch(() => ({}))) as Record<string, unknown>;

  app.get('/vendors', (c) => c.json(state.registry.list.map((v) => vendorView(state, v))));
  app.route('/', createCatalogControl(state));

  /** `{ips: [...]}` replaces the allowlist; `{allowsLocalIp: bool}` adds/removes this machine. */
  app.put('/vendors/:vendorId/allowlist', async (c) => {
    const vendor = state.registry.byVendorId(c.req.param('vendorId'));
    if (!vendor) return c.json({ error: 'unknown vendorId' }, 404);
    const body = await json(c);
    if (Array.isArray(body.ips)) state.registry.setAllowlist(vendor, body.ips.map(String));
    if (typeof body.allowsLocalIp === 'boolean') {
      const ips = [...vendor.allowedIps].filter((ip) => ip !== LOOPBACK_IP);
      state.registry.setAllowlist(vendor, body.allowsLocalIp ? [...ips, LOOPBACK_IP] : ips);
    }
    return c.json(vendorView(state, vendor));
  });

  /** The vendor's orderable items, with whether each is a cross-border (overseas purchase) item. */
  app.get('/items', (c) => {
    const vd = vendorData(state, c.req.query('vendorId'));
    if (!vd) return c.json({ error: 'vendorId must name a sandbox vendor' }, 400);
    return c.json(
      orderableItems(vd).map((i) => ({
        vendorItemId: String(i.vendorItemId),
        sellerProductId: String(i.product.sellerProductId),
        itemName: i.itemName,
        overseas: i.overseasPurchased,
      })),
    );
  });

  /** A new paid (ACCEPT) order, as if a buyer just checked out (one line, or two with `second`). */
  app.post('/orders', async (c) => {
    const body = await json(c);
    const vd = vendorData(state, body.vendorId);
    if (!vd) return c.json({ error: 'vendorId must name a sandbox vendor' }, 400);
    const items = orderableItems(vd);
    const wanted = toInt(body.vendorItemId);
    const pool = wanted === null ? items : items.filter((i) => i.vendorItemId === wanted);
    if (pool.length === 0) return c.json({ error: 'vendorItemId is not an orderable item of this vendor' }, 400);
    const seq = vd.nextOrderSeq++;
    const rng = new Rng((seq * 2_654_435_761) >>> 0);
    const order = newOrderRecord(vd, seq, state.ctx.clock.now(), rng, pool);
    const quantity = toInt(body.quantity);
    if (quantity !== null && quantity > 0) order.qty0 = quantity;
    if (wanted !== null) order.item1 = null;
    // A second line (`second: {vendorItemId, quantity}`): one box holding two products, e.g. two
    // cross-border items bought from two different 1688 suppliers.
    if (isObject(body.second)) {
      const id = toInt(body.second.vendorItemId);
      const item1 = items.find((i) => i.vendorItemId === id);
      if (!item1 || item1 === order.item0)
        return c.json({ error: 'second.vendorItemId must be another orderable item of this vendor' }, 400);
      const qty = toInt(body.second.quantity);
      order.item1 = item1;
      order.qty1 = qty !== null && qty > 0 ? qty : 1;
    }
    if (!order.item1) order.qty1 = 0;
    if (typeof body.productName === 'string') order.patch = { productName: body.productName };
    if (isObject(body.receiver)) order.patch = { ...order.patch, receiver: pickReceiver(body.receiver) };
    state.store.addOrder(order);
    return c.json(orderView(state, order), 201);
  });

  /** Revenue-history sums for `vendorId` over recognition dates `from`..`to` (KST, inclusive). */
  app.get('/revenue-totals', (c) => {
    const vd = vendorData(state, c.req.query('vendorId'));
    const from = parseKstDate(c.req.query('from') ?? '');
    const to = parseKstDate(c.req.query('to') ?? '');
    if (!vd || from === null || to === null)
      return c.json({ error: 'vendorId, from and to (yyyy-MM-dd) are required' }, 400);
    return c.json(revenueTotals(state, vd, from, to));
  });

  /** A vendor's products as the sandbox holds them (live and deleted, Rocket Growth stock included), for tests to read back. */
  app.get('/products', (c) => {
    const vd = vendorData(state, c.req.query('vendorId'));
    if (!vd) return c.json({ error: 'vendorId is required' }, 400);
    return c.json(
      vd.products.map((p) => ({
        sellerProductId: String(p.sellerProductId),
        name: p.sellerProductName,
        status: p.status,
        rocketGrowth: p.rocketGrowth,
        items: p.items.map((i) => ({
          vendorItemId: String(i.vendorItemId),
          sellerSku: i.externalVendorSku,
          salePrice: i.salePrice,
          stock: i.stock,
          onSale: i.onSale,
          // Rocket Growth: orderable stock in Coupang's warehouses and the 30-day sales count.
          ...(p.rocketGrowth ? { rgStock: i.rgOrderable, rgSales30: i.rgSales30 } : {}),
        })),
      })),
    );
  });

  /** Every product create request the gateway received (raw bodies), oldest first; `vendorId` narrows it. */
  app.get('/create-log', (c) => {
    const vendorId = c.req.query('vendorId');
    return c.json(state.createLog.filter((r) => !vendorId || r.vendorId === vendorId));
  });

  app.get('/orders/:shipmentBoxId', (c) => {
    const box = boxOf(state, c.req.param('shipmentBoxId'));
    return box ? c.json(orderView(state, box)) : c.json({ error: 'unknown shipmentBoxId' }, 404);
  });

  /**
   * Changes what the API shows for a box: `productName` (e.g. markup for XSS tests), `receiver`
   * fields (a buyer's address change), `parcelPrintMessage`, `customsCode` (a missing or mistyped
   * personal customs code on a cross-border order). Applies in any state.
   */
  app.patch('/orders/:shipmentBoxId', async (c) => {
    const box = boxOf(state, c.req.param('shipmentBoxId'));
    if (!box) return c.json({ error: 'unknown shipmentBoxId' }, 404);
    const body = await json(c);
    const patch = { ...box.patch };
    if (typeof body.productName === 'string') patch.productName = body.productName;
    if (isObject(body.receiver)) patch.receiver = { ...patch.receiver, ...pickReceiver(body.receiver) };
    if ('parcelPrintMessage' in body)
      patch.parcelPrintMessage = typeof body.parcelPrintMessage === 'string' ? body.parcelPrintMessage : null;
    // Plants a missing (null) or malformed personal customs code on a cross-border order.
    if ('customsCode' in body) patch.customsCode = typeof body.customsCode === 'string' ? body.customsCode : null;
    box.patch = patch;
    return c.json(orderView(state, box));
  });

  /** The buyer cancels: ACCEPT → cancelled at once; INSTRUCT/DEPARTURE → stop-shipment request; later → return. */
  app.post('/orders/:shipmentBoxId/cancel-request', (c) => {
    const box = boxOf(state, c.req.param('shipmentBoxId'));
    if (!box) return c.json({ error: 'unknown shipmentBoxId' }, 404);
    const receipt = buyerCancelRequest(state.store, box, state.ctx.clock.now(), state.ctx.settings);
    if (typeof receipt === 'string') return c.json({ error: receipt }, 409);
    return c.json({
      receiptId: String(receipt.receiptId),
      receiptType: receipt.receiptType,
      receiptStatus: receipt.status,
      order: orderView(state, box),
    });
  });

  /**
   * A new unanswered inquiry (for notification tests): `kind: 'online'` (product Q&A, default) or
   * `'callCenter'` (a transfer from Coupang's call centre awaiting the seller's answer).
   */
  app.post('/inquiries', async (c) => {
    const body = await json(c);
    const vd = vendorData(state, body.vendorId);
    if (!vd) return c.json({ error: 'vendorId must name a sandbox vendor' }, 400);
    const now = state.ctx.clock.now();
    const content = typeof body.content === 'string' ? body.content : null;
    if (body.kind === 'callCenter') {
      const order = vd.orders[vd.orders.length - 1];
      if (!order) return c.json({ error: 'this vendor has no orders' }, 409);
      const answerId = state.store.seq.answer.take();
      const inquiry: CallCenterInquiry = {
        inquiryId: state.store.seq.callCenter.take(),
        vendorIdx: vd.idx,
        item: order.item0,
        order,
        content: '상담이력',
        inquiryAt: now,
        inquiryStatus: 'progress',
        partnerStatus: 'requestAnswer',
        receiptCategory: CALL_CENTER_TOPICS[0].category,
        replies: [
          {
            answerId,
            parentAnswerId: 0,
            partnerTransferStatus: 'requestAnswer',
            partnerTransferCompleteReason: 'NONE',
            answerType: 'csAgent',
            needAnswer: true,
            receptionistName: '쿠팡 고객센터',
            receptionist: 'C0000001',
            replyAt: now,
            content: content ?? CALL_CENTER_TOPICS[0].content,
          },
        ],
      };
      vd.callCenterInquiries.push(inquiry);
      return c.json(
        { inquiryId: String(inquiry.inquiryId), parentAnswerId: String(answerId), orderId: String(order.orderId) },
        201,
      );
    }
    const item = orderableItems(vd)[0];
    const inquiry: OnlineInquiry = {
      inquiryId: state.store.seq.onlineInquiry.take(),
      vendorIdx: vd.idx,
      item,
      content: content ?? QUESTIONS[0],
      inquiryAt: now,
      orderIds: [],
      comments: [],
    };
    vd.onlineInquiries.push(inquiry);
    return c.json({ inquiryId: String(inquiry.inquiryId), vendorItemId: String(item.vendorItemId) }, 201);
  });

  app.route('/', claimsControl(state));
  app.route('/', createInquiryControl(state));
  return app;
}

function pickReceiver(raw: Record<string, unknown>) {
  const out: Record<string, string> = {};
  for (const f of RECEIVER_FIELDS) if (typeof raw[f] === 'string') out[f] = raw[f] as string;
  return out;
}
