import { z } from 'zod';
import { defineMessage } from '../define';
import { accountKey, marketplace, wireError } from './shared-schemas';

/** What pages may know about a connection: never a secret, keys only masked. */
/**
 * The seller's Wing login id (Coupang): what Coupang calls `vendorUserId` / `replyBy` — the user
 * a product registration or an inquiry answer is made in the name of. Not a secret.
 */
export const wingUserId = z.lazy(() =>
  z
    .string()
    .trim()
    .min(2)
    .max(50)
    .regex(/^[A-Za-z0-9._@-]+$/),
);

export const accountView = z.lazy(() =>
  z.object({
    accountKey,
    marketplace,
    /** Coupang vendorId / 1688 memberId. */
    accountId: z.string(),
    label: z.string(),
    /** e.g. "a1b2…9f0e" */
    maskedKey: z.string(),
    mode: z.enum(['apiKey', 'ownApp', 'relay']),
    status: z.enum(['ok', 'checking', 'error', 'blocked', 'needsReauth']),
    lastError: wireError.optional(),
    blockedUntil: z.number().optional(),
    lastSyncAt: z.number().optional(),
    /** Coupang keys live 180 days: issue date entered by the seller (yyyy-mm-dd, KST). */
    keyIssuedAt: z.string().optional(),
    keyExpiresAt: z.string().optional(),
    /** Coupang: the Wing login id (product registration needs it). */
    wingUserId: z.string().optional(),
    /** Days until the key (Coupang) or refresh token (1688) expires. */
    expiresInDays: z.number().optional(),
    connectedAt: z.number(),
  }),
);
export type AccountView = z.infer<typeof accountView>;

const verification = z.lazy(() =>
  z.object({
    ok: z.boolean(),
    error: wireError.optional(),
    clockSkewSeconds: z.number().optional(),
  }),
);

export const connectionMessages = {
  'connections.list': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => z.object({ accounts: z.array(accountView) }),
    senders: ['extension-page'],
  }),
  'connections.addCoupang': defineMessage({
    needsConsent: true,
    request: () =>
      z
        .object({
          vendorId: z
            .string()
            .trim()
            .regex(/^[AC]\d{8}$/),
          accessKey: z.string().trim().min(8).max(200),
          secretKey: z.string().trim().min(8).max(200),
          keyIssuedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          label: z.string().trim().max(60).optional(),
          wingUserId: wingUserId.optional(),
        })
        .strict(),
    // No account when a first connect failed its check: nothing was saved.
    reply: () => z.object({ account: accountView.optional(), verification }),
    senders: ['extension-page'],
  }),
  'connections.verify': defineMessage({
    needsConsent: true,
    request: () => z.object({ accountKey }).strict(),
    reply: () => z.object({ account: accountView, verification }),
    senders: ['extension-page'],
  }),
  'connections.update': defineMessage({
    needsConsent: false,
    request: () =>
      z
        .object({
          accountKey,
          keyIssuedAt: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          label: z.string().trim().max(60).optional(),
          wingUserId: wingUserId.optional(),
        })
        .strict(),
    reply: () => z.object({ account: accountView }),
    senders: ['extension-page'],
  }),
  'connections.disconnect': defineMessage({
    needsConsent: false,
    request: () => z.object({ accountKey }).strict(),
    reply: () => z.object({ removed: z.boolean() }),
    senders: ['extension-page'],
  }),
} as const;
