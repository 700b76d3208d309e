import { z } from 'zod';

/**
 * The seller's settings, in sections. No field schema here has a `.default()`: in zod 4 a default
 * fills a missing field even inside `.partial()`, which turned a one-section patch into a write of
 * every other section's defaults (issue 18). Defaults live in `SETTINGS_DEFAULTS` and are applied
 * only when reading what is stored (`./stored.ts`).
 */
export const languageSetting = z.enum(['auto', 'ko', 'en', 'zh_CN']);

const cacheFields = {
  piiTtlMinutes: z.number().int().min(5).max(120),
  referenceTtlHours: z.number().int().min(1).max(72),
};
const syncFields = { intervalMinutes: z.number().int().min(1).max(120) };
/** Rocket Growth: flag an item for reorder when its stock covers fewer days of sales than this. */
const rocketGrowthFields = { reorderDays: z.number().int().min(1).max(180) };
/** 사입 restock: the days of sales the suggested quantity should cover. */
const restockFields = { coverDays: z.number().int().min(1).max(365) };
const notificationFields = {
  newOrders: z.boolean(),
  shippingDeadline: z.boolean(),
  deadlineHours: z.number().int().min(1).max(72),
  cancelRequests: z.boolean(),
  connectionProblems: z.boolean(),
  /** New customer inquiries (issue 14: on by default once the seller consented; they can turn it off). */
  newInquiries: z.boolean(),
};

/** Every field, complete: what the background answers with and what it stores. */
export const settingsSchema = z.object({
  language: languageSetting,
  /** Page helpers the seller switched off (by helper id). */
  disabledHelpers: z.array(z.string().max(60)).max(50),
  /** Helper panels collapsed per site host. */
  collapsedSites: z.array(z.string().max(100)).max(50),
  cache: z.object(cacheFields),
  sync: z.object(syncFields),
  notifications: z.object(notificationFields),
  rocketGrowth: z.object(rocketGrowthFields),
  restock: z.object(restockFields),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Sections that are objects: a patch names only the fields it changes, the rest stay as stored. */
export const NESTED_SECTIONS = ['cache', 'sync', 'notifications', 'rocketGrowth', 'restock'] as const;
type NestedSection = (typeof NESTED_SECTIONS)[number];

/**
 * A change to some fields of some sections. Everything is optional and nothing is filled in, so
 * what is absent from a patch is left exactly as stored.
 */
export const settingsPatchSchema = z.lazy(() =>
  z
    .object({
      language: settingsSchema.shape.language.optional(),
      disabledHelpers: settingsSchema.shape.disabledHelpers.optional(),
      collapsedSites: settingsSchema.shape.collapsedSites.optional(),
      cache: z.object(cacheFields).partial().strict().optional(),
      sync: z.object(syncFields).partial().strict().optional(),
      notifications: z.object(notificationFields).partial().strict().optional(),
      rocketGrowth: z.object(rocketGrowthFields).partial().strict().optional(),
      restock: z.object(restockFields).partial().strict().optional(),
    })
    .strict(),
);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({
  language: 'auto',
  disabledHelpers: [],
  collapsedSites: [],
  cache: { piiTtlMinutes: 30, referenceTtlHours: 24 },
  sync: { intervalMinutes: 5 },
  // New orders and cancel requests are on from the start (issue 12): a seller expects to hear of
  // them like Wing's own alerts, and the notifications carry counts and order ids only (no PII).
  // Nothing is synced — so nothing is notified — before the seller's consent.
  notifications: {
    newOrders: true,
    shippingDeadline: false,
    deadlineHours: 6,
    cancelRequests: true,
    connectionProblems: false,
    newInquiries: true,
  },
  rocketGrowth: { reorderDays: 14 },
  restock: { coverDays: 30 },
});

export function defaultSettings(): Settings {
  return structuredClone(SETTINGS_DEFAULTS) as Settings;
}

/**
 * `current` with `patch` applied: top-level values are replaced, object sections are merged field
 * by field. The result is validated as a whole (a patch cannot produce an invalid combination).
 */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = structuredClone(current);
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.disabledHelpers !== undefined) next.disabledHelpers = [...patch.disabledHelpers];
  if (patch.collapsedSites !== undefined) next.collapsedSites = [...patch.collapsedSites];
  for (const section of NESTED_SECTIONS) {
    const fields = patch[section];
    if (fields) mergeSection(next, section, fields);
  }
  return settingsSchema.parse(next);
}

function mergeSection<S extends NestedSection>(next: Settings, section: S, fields: Partial<Settings[S]>) {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  next[section] = { ...next[section], ...defined };
}
