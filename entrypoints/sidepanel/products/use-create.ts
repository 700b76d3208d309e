import { useEffect, useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { DraftSource, ProductLink } from '@/utils/protocol/messages/crossborder';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';
import type { ProductDraft } from '@/utils/protocol/messages/products';

type Status = NonNullable<ReplyOf<'products.status'>['product']>;

/**
 * A product registration followed to its end: the outbox item (sent once; an unanswered create
 * is looked up by its seller SKU), then Coupang's approval, polled every 30 s while the view is
 * open until Coupang decides (approved or rejected). A listing draft from a 1688 offer (`source`)
 * goes through crossborder.createDraft (the 1688 text guard) and, once approved, shows its links.
 */
export function useCreate(accountKey: string | undefined, source?: DraftSource) {
  const [item, setItem] = useState<OutboxItemView>();
  const [sku, setSku] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [links, setLinks] = useState<ProductLink[]>([]);

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
      if (source) {
        const reply = await send('crossborder.draftStatus', { accountKey, sellerSku: sku });
        if (reply.product) setStatus(reply.product);
        setLinks(reply.links);
        return;
      }
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
    links,
    error,
    busy,
    check,
    reset() {
      setItem(undefined);
      setStatus(undefined);
      setSku(undefined);
      setLinks([]);
    },
    async create(draft: ProductDraft) {
      if (!accountKey) return;
      setBusy(true);
      setError(undefined);
      try {
        const reply = source
          ? await send('crossborder.createDraft', { accountKey, draft, source, imageRights: true })
          : await send('products.create', { accountKey, draft });
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
