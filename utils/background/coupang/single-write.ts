import type { z } from 'zod';
import type { WriteView } from '../../protocol/messages/catalog';
import type { CoreServices } from '../core/core';
import {
  defineOutboxAction,
  type OutboxActionDef,
  type OutboxItem,
  type OutboxResult,
  type Verdict,
} from '../outbox/action';
import type { OutboxRecord } from '../store/db';
import type { CoupangClient } from './api';
import { toSendFailure } from './api/send-failure';
import type { CoupangClients } from './client-factory';

/**
 * A Coupang write of one thing (a shipping place, a coupon, its items) as an outbox action: one
 * item per send, no retry inside the send (a write is never sent twice), an answer that does not
 * prove the outcome reconciled by reading. Shared by the catalog features (logistics, coupons).
 */
export interface SingleWrite<P> {
  type: string;
  payload: z.ZodType<P>;
  /** How long after sending a request may still land; a "not there" look before then is not trusted. */
  settleMs?: number;
  /** Sends it; throws what the client throws (mapped to the outbox's vocabulary here). */
  send(client: CoupangClient, payload: P, item: OutboxItem<P>): Promise<OutboxResult>;
  /** Looks at Coupang: is this write there? Throwing means "could not look". */
  reconcile(client: CoupangClient, payload: P, item: OutboxItem<P>): Promise<Verdict>;
}

export function singleWriteAction<P>(clients: CoupangClients, def: SingleWrite<P>): OutboxActionDef<P> {
  return defineOutboxAction({
    type: def.type,
    payload: def.payload,
    batchSize: 1,
    ...(def.settleMs === undefined ? {} : { settleMs: def.settleMs }),
    async send(accountKey, items) {
      const out = new Map<string, OutboxResult>();
      const client = await clients.get(accountKey);
      for (const item of items) {
        try {
          out.set(item.id, await def.send(client, item.payload, item));
        } catch (e) {
          throw toSendFailure(e);
        }
      }
      return out;
    },
    async reconcile(accountKey, items) {
      const client = await clients.get(accountKey);
      const out = new Map<string, Verdict>();
      for (const item of items) out.set(item.id, await def.reconcile(client, item.payload, item));
      return out;
    },
  });
}

export function writeView(r: OutboxRecord): WriteView {
  return { id: r.id, state: r.state, ...(r.result ? { result: r.result } : {}) };
}

/**
 * Queues one write, runs the account's queue until nothing more is due now, and answers the item
 * as it then stands (final, or still `sending` while an unanswered request is being looked up —
 * the page asks again with `catalog.write`). A target with an unfinished write keeps that one: a
 * double click never queues twice.
 */
export async function runSingleWrite(
  core: CoreServices,
  accountKey: string,
  type: string,
  targetId: string,
  payload: unknown,
): Promise<OutboxRecord> {
  const [queued] = await core.outbox.enqueue(
    accountKey,
    type,
    [{ targetId, payload }],
    `catalog:${crypto.randomUUID()}`,
  );
  if (!queued) throw new Error('the outbox queued nothing');
  await core.outbox.process(accountKey);
  return (await findWrite(core, accountKey, queued.id)) ?? queued;
}

export async function findWrite(core: CoreServices, accountKey: string, id: string): Promise<OutboxRecord | undefined> {
  return (await core.outbox.list({ accountKey })).find((r) => r.id === id);
}
