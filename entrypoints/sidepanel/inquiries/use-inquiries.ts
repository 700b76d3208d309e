import { useEffect, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { send } from '@/utils/protocol/client';
import type { InquiryCounts, InquiryRow } from '@/utils/protocol/messages/inquiries';

export interface InquiryList {
  rows: InquiryRow[];
  counts?: InquiryCounts;
  syncedAt?: number;
  loading: boolean;
  error?: unknown;
}

/**
 * One vendor's inquiries: the cached list at once, then a read from Coupang when the area opens
 * (the list is minutes old at most); again after a sync or whenever a write moves.
 */
export function useInquiries(accountKey: string | undefined) {
  // Loading from the start: until the first answer there is nothing to count (not "0 waiting").
  const [state, setState] = useState<InquiryList>({ rows: [], loading: true });
  const [nonce, setNonce] = useState({ n: 0, refresh: true });
  useEffect(() => {
    if (!accountKey) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    send('inquiries.list', { accountKey, ...(nonce.refresh ? { refresh: true } : {}) }).then(
      (r) => live && setState({ rows: r.rows, counts: r.counts, syncedAt: r.syncedAt, loading: false }),
      (error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [accountKey, nonce]);
  const reload = () => setNonce((n) => ({ n: n.n + 1, refresh: false }));
  useEvent(['outbox.changed', 'orders.changed', 'data.wiped'], reload);
  return { ...state, refresh: () => setNonce((n) => ({ n: n.n + 1, refresh: true })), reload };
}
