import { z } from 'zod';
import { defineMessage } from '../define';

/**
 * Consent, the "What is stored" inventory and deletion (compliance C4, C6). Extension pages only:
 * a content script has no business changing consent or deleting data.
 */
export const consentStatus = z.lazy(() =>
  z.object({
    granted: z.boolean(),
    /** The version of the notice the seller must agree to now. */
    currentVersion: z.number().int(),
    /** The version the seller agreed to, if any (lower than current = the notice changed). */
    acceptedVersion: z.number().int().optional(),
    acceptedAt: z.number().optional(),
    /** What the notice says about retention comes from the live settings, not from copy. */
    retention: z.object({ piiTtlMinutes: z.number().int(), referenceTtlHours: z.number().int() }),
  }),
);
export type ConsentStatus = z.infer<typeof consentStatus>;

const when = z.lazy(() => z.number().optional());

export const inventoryItem = z.lazy(() =>
  z.object({
    /** Registry id; the label is the registry's i18n key. */
    id: z.string(),
    label: z.string(),
    area: z.enum(['local', 'session', 'idb']),
    pii: z.boolean(),
    secret: z.boolean(),
    /** Declared longest life; null = until one of `clearedOn`. */
    ttlMs: z.number().nullable(),
    clearedOn: z.array(z.string()),
    count: z.number().int(),
    /** Oldest entry, when the stored value says (epoch ms). */
    oldest: when,
    /** Next entry to expire, when known (epoch ms). */
    nextExpiry: when,
  }),
);
export type InventoryItem = z.infer<typeof inventoryItem>;

const cacheKindStat = z.lazy(() =>
  z.object({
    kind: z.string(),
    count: z.number().int(),
    oldest: z.number(),
    nextExpiry: z.number(),
    encrypted: z.number().int(),
  }),
);

export const privacyMessages = {
  'privacy.consentStatus': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => consentStatus,
    senders: ['extension-page'],
  }),
  /** `version` is the notice version the seller read; a stale page cannot agree to a newer notice. */
  'privacy.acceptConsent': defineMessage({
    needsConsent: false,
    request: () => z.object({ version: z.number().int().positive(), locale: z.enum(['ko', 'en', 'zh_CN']) }).strict(),
    reply: () => consentStatus,
    senders: ['extension-page'],
  }),
  /** Withdrawal deletes all data (the seller's right), then the consent screen shows again. */
  'privacy.withdrawConsent': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ wiped: z.literal(true) }),
    senders: ['extension-page'],
  }),
  'privacy.inventory': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        now: z.number(),
        items: z.array(inventoryItem),
        cacheKinds: z.array(cacheKindStat),
        databaseExists: z.boolean(),
        alarms: z.number().int(),
      }),
    senders: ['extension-page'],
  }),
  /** The confirmation is the UI's; `confirm: true` keeps a stray message from wiping by accident. */
  'privacy.deleteAll': defineMessage({
    needsConsent: false,
    request: () => z.object({ confirm: z.literal(true) }).strict(),
    reply: () => z.object({ wiped: z.literal(true) }),
    senders: ['extension-page'],
  }),
} as const;
