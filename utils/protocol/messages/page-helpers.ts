import { z } from 'zod';
import { COMMISSION_CATEGORY_IDS } from '../../calculator/settings';
import { defineMessage } from '../define';
import { alibabaMessages } from './alibaba';
import { orderRowObject } from './orders';
import { idString, moneySchema, orderKey, wireError, workState } from './shared-schemas';

/**
 * Messages of the helper panels on seller pages (issues 7, 18). They come from the helper frame
 * (entrypoints/helper-frame/), the extension-origin page inside the panel where everything a
 * seller types or clicks lives; it may ask only about the ids in its tab's current URL: every
 * handler checks the request against `pageContextFor(sender.pageUrl)` (utils/page-helpers/registry.ts)
 * and refuses anything else. No request names a page URL: the frame's own URL parameters are not
 * believed, the tab's URL as the browser reports it (pushState included) is. Replies carry masked
 * personal data only, never a secret. The offer summary itself is `offers.get` (messages/alibaba.ts).
 */

const date = z.lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
const won = z.number().int().min(0).max(100_000_000);
const percent = z.lazy(() => z.number().min(0).max(100));

export const calculatorSettingsSchema = z.lazy(() =>
  z
    .object({
      rate: z
        .object({ krwPerCny: z.number().positive().max(10_000), date })
        .strict()
        .optional(),
      shipping: z.object({ mode: z.enum(['perUnit', 'perKg']), perUnitKrw: won, perKgKrw: won }).strict(),
      dutyPercent: z.number().min(0).max(1000),
      vatPercent: percent,
      category: z.enum(COMMISSION_CATEGORY_IDS),
      commissionPercent: percent,
      coupangShippingFeeKrw: won,
      /** VAT Coupang adds to its commissions (learned from revenue lines; 10 when absent). */
      feeVatPercent: percent.optional(),
      /** Coupang's commission on the buyer-paid shipping fee (3 when absent). */
      shippingFeeCommissionPercent: percent.optional(),
    })
    .strict(),
);

const offerInputsSchema = z.lazy(() =>
  z
    .object({
      quantity: z.number().int().min(1).max(10_000_000),
      unitWeightKg: z.number().positive().max(10_000).optional(),
      salePriceKrw: won.optional(),
      unitPriceFenOverride: z.number().int().min(0).max(1_000_000_000).optional(),
    })
    .strict(),
);

/** One sourcing-list entry: the offer id and the seller's own numbers — nothing copied from 1688 (C16). */
export const sourcingEntrySchema = z.lazy(() =>
  z.object({
    offerId: idString,
    addedAt: z.number(),
    updatedAt: z.number(),
    inputs: offerInputsSchema,
    settings: calculatorSettingsSchema,
  }),
);
export type SourcingEntry = z.infer<typeof sourcingEntrySchema>;

/** A 1688 order as its own page's helper shows it: masked, no contact data. */
const helperOrder1688Schema = z.lazy(() =>
  z.object({
    orderKey,
    role: z.enum(['seller', 'buyer']),
    accountLabel: z.string(),
    orderId: idString,
    marketStatus: z.string(),
    workState,
    orderedAt: z.string(),
    paidAt: z.string().optional(),
    lines: z.array(
      z.object({
        productName: z.string(),
        optionName: z.string().optional(),
        quantity: z.number().int(),
        unitPrice: moneySchema,
      }),
    ),
    total: moneySchema,
    shippingFee: moneySchema.optional(),
    /** Supplier (purchases) as 1688 names it; a buyer's name (sales) masked. */
    counterpartyName: z.string().optional(),
    /** Masked (e.g. 王*明) and the region only. */
    recipient: z.object({ name: z.string(), region: z.string() }),
    courierName: z.string().optional(),
    trackingNumber: z.string().optional(),
  }),
);

const helperLogisticsSchema = z.lazy(() =>
  z.object({
    notShipped: z.boolean(),
    shipments: z.array(
      z.object({
        carrierName: z.string().optional(),
        trackingNumber: z.string().optional(),
        status: z.string().optional(),
      }),
    ),
    /** Newest first; phone numbers in remarks masked. */
    steps: z.array(z.object({ at: z.string(), remark: z.string() })),
  }),
);

const wingNextStep = z.lazy(() => z.enum(['acknowledge', 'uploadInvoice', 'stopShipment', 'track', 'none']));

/** A Wing order as the helper shows it: the order row's display fields (masked), and its next step. */
const helperWingOrderSchema = z.lazy(() =>
  orderRowObject()
    .pick({
      orderId: true,
      workState: true,
      marketStatus: true,
      shipBy: true,
      productSummary: true,
      itemCount: true,
      total: true,
      recipientName: true,
      courierName: true,
      trackingNumber: true,
    })
    .extend({
      orderKey,
      shipmentBoxId: idString,
      nextStep: wingNextStep,
      pendingAction: z.lazy(() => z.object({ action: z.string(), state: z.string() }).optional()),
    }),
);

export const pageHelperMessages = {
  /** The seller's calculator settings (defaults until saved). The helper frame: on an offer page only. */
  'helper.calculator.get': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ settings: calculatorSettingsSchema, saved: z.boolean() }),
    senders: ['helper-frame', 'extension-page'],
  }),
  'helper.calculator.save': defineMessage({
    needsConsent: false,
    request: () => z.object({ settings: calculatorSettingsSchema }).strict(),
    reply: () => z.object({ settings: calculatorSettingsSchema }),
    senders: ['helper-frame', 'extension-page'],
  }),
  /** Whether this offer is on the sourcing list, with the seller's numbers kept for it. */
  'helper.sourcing.get': defineMessage({
    needsConsent: false,
    request: () => z.object({ offerId: idString }).strict(),
    reply: () => z.object({ entry: sourcingEntrySchema.optional(), count: z.number().int() }),
    senders: ['helper-frame', 'extension-page'],
  }),
  /** Adds (or updates) the offer on the sourcing list: id + the seller's own numbers only. */
  'helper.sourcing.add': defineMessage({
    needsConsent: false,
    request: () => z.object({ offerId: idString, inputs: offerInputsSchema }).strict(),
    reply: () => z.object({ entry: sourcingEntrySchema, count: z.number().int() }),
    senders: ['helper-frame', 'extension-page'],
  }),
  /** The 1688 order its page names: status, amounts and logistics, in the view of the member that has it. */
  'helper.order1688': defineMessage({
    needsConsent: true,
    request: () => z.object({ orderId: idString }).strict(),
    reply: () =>
      z.object({
        order: helperOrder1688Schema,
        logistics: helperLogisticsSchema.optional(),
        logisticsError: wireError.optional(),
      }),
    senders: ['helper-frame'],
  }),
  /** Today's Coupang work (counts over every connected vendor) and, if the URL names one, that order. */
  'helper.wing': defineMessage({
    needsConsent: true,
    request: () => z.object({ orderId: idString.optional(), shipmentBoxId: idString.optional() }).strict(),
    reply: () =>
      z.object({
        vendors: z.number().int(),
        syncedAt: z.number().optional(),
        dueSoonHours: z.number(),
        counts: z.object({
          toAcknowledge: z.number().int(),
          toShip: z.number().int(),
          dueSoon: z.number().int(),
          overdue: z.number().int(),
          cancelRequests: z.number().int(),
          /** Customer inquiries waiting for the seller (product Q&A 30 days, call centre 7 days), once read. */
          unansweredInquiries: z.number().int().optional(),
        }),
        order: helperWingOrderSchema.optional(),
        /** The URL names an order that is not in the synced cache. */
        orderNotCached: z.boolean(),
      }),
    senders: ['helper-frame'],
  }),
  /** The offer its page names, through `offers.get` (messages/alibaba.ts), judged by the tab's URL. */
  'helper.offer': defineMessage({
    needsConsent: false,
    request: () => z.object({ offerId: idString }).strict(),
    reply: () => alibabaMessages['offers.get'].reply,
    senders: ['helper-frame'],
  }),
  /** Opens the options page from a helper's notice (not connected, no consent). */
  'helper.openOptions': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ opened: z.boolean() }),
    senders: ['helper-frame'],
  }),
} as const;

export type HelperOrder1688Reply = z.infer<(typeof pageHelperMessages)['helper.order1688']['reply']>;
export type HelperWingReply = z.infer<(typeof pageHelperMessages)['helper.wing']['reply']>;
