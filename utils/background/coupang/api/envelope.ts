import { z } from 'zod';
import { looseCode, nextToken } from './common-schemas';

/**
 * The envelopes of §3.2. Success/failure is decided in `envelope-check.ts` before these schemas
 * run, so a schema failure here always means "unexpected shape", never "the API said no".
 */

/**
 * Each envelope is built on its first parse (`z.lazy`): the per-group schema modules wrap ~40
 * responses at top level, and building them all was a fifth of a woken worker's schema work
 * before its first reply (issue 13). `…EnvelopeObject` is the eager form, for a response that
 * extends its envelope inside its own `z.lazy`.
 */

/** `openapi` and `rg_open_api`: `{code, message, data, [nextToken]}`. */
export function openapiEnvelopeObject<T extends z.ZodType>(data: T) {
  return z.object({ code: looseCode.optional(), message: z.string().nullish(), data, nextToken });
}
export function openapiEnvelope<T extends z.ZodType>(data: T) {
  return z.lazy(() => openapiEnvelopeObject(data));
}

/** `seller_api`: `{code: "SUCCESS"|"ERROR", message, data, [nextToken]}`, the openapi shape. */
export function sellerEnvelope<T extends z.ZodType>(data: T) {
  return openapiEnvelope(data);
}

/** `fms`: `{code, message, httpStatus, data: {success, content, pagination}}`. */
export function fmsEnvelope<T extends z.ZodType>(content: T) {
  return z.lazy(() =>
    z.object({
      code: looseCode.optional(),
      message: z.string().nullish(),
      data: z.object({ success: z.boolean().nullish(), content, pagination: z.unknown().optional() }),
    }),
  );
}

/** Write calls whose `data` we do not use. */
export const ackEnvelope = z.lazy(() => z.object({ code: looseCode.optional(), message: z.string().nullish() }));
