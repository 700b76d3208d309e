import { z } from 'zod';
import { defineMessage } from '../define';
import { purchaseAddressSchema, purchaseStatusSchema } from './alibaba';
import { batchReply, productDraft, productStatusView } from './products';
import { accountKey, idString, orderKey, outboxResult } from './shared-schemas';

/**
 * Cross-border fulfilment (issue 17): product links (a Coupang option ↔ a 1688 offer + SKU), order
 * links (a Coupang order line ↔ the 1688 purchase that fills it), the 구매대행 flow over linked
 * Coupang orders and profit per order. Links hold ids and the seller's own numbers only — never
 * 1688 page or API text (C16). Amounts are integers: won, or fen for yuan.
 */

const won = z.number().int();
const fen = z.lazy(() => z.number().int());
const specId = z.lazy(() =>
  z
    .string()
    .trim()
    .regex(/^[0-9a-zA-Z]{1,64}$/),
);

/** 사입 (stock: bulk to the seller's warehouse) or 구매대행 (one 1688 purchase per Coupang order). */
export const linkMode = z.lazy(() => z.enum(['stock', 'agent']));
export type LinkMode = z.infer<typeof linkMode>;

const productLinkInputObject = () =>
  z
    .object({
      /** Coupang vendorItemId: the option a buyer orders. */
      vendorItemId: idString,
      offerId: idString,
      specId: specId.optional(),
      /** 1688 units bought per Coupang unit sold (a 2-pack listed from single pieces: 2). */
      unitsPerItem: z.number().int().min(1).max(1000),
      mode: linkMode,
    })
    .strict();
export const productLinkInput = z.lazy(productLinkInputObject);
export type ProductLinkInput = z.infer<typeof productLinkInput>;

export const productLinkSchema = z.lazy(() =>
  productLinkInputObject().extend({ createdAt: z.number(), updatedAt: z.number() }),
);
export type ProductLink = z.infer<typeof productLinkSchema>;

/**
 * Where a listing draft came from: the 1688 offer and, per draft option (same order), the SKU
 * (specId) and units per Coupang item. Ids and the seller's numbers only (C16).
 */
export const draftSourceSchema = z.lazy(() =>
  z
    .object({
      offerId: idString,
      mode: linkMode,
      options: z
        .array(z.object({ specId: specId.optional(), unitsPerItem: z.number().int().min(1).max(1000) }).strict())
        .min(1)
        .max(200),
    })
    .strict(),
);
export type DraftSource = z.infer<typeof draftSourceSchema>;

/** A draft's links waiting for Coupang's approval (the vendorItemIds come with it), by seller SKU. */
export const pendingDraftSchema = z.lazy(() =>
  z.object({
    offerId: idString,
    mode: linkMode,
    options: z.array(z.object({ sellerSku: z.string(), specId: specId.optional(), unitsPerItem: z.number().int() })),
    createdAt: z.number(),
  }),
);
export type PendingDraft = z.infer<typeof pendingDraftSchema>;

/** A forwarder (배대지) warehouse in China: the only ship-to a 구매대행 purchase ever gets. */
export const forwarderAddressSchema = z.lazy(() =>
  z.object({
    id: z.string().uuid(),
    label: z.string().trim().min(1).max(40),
    address: purchaseAddressSchema,
  }),
);
export type ForwarderAddress = z.infer<typeof forwarderAddressSchema>;

/** The seller's own cost numbers for profit per order. */
export const crossborderCostsSchema = z.lazy(() =>
  z
    .object({
      /** The forwarder's fee per order (China → Korea, handling), won. */
      forwarderFeeKrw: won.min(0).max(10_000_000),
      /** Anything else per order (packing, domestic delivery in Korea…), won. */
      otherCostKrw: won.min(0).max(10_000_000),
      /** Won per US dollar, for the USD 150 list-clearance test. */
      krwPerUsd: z.number().positive().max(100_000),
      dutyPercent: z.number().min(0).max(100),
      vatPercent: z.number().min(0).max(100),
    })
    .strict(),
);
export type CrossborderCosts = z.infer<typeof crossborderCostsSchema>;

/** Where a linked 구매대행 order stands (the tabs, in order). */
export const FLOW_STATES = [
  'toPurchase',
  'toPay',
  'supplierShipping',
  'atForwarder',
  'readyToShip',
  'invoiceUploaded',
] as const;
export const flowState = z.lazy(() => z.enum(FLOW_STATES));
export type FlowState = z.infer<typeof flowState>;

/** The personal customs code (개인통관고유부호): fine, missing, or not `P` + 12 digits. */
export const customsCheck = z.lazy(() => z.enum(['ok', 'missing', 'malformed']));
export type CustomsCheck = z.infer<typeof customsCheck>;

/** Profit of one linked order, to the won (profit/profit.ts says how each figure is made). */
export const crossborderProfitSchema = z.lazy(() =>
  z.object({
    basis: z.enum(['actual', 'estimated']),
    sale: won,
    shippingFee: won,
    coupangFees: won,
    sellerDiscount: won,
    settlement: won,
    /** 1688 goods and freight in fen, and in won at the rate stored with the purchase. */
    goodsFen: fen.optional(),
    freightFen: fen.optional(),
    krwPerCny: z.number().optional(),
    goodsKrw: won,
    freightKrw: won,
    forwarderKrw: won,
    otherKrw: won,
    /** The goods value the USD 150 test reads, in US cents. */
    customsValueUsdCents: z.number().int(),
    dutyKrw: won,
    importVatKrw: won,
    /** One customer's orders of the same KST day together cross USD 150 (list clearance no longer applies). */
    combinedOverThreshold: z.boolean(),
    /** The 1688 cost is not known yet (no purchase, or 1688 disconnected). */
    costKnown: z.boolean(),
    profit: won,
  }),
);
export type CrossborderProfit = z.infer<typeof crossborderProfitSchema>;

/**
 * One 1688 purchase behind a linked order, as far as it is known. A Coupang order whose lines come
 * from several 1688 suppliers has one per supplier.
 */
export const purchaseLinkView = z.lazy(() =>
  z.object({
    /** The purchase's handle within its order (for the seller's arrival mark). */
    ref: z.string(),
    alibabaAccountKey: accountKey,
    idempotencyKey: z.string().optional(),
    orderId: idString.optional(),
    /** The 1688 order's key in the synced cache (for its status and trace). */
    orderKey: orderKey.optional(),
    status: z.string().optional(),
    createState: z.string().optional(),
    createResult: outboxResult.optional(),
    /** Where this purchase stands (toPurchase: failed or closed, its lines need buying again). */
    stage: flowState,
    /** The Coupang order lines it fills (empty: the whole order, linked by hand). */
    lineIds: z.array(z.string()),
    /** The seller said this purchase's parcel reached the forwarder. */
    arrivedAt: z.number().optional(),
  }),
);
export type PurchaseLinkView = z.infer<typeof purchaseLinkView>;

export const flowRowSchema = z.lazy(() =>
  z.object({
    orderKey,
    orderId: idString,
    orderedAt: z.string(),
    marketStatus: z.string(),
    state: flowState,
    productSummary: z.string(),
    quantity: z.number().int(),
    /** Masked name (the list never shows a customer in clear). */
    recipientName: z.string(),
    customs: customsCheck,
    /** Its 1688 purchases (one per supplier), in the order they were made. */
    purchases: z.array(purchaseLinkView),
    forwarderTracking: z.object({ courierCode: z.string(), trackingNumber: z.string() }).optional(),
    invoiceNumber: z.string().optional(),
    /** Lines of the order that have no product link (they are left out of purchases). */
    unlinkedLines: z.number().int(),
    /** 구매대행 lines that no live 1688 purchase fills yet. */
    unfilledLines: z.number().int(),
  }),
);
export type FlowRow = z.infer<typeof flowRowSchema>;

const itemChoice = z.lazy(() =>
  z.object({ vendorItemId: idString, productName: z.string(), optionName: z.string().optional() }),
);
export type ItemChoice = z.infer<typeof itemChoice>;

const planLine = z.lazy(() =>
  z.object({
    orderKey,
    orderId: idString,
    /** The Coupang line this cargo fills, and its product (the seller's own listing words). */
    lineId: z.string(),
    productName: z.string(),
    offerId: idString,
    specId: z.string().optional(),
    quantity: z.number().int(),
  }),
);

const planGroup = z.lazy(() =>
  z.object({
    supplierName: z.string(),
    orders: z.array(orderKey),
    lines: z.array(planLine),
    goodsFen: fen,
    freightFen: fen,
    totalFen: fen,
    totalKrw: won,
    orderable: z.boolean(),
    warnings: z.array(z.string()),
  }),
);

const linkedOffer = z.lazy(() =>
  z.object({
    vendorItemId: idString,
    specId: z.string().optional(),
    unitsPerItem: z.number(),
    mode: linkMode,
  }),
);

export const crossborderMessages = {
  /** Product links, forwarder addresses and cost settings (the seller's own working data). */
  'crossborder.setup': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        links: z.array(productLinkSchema),
        addresses: z.array(forwarderAddressSchema),
        costs: crossborderCostsSchema,
        /** Options seen in synced Coupang orders, to pick from instead of typing a vendorItemId. */
        choices: z.array(itemChoice),
      }),
    senders: ['extension-page'],
  }),
  /** Adds or replaces the link of one Coupang option. The offer helper may link only its own page's offer. */
  'crossborder.link': defineMessage({
    needsConsent: false,
    request: () => z.object({ link: productLinkInput }).strict(),
    reply: () => z.object({ link: productLinkSchema, count: z.number().int() }),
    senders: ['extension-page', 'helper-frame'],
  }),
  'crossborder.unlink': defineMessage({
    needsConsent: false,
    request: () => z.object({ vendorItemId: idString }).strict(),
    reply: () => z.object({ removed: z.boolean() }),
    senders: ['extension-page'],
  }),
  /** What the offer helper shows: this offer's links and the options to link it to. */
  'crossborder.offerLinks': defineMessage({
    needsConsent: false,
    request: () => z.object({ offerId: idString }).strict(),
    reply: () => z.object({ links: z.array(linkedOffer), choices: z.array(itemChoice) }),
    senders: ['extension-page', 'helper-frame'],
  }),
  'crossborder.saveAddress': defineMessage({
    needsConsent: false,
    request: () =>
      z
        .object({
          id: z.string().uuid().optional(),
          label: z.string().trim().min(1).max(40),
          address: purchaseAddressSchema,
        })
        .strict(),
    reply: () => z.object({ addresses: z.array(forwarderAddressSchema) }),
    senders: ['extension-page'],
  }),
  'crossborder.removeAddress': defineMessage({
    needsConsent: false,
    request: () => z.object({ id: z.string().uuid() }).strict(),
    reply: () => z.object({ addresses: z.array(forwarderAddressSchema) }),
    senders: ['extension-page'],
  }),
  'crossborder.saveCosts': defineMessage({
    needsConsent: false,
    request: () => z.object({ costs: crossborderCostsSchema }).strict(),
    reply: () => z.object({ costs: crossborderCostsSchema }),
    senders: ['extension-page'],
  }),
  /** Every linked Coupang order with its flow state, and the counts per state. */
  'crossborder.flow': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        rows: z.array(flowRowSchema),
        counts: z.record(flowState, z.number().int()),
        /** Orders still to purchase whose customs code is missing or malformed. */
        customsIssues: z.number().int(),
      }),
    senders: ['extension-page'],
  }),
  /** One linked order: its row, its lines and which purchase fills each, profit. */
  'crossborder.detail': defineMessage({
    needsConsent: false,
    request: () => z.object({ orderKey }).strict(),
    reply: () =>
      z.object({
        row: flowRowSchema,
        lines: z.array(
          z.object({
            lineId: z.string(),
            productName: z.string(),
            optionName: z.string().optional(),
            quantity: z.number().int(),
            /** The live purchase filling it (a purchaseLinkView ref). */
            purchaseRef: z.string().optional(),
          }),
        ),
        profit: crossborderProfitSchema,
      }),
    senders: ['extension-page'],
  }),
  /**
   * Prices the 1688 purchases for these orders, one per supplier, shipped to the chosen forwarder
   * address (never the Coupang customer's). The plan is kept for the confirm step.
   */
  'crossborder.preview': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          orderKeys: z.array(orderKey).min(1).max(50),
          addressId: z.string().uuid(),
          alibabaAccountKey: accountKey,
        })
        .strict(),
    reply: () =>
      z.object({
        planId: z.string().uuid(),
        krwPerCny: z.number(),
        groups: z.array(planGroup),
        skipped: z.array(z.object({ orderKey, orderId: z.string().optional(), reason: z.string() })),
      }),
    senders: ['extension-page'],
  }),
  /** Creates the planned purchases through the outbox; `confirmKey` once per confirmation (a repeat creates nothing). */
  'crossborder.create': defineMessage({
    needsConsent: true,
    request: () => z.object({ planId: z.string().uuid(), confirmKey: z.string().uuid() }).strict(),
    reply: () => z.object({ purchases: z.array(purchaseStatusSchema) }),
    senders: ['extension-page'],
  }),
  /** The seller says one purchase's goods (`ref`), or all of the order's, reached the forwarder (or takes it back). */
  'crossborder.markArrived': defineMessage({
    needsConsent: false,
    request: () => z.object({ orderKey, arrived: z.boolean(), ref: z.string().min(1).max(80).optional() }).strict(),
    reply: () => z.object({ ok: z.boolean() }),
    senders: ['extension-page'],
  }),
  /** The forwarder's Korean tracking number becomes the Coupang invoice (the existing invoice action). */
  'crossborder.uploadInvoice': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({ orderKey, courierCode: z.string().min(2).max(40), trackingNumber: z.string().trim().min(4).max(40) })
        .strict(),
    reply: () => z.object({ state: z.string(), result: outboxResult.optional() }),
    senders: ['extension-page'],
  }),
  /**
   * The Wing order helper: the 구매대행 stage of the order its page names, the 1688 purchase's
   * status and its latest trace steps (shown, never stored). Masked nothing: no customer data.
   */
  'crossborder.orderHelper': defineMessage({
    needsConsent: true,
    request: () => z.object({ orderId: idString.optional(), shipmentBoxId: idString.optional() }).strict(),
    reply: () =>
      z.object({
        linked: z.boolean(),
        state: flowState.optional(),
        /** Each 1688 purchase of the order (one per supplier) with its latest trace steps. */
        purchases: z.array(
          z.object({
            orderId: idString.optional(),
            status: z.string().optional(),
            stage: flowState,
            trace: z.array(z.object({ at: z.string(), remark: z.string() })),
          }),
        ),
      }),
    senders: ['extension-page', 'helper-frame'],
  }),
  /**
   * A Coupang listing draft made from a 1688 offer: refused when its texts or images name a 1688
   * host or repeat the offer's words (as 1688's API gives them); else created through the
   * products outbox (exactly once), and the offer's links wait for the approval.
   */
  'crossborder.createDraft': defineMessage({
    needsConsent: true,
    request: () =>
      z.object({ accountKey, draft: productDraft, source: draftSourceSchema, imageRights: z.literal(true) }).strict(),
    reply: () => batchReply,
    senders: ['extension-page'],
  }),
  /** The draft's approval, as products.status; once approved, its options are linked to the offer. */
  'crossborder.draftStatus': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey, sellerSku: z.string().min(1).max(60) }).strict(),
    reply: () => z.object({ product: productStatusView.optional(), links: z.array(productLinkSchema) }),
    senders: ['extension-page'],
  }),
  /**
   * Links Coupang order lines to a 1688 purchase order made elsewhere; without `lineIds`, the
   * lines no live purchase fills yet.
   */
  'crossborder.linkOrder': defineMessage({
    needsConsent: false,
    request: () =>
      z
        .object({
          orderKey,
          alibabaAccountKey: accountKey,
          alibabaOrderId: idString,
          lineIds: z.array(z.string().min(1).max(80)).min(1).max(50).optional(),
        })
        .strict(),
    reply: () => z.object({ ok: z.boolean() }),
    senders: ['extension-page'],
  }),
} as const;
