import { z } from 'zod';
import { defineMessage } from '../define';
import { purchaseStatusSchema } from './alibaba';
import { accountKey, idString, orderKey, outboxResult } from './shared-schemas';

/**
 * The 사입 restock plan (issue 17, "Flow (사입)"): every Coupang option linked in 사입 mode with its
 * Coupang stock (seller stock from the products list; Rocket Growth stock and days of cover when
 * the option is Rocket Growth), a suggested quantity to reach the seller's days of cover, and the
 * 1688 purchases bought for stock — linked to the product links, never to Coupang orders — until
 * the seller marks them received. Amounts are integers: fen for yuan.
 */

const fen = z.lazy(() => z.number().int());

/**
 * Where a restock purchase stands (restock/state.ts). Once 1688's order is synced the view names it
 * with the 1688 stage words (`status`); `creating`, `failed` and `received` are the plan's own.
 */
export const RESTOCK_STATES = [
  'creating',
  'failed',
  'toPay',
  'paid',
  'shipped',
  'signedFor',
  'closed',
  'received',
] as const;
export const restockState = z.lazy(() => z.enum(RESTOCK_STATES));
export type RestockState = z.infer<typeof restockState>;

export const restockLineSchema = z.lazy(() =>
  z.object({
    vendorItemId: idString,
    /** From the products list (or synced orders) of a connected Coupang account; absent when unknown. */
    productName: z.string().optional(),
    optionName: z.string().optional(),
    offerId: idString,
    specId: z.string().optional(),
    unitsPerItem: z.number().int(),
    /** The offer is on the offer helper's sourcing list. */
    onSourcingList: z.boolean(),
    /** Seller stock (판매자 배송 재고) from the Coupang products list; absent before the list was read. */
    sellerStock: z.number().int().optional(),
    /** Units sold in the synced Coupang orders of the last 30 days (seller-shipped). */
    sales30: z.number().int(),
    /** Rocket Growth: orderable stock in Coupang's warehouses and Coupang's 30-day sales count. */
    rg: z.object({ stock: z.number(), sales30: z.number() }).optional(),
    /** Stock ÷ (30-day sales ÷ 30), one decimal: RG figures for an RG option, else seller stock and synced orders. */
    daysOfCover: z.number().optional(),
    /** Coupang units already bought for stock and not received yet. */
    onOrder: z.number().int(),
    /** Coupang units to buy to reach the target days of cover (on order counted). */
    suggested: z.number().int(),
    /** 1688 unit price of the linked SKU (fen), when known (the seller's sourcing price, else the offer's). */
    unitCostFen: fen.optional(),
  }),
);
export type RestockLine = z.infer<typeof restockLineSchema>;

export const restockPurchaseView = z.lazy(() =>
  z.object({
    idempotencyKey: z.string(),
    alibabaAccountKey: accountKey,
    orderId: idString.optional(),
    orderKey: orderKey.optional(),
    state: restockState,
    status: z.string().optional(),
    createResult: outboxResult.optional(),
    lines: z.array(
      z.object({
        vendorItemId: idString,
        offerId: idString,
        specId: z.string().optional(),
        items: z.number().int(),
        quantity: z.number().int(),
      }),
    ),
    totalFen: fen.optional(),
    createdAt: z.number(),
    receivedAt: z.number().optional(),
  }),
);
export type RestockPurchaseView = z.infer<typeof restockPurchaseView>;

const pick = z.lazy(() => z.object({ vendorItemId: idString, items: z.number().int().min(1).max(100_000) }).strict());

const restockGroup = z.lazy(() =>
  z.object({
    supplierName: z.string(),
    lines: z.array(
      z.object({
        vendorItemId: idString,
        offerId: idString,
        specId: z.string().optional(),
        quantity: z.number().int(),
      }),
    ),
    goodsFen: fen,
    freightFen: fen,
    totalFen: fen,
    totalKrw: z.number().int(),
    orderable: z.boolean(),
    warnings: z.array(z.string()),
  }),
);

export const restockMessages = {
  /**
   * The plan: lines (cached products list, Rocket Growth stock, synced orders) and the restock
   * purchases with their 1688 state. May read Rocket Growth stock from Coupang when not cached.
   */
  'restock.plan': defineMessage({
    needsConsent: true,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        coverDays: z.number().int(),
        lines: z.array(restockLineSchema),
        purchases: z.array(restockPurchaseView),
        /** When the Coupang products list was read (absent: never; refresh reads it). */
        stockFetchedAt: z.number().optional(),
      }),
    senders: ['extension-page'],
  }),
  /** Reads the products list (seller stock) and Rocket Growth stock from Coupang again. */
  'restock.refresh': defineMessage({
    needsConsent: true,
    request: () => z.object({}).strict(),
    reply: () => z.object({ ok: z.boolean() }),
    senders: ['extension-page'],
  }),
  /**
   * Prices the 1688 purchases for the chosen quantities (Coupang units × units per item), one per
   * supplier, shipped to an address of the seller's book (never a Coupang customer's).
   */
  'restock.preview': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({ lines: z.array(pick).min(1).max(50), addressId: z.string().uuid(), alibabaAccountKey: accountKey })
        .strict(),
    reply: () =>
      z.object({
        planId: z.string().uuid(),
        krwPerCny: z.number(),
        groups: z.array(restockGroup),
        skipped: z.array(z.object({ vendorItemId: idString, reason: z.string() })),
      }),
    senders: ['extension-page'],
  }),
  /** Creates the previewed purchases through the 1688 outbox action; one `confirmKey` per confirmation. */
  'restock.create': defineMessage({
    needsConsent: true,
    request: () => z.object({ planId: z.string().uuid(), confirmKey: z.string().uuid() }).strict(),
    reply: () => z.object({ purchases: z.array(purchaseStatusSchema) }),
    senders: ['extension-page'],
  }),
  /** The seller says the goods reached their warehouse (or takes it back). */
  'restock.markReceived': defineMessage({
    needsConsent: false,
    request: () => z.object({ idempotencyKey: z.string().uuid(), received: z.boolean() }).strict(),
    reply: () => z.object({ ok: z.boolean() }),
    senders: ['extension-page'],
  }),
} as const;
