import { z } from 'zod';
import { HELPER_IDS } from '../../page-helpers/registry';
import type { HelperId } from '../../page-helpers/types';
import { languageSetting, settingsPatchSchema, settingsSchema } from '../../settings/schema';
import { defineMessage } from '../define';

export const settingsMessages = {
  'settings.get': defineMessage({
    needsConsent: false,
    request: () => z.object({}).strict(),
    reply: () => settingsSchema,
    senders: ['extension-page'],
  }),
  /** Changes only the fields it names; the background applies it to the stored settings. */
  'settings.update': defineMessage({
    needsConsent: false,
    request: () => settingsPatchSchema,
    reply: () => settingsSchema,
    senders: ['extension-page'],
  }),
  /** Switches one helper on or off, leaving the others as stored (not a list built from a stale copy). */
  'settings.setHelperEnabled': defineMessage({
    needsConsent: false,
    request: () =>
      z.object({ helperId: z.enum(HELPER_IDS as [HelperId, ...HelperId[]]), enabled: z.boolean() }).strict(),
    reply: () => settingsSchema,
    senders: ['extension-page'],
  }),
  /** What a content script needs to render: its language and whether its helper is on. Nothing else. */
  'settings.forPage': defineMessage({
    needsConsent: false,
    request: () => z.object({ helperId: z.string().max(60) }).strict(),
    reply: () => z.object({ language: languageSetting, enabled: z.boolean(), collapsed: z.boolean() }),
    senders: ['content-script'],
  }),
  'settings.setCollapsed': defineMessage({
    needsConsent: false,
    request: () => z.object({ collapsed: z.boolean() }).strict(),
    reply: () => z.object({ collapsed: z.boolean() }),
    senders: ['content-script'],
  }),
} as const;
