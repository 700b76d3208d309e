import { useEffect, useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';
import type { ProductDraft } from '@/utils/protocol/messages/products';

type Status = NonNullable<ReplyOf<'products.status'>['product']>;

/**
 * A product registration followed to its end: the outbox item (sent once; an unanswered create
 * is looked up by its seller SKU), then Coupang's approval, polled every 30 s while the view is
 * open until Coupang decides (approved or rejected).
 */
export function useCreate(accountKey: string | undefined) {
  const [item, setItem] = useState<OutboxItemView>();
  const [sku, setSku] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const reread = async () => {
    if (!item?.batchId) return;
    const { items } = await send('outbox.list', { batchId: item.batchId });
    if (items[0]) setItem(items[0]);
  };
  useEvent('outbox.changed', () => void reread());
  useEventsReconnected(() => void reread());
  // The panel keeps asking while the create is unsettled: a worker stopped mid-send wakes on it.
  useEffect(() => {
    if (!item || item.state === 'succeeded' || item.state === 'failed') return;
    const timer = setInterval(() => void reread(), 2000);
    return () => clearInterval(timer);
  }, [item?.state, item?.batchId]);

  const check = async () => {
    if (!accountKey || !sku) return;
    try {
      const reply = await send('products.status', { accountKey, sellerSku: sku });
      if (reply.product) setStatus(reply.product);
    } catch (e) {
      setError(e);
    }
  };
  const decided = status?.state === 'APPROVED' || status?.state === 'DENIED';
  useEffect(() => {
    if (item?.state !== 'succeeded' || decided) return;
    void check();
    const timer = setInterval(() => void check(), 30_000);
    return () => clearInterval(timer);
  }, [item?.state, decided]);

  return {
    item,
    status,
    error,
    busy,
    check,
    reset() {
      setItem(undefined);
      setStatus(undefined);
      setSku(undefined);
    },
    async create(draft: ProductDraft) {
      if (!accountKey) return;
      setBusy(true);
      setError(undefined);
      try {
        const reply = await send('products.create', { accountKey, draft });
        setSku(draft.items[0]?.sellerSku);
        setItem(reply.items[0]);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
  };
}
