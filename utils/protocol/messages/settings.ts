import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../../settings/schema';
import { defineMessage } from '../define';

export const settingsMessages = {
  'settings.get': defineMessage({
    needsConsent: false,
    request: z.object({}).strict(),
    reply: settingsSchema,
    senders: ['extension-page'],
  }),
  'settings.update': defineMessage({
    needsConsent: false,
    request: settingsPatchSchema.strict(),
    reply: settingsSchema,
    senders: ['extension-page'],
  }),
  /** What a content script needs to render: its language and whether its helper is on. Nothing else. */
  'settings.forPage': defineMessage({
    needsConsent: false,
    request: z.object({ helperId: z.string().max(60) }).strict(),
    reply: z.object({ language: settingsSchema.shape.language, enabled: z.boolean(), collapsed: z.boolean() }),
    senders: ['content-script'],
  }),
  'settings.setCollapsed': defineMessage({
    needsConsent: false,
    request: z.object({ collapsed: z.boolean() }).strict(),
    reply: z.object({ collapsed: z.boolean() }),
    senders: ['content-script'],
  }),
} as const;
