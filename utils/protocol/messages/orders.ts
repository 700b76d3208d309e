import { z } from 'zod';
import { TIMELINE_EVENTS } from '../../domain/order';
import { ALIBABA_STAGES, COUPANG_STATES } from '../../domain/order-status';
import type { TrackingRule } from '../../domain/tracking-number';
import { defineMessage } from '../define';
import {
  accountKey,
  idString,
  marketplace,
  moneySchema,
  orderKey,
  outboxResult,
  wireError,
  workState,
} from './shared-schemas';

/** A courier's tracking-number rule on the wire (domain/tracking-number.ts holds the type and check). */
const trackingRuleSchema = (): z.ZodType<TrackingRule> =>
  z.object({
    lengths: z.array(z.number().int().positive()).readonly().optional(),
    min: z.number().int().positive().optional(),
    max: z.number().int().positive().optional(),
    digitsOnly: z.boolean(),
  });

/** One row of the order list: masked PII, just what a row shows. */
export const orderRowObject = () =>
  z.object({
    key: orderKey,
    marketplace,
    accountId: z.string(),
    accountLabel: z.string(),
    role: z.enum(['seller', 'buyer']),
    orderId: idString,
    shipmentId: idString,
    workState,
    marketStatus: z.string(),
    orderedAt: z.string(),
    shipBy: z.string().optional(),
    productSummary: z.string(),
    itemCount: z.number().int(),
    total: moneySchema,
    /** Masked (e.g. 김*수) unless revealed. */
    recipientName: z.string(),
    courierName: z.string().optional(),
    trackingNumber: z.string().optional(),
    /** The newest outbox action on this order, if any (queued, sending, failed…). */
    pendingAction: z
      .object({ action: z.string(), state: z.string(), code: z.string().optional(), message: z.string().optional() })
      .optional(),
  });
export const orderRow = z.lazy(orderRowObject);
export type OrderRow = z.infer<typeof orderRow>;

/** A tab of the order list: Coupang's work states, 1688's stages (domain/order-status.ts), or all. */
export const orderTab = z.lazy(() => z.enum(['all', ...COUPANG_STATES, ...ALIBABA_STAGES]));
export type OrderTab = z.infer<typeof orderTab>;

/** What the order list filters and sorts by (the window — offset/limit — is added per request). */
export interface OrderListQuery {
  /** Whose orders: Coupang's and 1688's have their own tabs and words. */
  market: 'coupang' | 'alibaba';
  tab: OrderTab;
  accountKeys?: string[];
  search?: string;
  from?: string;
  to?: string;
  sort: 'orderedAt' | 'shipBy' | 'total';
  dir: 'asc' | 'desc';
}

const recipientView = z.lazy(() =>
  z.object({
    name: z.string(),
    phone: z.string(),
    postcode: z.string(),
    address: z.string(),
    addressDetail: z.string(),
    customsCode: z.string().optional(),
    memo: z.string().optional(),
  }),
);

export const orderDetail = z.lazy(() =>
  orderRowObject().extend({
    /** When this order's cache time ends (ms): the detail view closes its data then. */
    cacheExpiresAt: z.lazy(() => z.number().optional()),
    paidAt: z.lazy(() => z.string().optional()),
    lines: z.lazy(() =>
      z.array(
        z.object({
          lineId: z.string(),
          productName: z.string(),
          optionName: z.string().optional(),
          quantity: z.number().int(),
          unitPrice: moneySchema,
          itemId: z.string().optional(),
          productId: z.string().optional(),
        }),
      ),
    ),
    shippingFee: moneySchema.optional(),
    /** Always masked: the plain values come only from `orders.reveal`. */
    recipient: recipientView,
    /** Set while the seller has revealed this order's personal data (epoch ms): ask `orders.reveal` with `resume`. */
    revealedUntil: z.lazy(() => z.number().optional()),
    shipping: z.lazy(() =>
      z.object({
        courierCode: z.string().optional(),
        courierName: z.string().optional(),
        trackingNumber: z.string().optional(),
        shippedAt: z.string().optional(),
        deliveredAt: z.string().optional(),
      }),
    ),
    counterpartyName: z.lazy(() => z.string().optional()),
    timeline: z.lazy(() => z.array(z.object({ at: z.string(), label: z.enum(TIMELINE_EVENTS) }))),
    actions: z.lazy(() => z.array(z.enum(['acknowledge', 'uploadInvoice', 'updateInvoice', 'stopShipment']))),
  }),
);
export type OrderDetail = z.infer<typeof orderDetail>;

export const outboxItemView = z.lazy(() =>
  z.object({
    id: z.string(),
    accountKey,
    action: z.string(),
    targetId: z.string(),
    orderKey: orderKey.optional(),
    state: z.enum(['queued', 'sending', 'succeeded', 'failed', 'unknown']),
    attempts: z.number().int(),
    createdAt: z.number(),
    updatedAt: z.number(),
    batchId: z.string().optional(),
    result: outboxResult.optional(),
  }),
);
export type OutboxItemView = z.infer<typeof outboxItemView>;

const actionReply = z.lazy(() => z.object({ batchId: z.string(), items: z.array(outboxItemView) }));

const syncStatus = z.lazy(() =>
  z.object({
    accountKey,
    phase: z.enum(['idle', 'running', 'done', 'failed', 'blocked']),
    done: z.number().int(),
    total: z.number().int().optional(),
    lastSyncAt: z.number().optional(),
    blockedUntil: z.number().optional(),
    error: wireError.optional(),
  }),
);

export const orderMessages = {
  /** A window of the filtered, sorted order list (the list is virtualized; it asks per range). */
  'orders.query': defineMessage({
    needsConsent: false,
    request: () =>
      z
        .object({
          market: marketplace.default('coupang'),
          tab: orderTab.default('all'),
          accountKeys: z.array(accountKey).max(20).optional(),
          search: z.string().max(100).optional(),
          /** KST/+08:00 calendar dates yyyy-mm-dd, inclusive. */
          from: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          to: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          sort: z.enum(['orderedAt', 'shipBy', 'total']).default('orderedAt'),
          dir: z.enum(['asc', 'desc']).default('desc'),
          offset: z.number().int().min(0).default(0),
          limit: z.number().int().min(1).max(500).default(100),
        })
        .strict(),
    reply: () =>
      z.object({
        rows: z.array(orderRow),
        total: z.number().int(),
        /** Per tab of the asked market (tabs of the other market are absent). */
        counts: z.partialRecord(orderTab, z.number().int()),
        /** Shipping deadlines within this many hours are highlighted. */
        dueSoonHours: z.number(),
        syncedAt: z.number().optional(),
        /** When the first cached order expires (ms): a view drops it then, without being told. */
        nextExpiryAt: z.number().optional(),
      }),
    senders: ['extension-page'],
  }),
  'orders.detail': defineMessage({
    needsConsent: false,
    request: () => z.object({ key: orderKey }).strict(),
    reply: () => orderDetail,
    senders: ['extension-page'],
  }),
  /**
   * Shows one order's personal data for a short time (a deliberate click). With `resume`, starts
   * nothing: returns the values of a reveal still running (a page reopened during it), else fails
   * with kind `revealEnded`.
   */
  'orders.reveal': defineMessage({
    needsConsent: false,
    request: () => z.object({ key: orderKey, resume: z.boolean().optional() }).strict(),
    reply: () => z.object({ recipient: recipientView, revealedUntil: z.number() }),
    senders: ['extension-page'],
  }),
  /** Ends a reveal early (the seller pressed Hide). */
  'orders.hide': defineMessage({
    needsConsent: false,
    request: () => z.object({ key: orderKey }).strict(),
    reply: () => z.object({ hidden: z.literal(true) }),
    senders: ['extension-page'],
  }),
  'orders.sync': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey: accountKey.optional(), full: z.boolean().optional() }).strict(),
    reply: () => z.object({ started: z.array(accountKey) }),
    senders: ['extension-page'],
  }),
  'orders.syncStatus': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ accounts: z.array(syncStatus) }),
    senders: ['extension-page'],
  }),
  'orders.acknowledge': defineMessage({
    needsConsent: true,
    request: () => z.object({ keys: z.array(orderKey).min(1).max(500) }).strict(),
    reply: () => actionReply,
    senders: ['extension-page'],
  }),
  'orders.uploadInvoices': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          items: z
            .array(
              z.object({
                key: orderKey,
                courierCode: z.string().min(2).max(40),
                trackingNumber: z.string().min(4).max(40),
              }),
            )
            .min(1)
            .max(2000),
          /** true = correct the invoice of an already shipped order. */
          update: z.boolean().optional(),
        })
        .strict(),
    reply: () => actionReply,
    senders: ['extension-page'],
  }),
  'orders.stopShipment': defineMessage({
    needsConsent: true,
    request: () => z.object({ keys: z.array(orderKey).min(1).max(100) }).strict(),
    reply: () => actionReply,
    senders: ['extension-page'],
  }),
  'outbox.list': defineMessage({
    needsConsent: false,
    request: () => z.object({ batchId: z.string().max(80).optional(), accountKey: accountKey.optional() }).strict(),
    reply: () => z.object({ items: z.array(outboxItemView) }),
    senders: ['extension-page'],
  }),
  'outbox.retryFailed': defineMessage({
    needsConsent: true,
    request: () => z.object({ batchId: z.string().max(80) }).strict(),
    reply: () => actionReply,
    senders: ['extension-page'],
  }),
  /** Checks a pasted table or CSV of invoices against the cached orders; sends nothing. */
  'invoices.validate': defineMessage({
    needsConsent: false,
    request: () => z.object({ text: z.string().max(2_000_000), accountKey: accountKey.optional() }).strict(),
    reply: () =>
      z.object({
        valid: z.array(
          z.object({
            row: z.number().int(),
            key: orderKey,
            shipmentBoxId: idString,
            courierCode: z.string(),
            courierName: z.string(),
            trackingNumber: z.string(),
          }),
        ),
        errors: z.array(
          z.object({
            row: z.number().int(),
            code: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          }),
        ),
        totalRows: z.number().int(),
      }),
    senders: ['extension-page'],
  }),
  'couriers.list': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    // Each courier's tracking-number rule: the forms check a number as the import does.
    reply: () =>
      z.object({
        couriers: z.array(z.object({ code: z.string(), name: z.string(), rule: trackingRuleSchema() })),
      }),
    senders: ['extension-page'],
  }),
} as const;
