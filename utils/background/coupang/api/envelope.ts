import { z } from 'zod';
import { looseCode, nextToken } from './common-schemas';

/**
 * The envelopes of §3.2. Success/failure is decided in `envelope-check.ts` before these schemas
 * run, so a schema failure here always means "unexpected shape", never "the API said no".
 */

/** `openapi` and `rg_open_api`: `{code, message, data, [nextToken]}`. */
export function openapiEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ code: looseCode.optional(), message: z.string().nullish(), data, nextToken });
}

/** `seller_api`: `{code: "SUCCESS"|"ERROR", message, data, [nextToken]}`. */
export function sellerEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ code: looseCode.optional(), message: z.string().nullish(), data, nextToken });
}

/** `fms`: `{code, message, httpStatus, data: {success, content, pagination}}`. */
export function fmsEnvelope<T extends z.ZodType>(content: T) {
  return z.object({
    code: looseCode.optional(),
    message: z.string().nullish(),
    data: z.object({ success: z.boolean().nullish(), content, pagination: z.unknown().optional() }),
  });
}

/** Write calls whose `data` we do not use. */
export const ackEnvelope = z.lazy(() => z.object({ code: looseCode.optional(), message: z.string().nullish() }));
