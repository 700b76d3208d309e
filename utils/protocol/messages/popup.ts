import { z } from 'zod';
import { defineMessage } from '../define';
import { orderTab } from './orders';
import { accountKey, marketplace, orderKey, wireError } from './shared-schemas';

const count = z.lazy(() => z.number().int().nonnegative());

/** One connected account as the popup shows it: status and counts, no order data. */
export const popupAccount = z.lazy(() =>
  z.object({
    accountKey,
    marketplace,
    accountId: z.string(),
    label: z.string(),
    state: z.enum(['ok', 'syncing', 'blocked', 'needsReconnect', 'error']),
    progress: z.object({ done: count, total: count.optional() }).optional(),
    blockedUntil: z.number().optional(),
    lastSyncAt: z.number().optional(),
    lastError: wireError.optional(),
    /** Days until the Coupang key / 1688 authorization expires (warned at 14). */
    expiresInDays: z.number().optional(),
    /** Orders per state tab of the account's marketplace (Coupang work states or 1688 stages), zeros included. */
    counts: z.partialRecord(orderTab, count),
    /** Unshipped orders whose deadline is later today / already past (marketplace zone). */
    dueToday: count,
    overdue: count,
    /** Distinct orders (and inquiries) needing the seller (this account's part of the badge). */
    attention: count,
    /** Coupang returns and exchanges waiting for the seller (from the cached claims; issue 14). */
    claimsWaiting: count.optional(),
    /** Customer inquiries waiting for an answer or a confirmation; urgent: one has under 2 h left. */
    inquiries: count,
    inquiriesUrgent: z.boolean(),
    /** Whether "acknowledge all new" applies (Coupang orders are acknowledged; 1688 ones are not). */
    canAcknowledge: z.boolean(),
  }),
);
export type PopupAccount = z.infer<typeof popupAccount>;

export const popupMessages = {
  /** Everything the popup shows, in one call. */
  'popup.summary': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        consent: z.boolean(),
        accounts: z.array(popupAccount),
        badge: z.object({ count, urgency: z.enum(['none', 'info', 'dueToday', 'urgent']) }),
        /** The automatic sync interval (settings), for "next sync" wording. */
        intervalMinutes: z.number().int(),
      }),
    senders: ['extension-page'],
  }),
  /**
   * The new orders "acknowledge all new" would send, per account, so the confirmation can say how
   * many and for which vendor — and then send exactly those.
   */
  'popup.newOrders': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKeys: z.array(accountKey).max(20).optional() }).strict(),
    reply: () =>
      z.object({
        accounts: z.array(z.object({ accountKey, label: z.string(), keys: z.array(orderKey) })),
      }),
    senders: ['extension-page'],
  }),
} as const;
