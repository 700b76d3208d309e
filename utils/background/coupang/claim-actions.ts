import { applied, type OutboxItem, type OutboxResult, rejected, type Verdict } from '../outbox/action';
import type { CoupangClient } from './api';
import { toSendFailure } from './api/send-failure';
import type { CoupangClients } from './client-factory';

/**
 * The send and reconcile of a claim write (return or exchange): one claim per call; after the
 * answer the claim is read again and kept, so the view shows where it went, or, when Coupang
 * refused, the state it is actually in. Reconciling reads the claim: `done` says the write landed,
 * `pending` that it did not; anything else stays unknown.
 */
export function claimActionKit<C>(
  clients: CoupangClients,
  reread: (client: CoupangClient, accountKey: string, item: OutboxItem<unknown>) => Promise<C | undefined>,
  keep: (accountKey: string, claim: C) => Promise<void>,
) {
  const readBack = async (client: CoupangClient, accountKey: string, item: OutboxItem<unknown>) => {
    const claim = await reread(client, accountKey, item).catch(() => undefined);
    if (claim) await keep(accountKey, claim);
    return claim;
  };

  const sendEach =
    <P>(call: (c: CoupangClient, item: OutboxItem<P>) => Promise<void>) =>
    async (accountKey: string, items: OutboxItem<P>[]) => {
      const client = await clients.get(accountKey);
      const out = new Map<string, OutboxResult>();
      for (const r of items) {
        try {
          await call(client, r);
          out.set(r.id, applied('OK'));
        } catch (e) {
          const f = toSendFailure(e);
          if (f.failure.kind !== 'rejected') throw f;
          out.set(r.id, rejected(f.failure.code, f.failure.message));
        }
        await readBack(client, accountKey, r);
      }
      return out;
    };

  const reconcileBy =
    <P>(done: (c: C, item: OutboxItem<P>) => boolean, pending: (c: C) => boolean) =>
    async (accountKey: string, items: OutboxItem<P>[]) => {
      const client = await clients.get(accountKey);
      const out = new Map<string, Verdict>();
      for (const r of items) {
        const c = await readBack(client, accountKey, r);
        out.set(r.id, !c ? 'unknown' : done(c, r) ? 'applied' : pending(c) ? 'notApplied' : 'unknown');
      }
      return out;
    };

  return { sendEach, reconcileBy };
}
