import { z } from 'zod';
import type { OutboxRecord, OutboxResult } from '../store/db';

/**
 * Items stored before results had an outcome kind carry `{ ok, code, message, retryable }`. They are
 * read in the one vocabulary: ok → applied; not ok → rejected when final, unknown while pending.
 */
const legacyResult = z.lazy(() =>
  z.object({
    ok: z.boolean(),
    code: z.string().optional(),
    message: z.string().optional(),
    retryable: z.boolean().optional(),
  }),
);

export function readResult(r: OutboxRecord): OutboxRecord {
  const legacy = legacyResult.safeParse(r.result);
  if (!legacy.success || (r.result && 'outcome' in r.result)) return r;
  const { ok, ...rest } = legacy.data;
  const outcome: OutboxResult['outcome'] = ok ? 'applied' : r.state === 'failed' ? 'rejected' : 'unknown';
  return { ...r, result: { outcome, ...rest } };
}
