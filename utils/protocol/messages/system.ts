import { z } from 'zod';
import { defineMessage } from '../define';

/** Messages every part of the extension uses: liveness, the security log, settings. */
export const systemMessages = {
  'system.ping': defineMessage({
    needsConsent: false,
    request: () => z.object({ echo: z.string().max(200).optional() }).strict(),
    reply: () =>
      z.object({
        pong: z.literal(true),
        version: z.string(),
        senderKind: z.string(),
        echo: z.string().optional(),
      }),
    senders: ['extension-page', 'content-script'],
  }),
  'security.getLog': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () =>
      z.object({
        total: z.number(),
        byReason: z.record(z.string(), z.number()),
        recent: z.array(
          z.object({
            at: z.number(),
            type: z.string(),
            reason: z.string(),
            senderKind: z.string(),
            origin: z.string(),
          }),
        ),
      }),
    senders: ['extension-page'],
  }),
} as const;
