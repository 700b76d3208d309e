import type { z } from 'zod';
import { NESTED_SECTIONS, SETTINGS_DEFAULTS, type Settings, settingsSchema } from './schema';

/**
 * How settings are stored: `{ version, ...fields }`. Every read migrates an older shape forward
 * and validates field by field, so one bad or missing field falls back to its own default and
 * never takes the seller's other choices with it.
 */
export const SETTINGS_VERSION = 2;

export type StoredSettings = Settings & { version: number };
type Raw = Record<string, unknown>;

/**
 * Step `n` turns a version n-1 value into version n. Add a step and bump SETTINGS_VERSION; never
 * edit a released step.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // Version 1 is the untagged object of earlier builds, with the same fields.
  2: (raw) => ({ ...raw, version: 2 }),
};

export function toStoredSettings(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, ...settingsSchema.parse(settings) };
}

/** The settings held in `raw` (anything read from storage), migrated, validated, defaults filled. */
export function readStoredSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return structuredClone(SETTINGS_DEFAULTS) as Settings;
  let value = raw as Raw;
  const tagged = typeof value.version === 'number' && Number.isInteger(value.version);
  const from = tagged ? Math.max(1, value.version as number) : 1;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) value = step(value);
  }
  return salvage(value);
}

function valueOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : structuredClone(fallback);
}

function salvage(raw: Raw): Settings {
  const shape = settingsSchema.shape;
  const out: Settings = {
    language: valueOr(shape.language, raw.language, SETTINGS_DEFAULTS.language),
    disabledHelpers: valueOr(shape.disabledHelpers, raw.disabledHelpers, SETTINGS_DEFAULTS.disabledHelpers),
    collapsedSites: valueOr(shape.collapsedSites, raw.collapsedSites, SETTINGS_DEFAULTS.collapsedSites),
    cache: { ...SETTINGS_DEFAULTS.cache },
    sync: { ...SETTINGS_DEFAULTS.sync },
    notifications: { ...SETTINGS_DEFAULTS.notifications },
    rocketGrowth: { ...SETTINGS_DEFAULTS.rocketGrowth },
    restock: { ...SETTINGS_DEFAULTS.restock },
  };
  for (const section of NESTED_SECTIONS) {
    const stored = raw[section];
    if (!stored || typeof stored !== 'object') continue;
    const fields = shape[section].shape as Record<string, z.ZodType>;
    const target = out[section] as Record<string, unknown>;
    for (const [name, schema] of Object.entries(fields))
      target[name] = valueOr(schema, (stored as Raw)[name], target[name]);
  }
  return out;
}
