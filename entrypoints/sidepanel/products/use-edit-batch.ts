import { useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { send } from '@/utils/protocol/client';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';
import type { OptionEdit } from '@/utils/protocol/messages/products';

/** Which field of an edit an outbox action carries (one Coupang call per field). */
const FIELD_OF: Record<string, 'price' | 'stock' | 'sale'> = {
  'coupang.setPrice': 'price',
  'coupang.setStock': 'stock',
  'coupang.setSale': 'sale',
};

export const isFailed = (i: OutboxItemView) => i.state === 'failed' || i.state === 'unknown';

/**
 * Option edits sent through the outbox and followed to their results (`outbox.changed` events, a
 * re-read when the event port comes back after the worker slept). `retryFailed()` sends again only
 * the failed changes — the field of each failed item, nothing that already went through.
 */
export function useEditBatch(accountKey: string | undefined) {
  const [state, setState] = useState<{
    batchIds: string[];
    items: OutboxItemView[];
    edits: OptionEdit[];
    /** Failed items that a retry replaced: no longer shown. */
    replaced: string[];
  }>({ batchIds: [], items: [], edits: [], replaced: [] });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();

  const reread = async (batchIds = state.batchIds) => {
    if (!batchIds.length) return;
    const lists = await Promise.all(batchIds.map((batchId) => send('outbox.list', { batchId })));
    setState((s) => ({ ...s, items: lists.flatMap((l) => l.items).filter((i) => !s.replaced.includes(i.id)) }));
  };
  useEvent('outbox.changed', () => void reread());
  useEventsReconnected(() => void reread());

  async function submit(edits: OptionEdit[], keep: OutboxItemView[] = [], replaced: string[] = []) {
    if (!accountKey || !edits.length) return;
    setSending(true);
    setError(undefined);
    try {
      const reply = await send('products.edit', { accountKey, edits });
      const kept = state.batchIds.filter((id) => keep.some((i) => i.batchId === id));
      setState((s) => ({
        batchIds: [...kept, reply.batchId],
        items: [...keep, ...reply.items],
        edits: [...s.edits, ...edits],
        replaced: [...s.replaced, ...replaced],
      }));
      await reread([...kept, reply.batchId]);
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  }

  const failed = state.items.filter(isFailed);
  return {
    items: state.items,
    failed,
    sending,
    error,
    send: (edits: OptionEdit[]) => {
      setState({ batchIds: [], items: [], edits: [], replaced: [] });
      return submit(edits);
    },
    /** Resends the failed fields only; what succeeded stays as it is. */
    retryFailed(force = false) {
      const retry = new Map<string, OptionEdit>();
      for (const item of failed) {
        const field = FIELD_OF[item.action];
        const edit = [...state.edits].reverse().find((e) => e.vendorItemId === item.targetId);
        if (!field || !edit || edit[field] === undefined) continue;
        const next = retry.get(item.targetId) ?? { vendorItemId: item.targetId };
        retry.set(item.targetId, {
          ...next,
          [field]: edit[field],
          ...(field === 'price' && (edit.force || force) ? { force: true } : {}),
        });
      }
      return submit(
        [...retry.values()],
        state.items.filter((i) => !isFailed(i)),
        failed.map((i) => i.id),
      );
    },
  };
}

export type EditBatch = ReturnType<typeof useEditBatch>;
