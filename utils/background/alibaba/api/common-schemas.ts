import { z } from 'zod';

/**
 * Building blocks for the per-API response schemas. Input is the output of `parseLosslessJson`:
 * integers beyond 2^53 are already decimal strings, every other number is a number.
 */

/** 1688 writes `null` for absent fields; the schemas treat null and missing alike. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}

/**
 * An id that is exact as received: a digit string (safe or not), or a safe integer. Use only for
 * ids the server writes exactly (offer, sku); order ids have `idOfStr` twins because the plain
 * `id` field can already be rounded by the server (§3.4).
 */
export const exactId = z.lazy(() =>
  z.union([
    z.string().regex(/^\d+$/),
    z
      .number()
      .refine((n) => Number.isSafeInteger(n) && n >= 0, 'unsafe integer id')
      .transform(String),
  ]),
);

/** A number that may arrive as a numeric string. */
export const numeric = z.lazy(() =>
  z.union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ]),
);

/** A decimal amount kept in its received form (number or string) for `yuan()`/`fen()`. */
export const amount = z.lazy(() => z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]));

export const text = z.lazy(() => z.union([z.string(), z.number().transform(String)]));
