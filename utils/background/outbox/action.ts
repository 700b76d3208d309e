import { z } from 'zod';
import type { OutboxRecord, OutboxResult } from '../store/db';

export type { OutboxOutcome, OutboxResult } from '../store/db';

/** An outbox record whose payload has been checked against its action's schema. */
export type OutboxItem<P> = Omit<OutboxRecord, 'payload'> & { payload: P };

/** What a look at the marketplace says about one interrupted or unanswered write. */
export type Verdict = 'applied' | 'notApplied' | 'unknown';

/**
 * One kind of write (acknowledge, invoice upload, purchase create…), declared with the schema of
 * the payload it stores. The outbox checks every payload against it when the item is queued and
 * again when it reads the item back, so `send` and `reconcile` get typed payloads and no caller
 * casts one.
 */
export interface OutboxActionDef<P> {
  type: string;
  payload: z.ZodType<P>;
  batchSize: number;
  /**
   * How long after it was sent a request may still land (client timeout + gateway processing).
   * Within it a "not applied" look is not trusted. Default: the outbox's settleMs.
   */
  settleMs?: number;
  /**
   * One result per item; an item without one is unknown (reconciled). Throw OutboxSendError for a
   * failure of the whole request.
   */
  send(accountKey: string, items: OutboxItem<P>[]): Promise<Map<string, OutboxResult>>;
  /**
   * Looks at the marketplace for every item given (one call for all of them where the API allows:
   * reconciliation shares the vendor's rate budget). Throwing means "could not look": unknown.
   */
  reconcile(accountKey: string, items: OutboxItem<P>[]): Promise<Map<string, Verdict>>;
}

export function defineOutboxAction<P>(def: OutboxActionDef<P>): OutboxActionDef<P> {
  return def;
}

/**
 * An action with its payload type erased behind its schema, so actions of different payloads live
 * in one registry: records go in, and only those whose payload parses reach the action.
 */
export interface RegisteredAction {
  type: string;
  batchSize: number;
  settleMs?: number;
  /** An error message when the payload does not fit the action's schema. */
  check(payload: unknown): string | undefined;
  send(accountKey: string, records: OutboxRecord[]): Promise<Map<string, OutboxResult>>;
  reconcile(accountKey: string, records: OutboxRecord[]): Promise<Map<string, Verdict>>;
}

export function registerable<P>(def: OutboxActionDef<P>): RegisteredAction {
  const typed = (records: OutboxRecord[]): OutboxItem<P>[] =>
    records.flatMap((r) => {
      const parsed = def.payload.safeParse(r.payload);
      return parsed.success ? [{ ...r, payload: parsed.data }] : [];
    });
  return {
    type: def.type,
    batchSize: def.batchSize,
    ...(def.settleMs === undefined ? {} : { settleMs: def.settleMs }),
    check: (payload) => {
      const parsed = def.payload.safeParse(payload);
      return parsed.success ? undefined : z.prettifyError(parsed.error);
    },
    send: (accountKey, records) => def.send(accountKey, typed(records)),
    reconcile: (accountKey, records) => def.reconcile(accountKey, typed(records)),
  };
}

/** The order an item is about, for the order list and the page helper (Coupang payloads carry it). */
const withOrderKey = z.lazy(() => z.object({ orderKey: z.string() }));
export function outboxOrderKey(record: Pick<OutboxRecord, 'payload'>): string | undefined {
  const parsed = withOrderKey.safeParse(record.payload);
  return parsed.success ? parsed.data.orderKey : undefined;
}

/** A refusal of ours (the item was never sent): final, with our own code. */
export const refused = (code: string, message?: string, retryable = false): OutboxResult => ({
  outcome: 'refused',
  code,
  ...(message ? { message } : {}),
  retryable,
});

/** The marketplace said no: final, with its own code and words kept for display. */
export const rejected = (code: string, message?: string, retryable = false): OutboxResult => ({
  outcome: 'rejected',
  code,
  ...(message ? { message } : {}),
  retryable,
});

export const applied = (code = 'APPLIED'): OutboxResult => ({ outcome: 'applied', code });

/** The answer did not prove what happened (5xx, dropped connection, timeout): look before anything else. */
export const unknownOutcome = (code: string, message?: string): OutboxResult => ({
  outcome: 'unknown',
  code,
  ...(message ? { message } : {}),
});
