import { z } from 'zod';

/** The seller's settings. Defaults fill anything missing, so old stored settings keep working. */
export const settingsSchema = z.object({
  language: z.enum(['auto', 'ko', 'en', 'zh_CN']).default('auto'),
  /** Page helpers the seller switched off (by helper id). */
  disabledHelpers: z.array(z.string().max(60)).max(50).default([]),
  /** Helper panels collapsed per site host. */
  collapsedSites: z.array(z.string().max(100)).max(50).default([]),
  cache: z
    .object({
      piiTtlMinutes: z.number().int().min(5).max(120).default(30),
      referenceTtlHours: z.number().int().min(1).max(72).default(24),
    })
    .default({ piiTtlMinutes: 30, referenceTtlHours: 24 }),
  sync: z.object({ intervalMinutes: z.number().int().min(1).max(120).default(5) }).default({ intervalMinutes: 5 }),
  notifications: z
    .object({
      newOrders: z.boolean().default(false),
      shippingDeadline: z.boolean().default(false),
      deadlineHours: z.number().int().min(1).max(72).default(6),
      cancelRequests: z.boolean().default(false),
      connectionProblems: z.boolean().default(false),
    })
    .default({
      newOrders: false,
      shippingDeadline: false,
      deadlineHours: 6,
      cancelRequests: false,
      connectionProblems: false,
    }),
});

export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
