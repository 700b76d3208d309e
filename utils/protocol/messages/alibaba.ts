import { z } from 'zod';
import { defineMessage } from '../define';
import { accountView } from './connections';
import { accountKey, idString, moneySchema, orderKey, outboxResult } from './shared-schemas';

/**
 * 1688 messages: connecting a member (own app or signing relay), logistics of a 1688 order, offer
 * details, and purchase orders (preview → confirmed create through the durable outbox). Replies
 * are view models: never a token, a secret or an installation key.
 */

const appKey = z.lazy(() =>
  z
    .string()
    .trim()
    .regex(/^\w{3,40}$/),
);

/** A 1688 offer as the helper panel and the purchase form show it (no images: C16). */
export const offerViewSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    source: z.enum(['own', 'cross']),
    title: z.string(),
    status: z.string().optional(),
    priceTiers: z.array(z.object({ minQty: z.number(), price: moneySchema })),
    minOrderQty: z.number(),
    stock: z.number().optional(),
    unit: z.string().optional(),
    supplier: z.object({ name: z.string(), memberId: z.string().optional() }),
    shipFrom: z.object({ province: z.string(), city: z.string() }),
    skus: z.array(
      z.object({
        skuId: z.string(),
        specId: z.string().optional(),
        specs: z.array(z.object({ name: z.string(), value: z.string() })),
        price: moneySchema.optional(),
        stock: z.number().optional(),
      }),
    ),
  }),
);
export type OfferViewWire = z.infer<typeof offerViewSchema>;

const logisticsShipmentSchema = z.lazy(() =>
  z.object({
    logisticsId: z.string(),
    trackingNumber: z.string().optional(),
    carrierName: z.string().optional(),
    carrierCode: z.string().optional(),
    status: z.string().optional(),
    lineIds: z.array(z.string()),
    goods: z.array(z.object({ name: z.string(), quantity: z.number().optional(), unit: z.string().optional() })),
  }),
);

const logisticsTraceSchema = z.lazy(() =>
  z.object({
    logisticsId: z.string().optional(),
    trackingNumber: z.string().optional(),
    steps: z.array(z.object({ at: z.string(), remark: z.string() })),
  }),
);

export const logisticsReplySchema = z.lazy(() =>
  z.object({
    orderKey,
    role: z.enum(['seller', 'buyer']),
    /** True when 1688 says the order has not been shipped yet (no parcels, no trace). */
    notShipped: z.boolean(),
    shipments: z.array(logisticsShipmentSchema),
    traces: z.array(logisticsTraceSchema),
  }),
);
export type LogisticsReply = z.infer<typeof logisticsReplySchema>;

/** The delivery address of a purchase order (1688 `addressParam`, text form). */
export const purchaseAddressSchema = z.lazy(() =>
  z
    .object({
      fullName: z.string().trim().min(1).max(50),
      mobile: z
        .string()
        .trim()
        .regex(/^\+?[\d -]{5,20}$/),
      phone: z
        .string()
        .trim()
        .regex(/^\d{0,20}$/)
        .optional(),
      postCode: z.string().trim().max(10).optional(),
      provinceText: z.string().trim().min(1).max(30),
      cityText: z.string().trim().min(1).max(30),
      areaText: z.string().trim().max(30).default(''),
      townText: z.string().trim().max(30).optional(),
      address: z.string().trim().min(1).max(200),
    })
    .strict(),
);
export type PurchaseAddressWire = z.infer<typeof purchaseAddressSchema>;

const purchaseLineSchema = z.lazy(() =>
  z
    .object({
      offerId: idString,
      specId: z
        .string()
        .trim()
        .regex(/^[0-9a-zA-Z]{1,64}$/)
        .optional(),
      quantity: z.number().int().min(1).max(1_000_000),
    })
    .strict(),
);

const previewLine = z.lazy(() =>
  z.object({
    offerId: z.string().optional(),
    specId: z.string().optional(),
    skuId: z.string().optional(),
    amount: moneySchema.optional(),
    unitPrice: moneySchema.optional(),
    ok: z.boolean(),
    resultCode: z.string().optional(),
    message: z.string().optional(),
  }),
);

const purchasePreviewSchema = z.lazy(() =>
  z.object({
    orders: z.array(
      z.object({
        lines: z.array(previewLine),
        goods: moneySchema,
        shipping: moneySchema,
        discount: moneySchema,
        total: moneySchema,
        tradeModes: z.array(z.object({ tradeType: z.string().optional(), name: z.string() })),
      }),
    ),
    goods: moneySchema,
    shipping: moneySchema,
    discount: moneySchema,
    total: moneySchema,
    orderable: z.boolean(),
    warnings: z.array(z.object({ code: z.string(), offerId: z.string().optional() })),
  }),
);
export type PurchasePreviewWire = z.infer<typeof purchasePreviewSchema>;

/** Where a purchase order stands: the outbox item's state plus the created order once known. */
export const purchaseStatusSchema = z.lazy(() =>
  z.object({
    idempotencyKey: z.string(),
    state: z.enum(['none', 'queued', 'sending', 'succeeded', 'failed', 'unknown']),
    attempts: z.number().int(),
    result: outboxResult.optional(),
    orderId: idString.optional(),
    orderKey: orderKey.optional(),
    total: moneySchema.optional(),
    /** 1688 left these lines out of the created order (stock, MOQ…). */
    failedOffers: z.array(z.object({ offerId: z.string().optional(), errorCode: z.string().optional() })).optional(),
  }),
);
export type PurchaseStatus = z.infer<typeof purchaseStatusSchema>;

/** Non-secret facts of a 1688 connection that the generic account view does not carry. */
const alibabaConnectionInfo = z.lazy(() =>
  z.object({
    accountKey,
    mode: z.enum(['ownApp', 'relay']),
    /** The relay's origin (relay mode): not a secret, shown so the seller knows who signs. */
    relayOrigin: z.string().optional(),
    /** Absolute refresh-token expiry (epoch ms), from `refresh_token_timeout`. */
    refreshExpiresAt: z.number().optional(),
  }),
);

export const alibabaMessages = {
  /** Starts the 1688 OAuth flow (launchWebAuthFlow) in own-app or relay mode. */
  'connections.connectAlibaba': defineMessage({
    needsConsent: true,
    request: () =>
      z.discriminatedUnion('mode', [
        z.object({ mode: z.literal('ownApp'), appKey, appSecret: z.string().trim().min(6).max(200) }).strict(),
        z
          .object({
            mode: z.literal('relay'),
            relayUrl: z.string().url().max(300),
            appKey,
            pairingCode: z.string().trim().min(4).max(200),
          })
          .strict(),
      ]),
    reply: () => z.object({ account: accountView }),
    senders: ['extension-page'],
  }),
  /** Runs OAuth again for the same member (after the refresh token was refused or expired). */
  'connections.reauthorize': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey }).strict(),
    reply: () => z.object({ account: accountView }),
    senders: ['extension-page'],
  }),
  'alibaba.connectionInfo': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ connections: z.array(alibabaConnectionInfo) }),
    senders: ['extension-page'],
  }),
  /** Parcels and tracking of one cached 1688 order, in the view of the order's role. */
  'alibaba.logistics': defineMessage({
    needsConsent: true,
    request: () => z.object({ orderKey }).strict(),
    reply: () => logisticsReplySchema,
    senders: ['extension-page'],
  }),
  /**
   * A 1688 offer by id: the seller's own (product.get) or another supplier's (cross.productInfo).
   * Pages reach it only through `helper.offer` (messages/page-helpers.ts), for the offer id in their tab's URL.
   */
  'offers.get': defineMessage({
    needsConsent: true,
    request: () => z.object({ offerId: idString, accountKey: accountKey.optional() }).strict(),
    reply: () => z.object({ offer: offerViewSchema, accountKey }),
    senders: ['extension-page'],
  }),
  /** Prices a purchase (alibaba.createOrder.preview). The returned token names exactly this input. */
  'purchase.preview': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          accountKey,
          lines: z.array(purchaseLineSchema).min(1).max(20),
          /** Required by 1688; absent → a clear "enter the delivery address" error. */
          address: purchaseAddressSchema.optional(),
        })
        .strict(),
    reply: () => z.object({ previewToken: z.string(), expiresAt: z.number(), preview: purchasePreviewSchema }),
    senders: ['extension-page'],
  }),
  /**
   * Creates the previewed purchase order through the outbox. `idempotencyKey` is made by the page
   * once per confirmation: sending it again (double click, retry) never creates a second order.
   */
  'purchase.create': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          accountKey,
          previewToken: z.string().uuid(),
          idempotencyKey: z.string().uuid(),
          tradeType: z.string().trim().max(40).optional(),
          note: z.string().trim().max(400).optional(),
        })
        .strict(),
    reply: () => purchaseStatusSchema,
    senders: ['extension-page'],
  }),
  'purchase.status': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey, idempotencyKey: z.string().uuid() }).strict(),
    reply: () => purchaseStatusSchema,
    senders: ['extension-page'],
  }),
} as const;
