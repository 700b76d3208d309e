import { useCallback, useRef, useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';

type ActionReply = ReplyOf<'orders.acknowledge'>;

export interface BatchState {
  action: string;
  batchIds: string[];
  items: OutboxItemView[];
  /** Order key or target id → what the seller recognizes (order id). */
  labels: Record<string, string>;
  sending: boolean;
  error?: unknown;
}

const PENDING = new Set(['queued', 'sending']);

export function tally(items: OutboxItemView[]) {
  let ok = 0;
  let failed = 0;
  let pending = 0;
  let retryable = 0;
  for (const i of items) {
    if (i.state === 'succeeded') ok++;
    else if (i.state === 'failed' || i.state === 'unknown') {
      failed++;
      // The outbox retries failed items whose result does not say "retrying cannot help".
      if (i.state === 'failed' && i.result?.retryable !== false) retryable++;
    } else pending++;
  }
  return { ok, failed, pending, retryable };
}

/** Items by id; a retried item (new id, same target) replaces the failed one it retries. */
function merge(current: OutboxItemView[], incoming: OutboxItemView[]): OutboxItemView[] {
  const byId = new Map(current.map((i) => [i.id, i]));
  for (const item of incoming) {
    if (!byId.has(item.id)) {
      for (const [id, old] of byId) {
        if (
          old.targetId === item.targetId &&
          old.action === item.action &&
          (old.state === 'failed' || old.state === 'unknown')
        ) {
          byId.delete(id);
        }
      }
    }
    byId.set(item.id, item);
  }
  return [...byId.values()];
}

/**
 * One surface's current batch of actions: sends it (in chunks the contract allows), follows its
 * items through `outbox.changed` events (re-read when the event port comes back after the worker
 * slept, since events sent meanwhile were lost), and retries only the failed items.
 */
export function useBatch() {
  const [batch, setBatch] = useState<BatchState>();
  const ref = useRef<BatchState | undefined>(undefined);
  ref.current = batch;

  const refresh = useCallback(async () => {
    const b = ref.current;
    if (!b || b.batchIds.length === 0) return;
    try {
      const lists = await Promise.all(b.batchIds.map((batchId) => send('outbox.list', { batchId })));
      setBatch((cur) =>
        cur && cur.batchIds === b.batchIds
          ? {
              ...cur,
              items: merge(
                cur.items,
                lists.flatMap((l) => l.items),
              ),
            }
          : cur,
      );
    } catch {
      // The next event (or the reconnect after a worker restart) tries again.
    }
  }, []);

  useEvent('outbox.changed', () => void refresh());
  useEventsReconnected(() => void refresh());

  const pending = batch ? batch.sending || batch.items.some((i) => PENDING.has(i.state)) : false;

  const run = useCallback(
    async (action: string, labels: Record<string, string>, calls: Array<() => Promise<ActionReply>>) => {
      setBatch({ action, batchIds: [], items: [], labels, sending: true });
      for (const call of calls) {
        try {
          const reply = await call();
          setBatch((cur) =>
            cur ? { ...cur, batchIds: [...cur.batchIds, reply.batchId], items: merge(cur.items, reply.items) } : cur,
          );
        } catch (error) {
          setBatch((cur) => (cur ? { ...cur, error } : cur));
          break;
        }
      }
      setBatch((cur) => (cur ? { ...cur, sending: false } : cur));
    },
    [],
  );

  const retry = useCallback(async () => {
    const b = ref.current;
    if (!b) return;
    const failedBatches = [
      ...new Set(b.items.filter((i) => i.state === 'failed' || i.state === 'unknown').map((i) => i.batchId)),
    ];
    const targets = failedBatches.length ? failedBatches : b.batchIds;
    setBatch({ ...b, sending: true, error: undefined });
    for (const batchId of targets) {
      if (!batchId) continue;
      try {
        const reply = await send('outbox.retryFailed', { batchId });
        setBatch((cur) =>
          cur
            ? {
                ...cur,
                batchIds: cur.batchIds.includes(reply.batchId) ? cur.batchIds : [...cur.batchIds, reply.batchId],
                items: merge(cur.items, reply.items),
              }
            : cur,
        );
      } catch (error) {
        setBatch((cur) => (cur ? { ...cur, error } : cur));
      }
    }
    setBatch((cur) => (cur ? { ...cur, sending: false } : cur));
  }, []);

  return { batch, run, retry, clear: () => setBatch(undefined), pending };
}
