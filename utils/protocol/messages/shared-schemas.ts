import { z } from 'zod';

/** Schemas reused across message files. Ids are strings end to end. */
export const idString = z.lazy(() => z.string().regex(/^\d{1,30}$/));
export const accountKey = z.lazy(() => z.string().regex(/^(coupang|alibaba):[A-Za-z0-9_-]{1,40}$/));
export const orderKey = z.lazy(() => z.string().regex(/^(coupang|alibaba):[A-Za-z0-9_-]{1,40}:\d{1,30}$/));
export const moneySchema = z.lazy(() => z.object({ currency: z.enum(['KRW', 'CNY']), minor: z.number().int() }));
export const workState = z.lazy(() =>
  z.enum(['new', 'toShip', 'awaitingPickup', 'inTransit', 'delivered', 'cancelRequested', 'cancelled', 'other']),
);
export const marketplace = z.lazy(() => z.enum(['coupang', 'alibaba']));
export const wireError = z.lazy(() =>
  z.object({
    code: z.string(),
    message: z.string(),
    kind: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
);

/**
 * An outbox item's own result, one vocabulary for every marketplace: `applied`; `rejected` by the
 * marketplace (its code and words kept); `refused` by Crossdock before sending (our code);
 * `unknown` (while the item is `sending`: being looked up; as a final state: could not tell).
 */
export const outboxResult = z.lazy(() =>
  z.object({
    outcome: z.enum(['applied', 'rejected', 'refused', 'unknown']),
    code: z.string().optional(),
    message: z.string().optional(),
    retryable: z.boolean().optional(),
  }),
);
