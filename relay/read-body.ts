import type { Context } from 'hono';
import type { z } from 'zod';
import { relayError } from './errors';

/**
 * Parses and validates a JSON body. On failure answers 400 naming the offending fields only;
 * zod's messages are not echoed because some include the received input.
 */
export async function readBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: relayError(c, 400, 'invalidRequest', 'body must be JSON') };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
  return { ok: false, response: relayError(c, 400, 'invalidRequest', `invalid fields: ${fields}`) };
}
