import { z } from 'zod';
import { EXCHANGE_ACTIONS, RETURN_ACTIONS, RETURN_TABS } from '../../domain/claim-status';
import { defineMessage } from '../define';
import { outboxItemView } from './orders';
import { accountKey, idString, orderKey } from './shared-schemas';

/**
 * Claims (Coupang returns, stop-shipment requests, exchanges, issue 14): the claims area's lists
 * by Wing work tab, one claim's actions (each through the outbox, with its per-item result) and
 * the replacement address's timed reveal. Amounts are whole won. A return carries no personal
 * data; an exchange's replacement address is masked here and plain only from `claims.reveal`.
 */

const won = z.number().int();
const iso = z.string();

export const returnTab = z.lazy(() => z.enum(RETURN_TABS));
export const returnAction = z.lazy(() => z.enum(RETURN_ACTIONS));
export const exchangeAction = z.lazy(() => z.enum(EXCHANGE_ACTIONS));

const returnItem = z.lazy(() =>
  z.object({
    vendorItemId: idString,
    name: z.string().optional(),
    cancelCount: z.number().int(),
    purchaseCount: z.number().int().optional(),
    shipmentBoxId: idString.optional(),
    /** Y shipped, N not shipped, S stopped, A already shipped (Coupang's codes). */
    releaseStatus: z.string().optional(),
  }),
);

/** A return receipt as the background keeps it (no personal data: requester fields are never parsed). */
const returnClaimObject = () =>
  z.object({
    accountKey,
    receiptId: idString,
    orderId: idString,
    receiptType: z.string(),
    receiptStatus: z.string(),
    createdAt: iso.optional(),
    modifiedAt: iso.optional(),
    /** When the buyer withdrew it (withdraw history). */
    withdrawnAt: iso.optional(),
    reasonCode: z.string().optional(),
    /** Coupang's reason text (a category, never the buyer's free text). */
    reason: z.string().optional(),
    /** COUPANG | VENDOR | CUSTOMER | WMS | GENERAL. */
    faultBy: z.string().optional(),
    /** Return shipping charge: + the seller pays, − the buyer pays (Coupang's sign). */
    returnShippingCharge: won.optional(),
    releaseStopStatus: z.string().optional(),
    returnDeliveryType: z.string().optional(),
    items: z.array(returnItem),
    /** Total quantity of the receipt (what stop-shipment and approval must send). */
    cancelCount: z.number().int(),
    pickup: z.object({ courierCode: z.string().optional(), invoiceNumber: z.string().optional() }).optional(),
  });
export const returnClaim = z.lazy(returnClaimObject);
export type ReturnClaim = z.infer<typeof returnClaim>;

export const returnRow = z.lazy(() =>
  returnClaimObject().extend({
    tab: returnTab,
    actions: z.lazy(() => z.array(returnAction)),
    shippingPaidBy: z.lazy(() => z.enum(['seller', 'buyer', 'none'])),
    /** KST ISO end of the day by which the seller should act in this tab. */
    deadline: iso.optional(),
    /** The cached order of the (first) box, for the link to it. */
    orderKey: orderKey.optional(),
  }),
);
export type ReturnRow = z.infer<typeof returnRow>;

const address = z.lazy(() =>
  z.object({
    name: z.string(),
    phone: z.string(),
    postcode: z.string(),
    address: z.string(),
    addressDetail: z.string(),
  }),
);
export type ExchangeAddress = z.infer<typeof address>;

/** An exchange as the background keeps it; `delivery` is the replacement's address (PII, encrypted). */
const exchangeClaimObject = () =>
  z.object({
    accountKey,
    exchangeId: idString,
    orderId: idString,
    status: z.string(),
    collectStatus: z.string().optional(),
    collectCompleteAt: iso.optional(),
    createdAt: iso.optional(),
    modifiedAt: iso.optional(),
    reasonCode: z.string().optional(),
    reason: z.string().optional(),
    faultType: z.string().optional(),
    amount: won.optional(),
    items: z.array(
      z.object({
        vendorItemId: idString.optional(),
        name: z.string().optional(),
        quantity: z.number().int().optional(),
        originalShipmentBoxId: idString.optional(),
      }),
    ),
    /** The replacement's box (Coupang issues it after collection); never the original box. */
    newShipmentBoxId: idString.optional(),
    invoice: z.object({ courierCode: z.string().optional(), invoiceNumber: z.string().optional() }).optional(),
    delivery: address.optional(),
  });
export const exchangeClaim = z.lazy(exchangeClaimObject);
export type ExchangeClaim = z.infer<typeof exchangeClaim>;

export const exchangeRow = z.lazy(() =>
  exchangeClaimObject().extend({
    actions: z.lazy(() => z.array(exchangeAction)),
    /** Why the replacement invoice cannot be sent yet. */
    invoiceBlock: z.lazy(() => z.enum(['notReceived', 'notCollected', 'noNewBox', 'closed', 'alreadySent']).optional()),
    deadline: iso.optional(),
    orderKey: orderKey.optional(),
    /** Set while the seller has revealed this exchange's address: ask `claims.reveal` with `resume`. */
    revealedUntil: z.lazy(() => z.number().optional()),
  }),
);
export type ExchangeRow = z.infer<typeof exchangeRow>;

export const claimCounts = z.lazy(() =>
  z.object({
    stopRequested: z.number().int(),
    received: z.number().int(),
    awaitingGoods: z.number().int(),
    awaitingApproval: z.number().int(),
    coupangCheck: z.number().int(),
    done: z.number().int(),
    withdrawn: z.number().int(),
    exchange: z.number().int(),
  }),
);
export type ClaimCounts = z.infer<typeof claimCounts>;

const actionReply = z.lazy(() => z.object({ batchId: z.string(), items: z.array(outboxItemView) }));
const courier = {
  courierCode: z.lazy(() => z.string().min(1).max(20)),
  trackingNumber: z.lazy(() => z.string().min(1).max(40)),
};

export const claimMessages = {
  /** Reads the account's claims of the last 30 days (KST) through the vendor's queue. */
  'claims.sync': defineMessage({
    needsConsent: true,
    /** `fresh`: the seller pressed Refresh — a read already under way began before it and is not enough. */
    request: () => z.object({ accountKey, fresh: z.boolean().optional() }).strict(),
    reply: () => z.object({ syncedAt: z.number(), counts: claimCounts }),
    senders: ['extension-page'],
  }),
  /** The cached returns of one Wing tab (newest first) or one receipt in any tab, and every tab's count. */
  'claims.returns': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey, tab: returnTab.optional(), receiptId: idString.optional() }).strict(),
    reply: () => z.object({ syncedAt: z.number().optional(), counts: claimCounts, rows: z.array(returnRow) }),
    senders: ['extension-page'],
  }),
  /** The cached exchanges (newest first), addresses masked. */
  'claims.exchanges': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey }).strict(),
    reply: () => z.object({ syncedAt: z.number().optional(), rows: z.array(exchangeRow) }),
    senders: ['extension-page'],
  }),
  /** The claims of one order (the order view's link to them). */
  'claims.forOrder': defineMessage({
    needsConsent: false,
    request: () => z.object({ orderKey }).strict(),
    reply: () => z.object({ returns: z.array(returnRow), exchanges: z.array(exchangeRow) }),
    senders: ['extension-page'],
  }),
  /** One return action through the outbox; a claim not in a state that allows it is refused, naming the state. */
  'claims.returnAction': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          accountKey,
          receiptId: idString,
          action: returnAction,
          /** approve: the quantity (prefilled with the receipt's; Coupang accepts only that). */
          cancelCount: z.number().int().positive().optional(),
          courierCode: courier.courierCode.optional(),
          trackingNumber: courier.trackingNumber.optional(),
        })
        .strict(),
    reply: () => actionReply,
    senders: ['extension-page'],
  }),
  'claims.exchangeAction': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          accountKey,
          exchangeId: idString,
          action: exchangeAction,
          rejectReason: z.enum(['SOLDOUT', 'WITHDRAW']).optional(),
          courierCode: courier.courierCode.optional(),
          trackingNumber: courier.trackingNumber.optional(),
        })
        .strict(),
    reply: () => actionReply,
    senders: ['extension-page'],
  }),
  /** The replacement address of one exchange, for a limited time (like orders.reveal). */
  'claims.reveal': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey, exchangeId: idString, resume: z.boolean().optional() }).strict(),
    reply: () => z.object({ delivery: address, revealedUntil: z.number() }),
    senders: ['extension-page'],
  }),
  'claims.hide': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey, exchangeId: idString }).strict(),
    reply: () => z.object({ hidden: z.boolean() }),
    senders: ['extension-page'],
  }),
  /** Claims waiting for the seller, per account (popup); counts only. */
  'claims.waiting': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        accounts: z.array(z.object({ accountKey, returns: z.number().int(), exchanges: z.number().int() })),
      }),
    senders: ['extension-page'],
  }),
} as const;
