import { settingsSchema } from '../settings/schema';

/**
 * The cache-time bounds, read from the settings schema so the form and the background can never
 * disagree about what is allowed.
 */
const cacheShape = settingsSchema.shape.cache.shape;
const bounds = (n: { minValue: number | null; maxValue: number | null }) => ({
  min: n.minValue ?? 1,
  max: n.maxValue ?? 1,
});

export const TTL_BOUNDS = {
  piiTtlMinutes: bounds(cacheShape.piiTtlMinutes),
  referenceTtlHours: bounds(cacheShape.referenceTtlHours),
} as const;

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** A duration as one rounded unit, for labels like "30 min", "24 h", "7 days". */
export function durationParts(ms: number): { unit: DurationUnit; n: number } {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 120) return { unit: 'minutes', n: Math.max(1, minutes) };
  const hours = Math.round(minutes / 60);
  if (hours < 72) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.round(hours / 24) };
}
