import { useEffect, useRef, useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
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
 * One vendor's inquiries: a read from Coupang when the area opens (the list is minutes old at
 * most), then the cached list again whenever the background says it changed (a full read by the
 * order sync, an answer read back) or a write moves.
 *
 * A cache reload never cancels a read from Coupang in flight: the read answers with newer data,
 * and a reload that raced it (an `orders.changed` right after connecting) used to win with the
 * stale, empty cache while the read's answer was dropped. A change heard during the read is
 * reloaded once the read has answered.
 */
export function useInquiries(accountKey: string | undefined) {
  // Loading from the start: until the first answer there is nothing to count (not "0 waiting").
  const [state, setState] = useState<InquiryList>({ rows: [], loading: true });
  const latest = useRef(0);
  const reading = useRef(false);
  const changedWhileReading = useRef(false);

  const load = (refresh: boolean) => {
    if (!accountKey) return;
    if (reading.current && !refresh) {
      changedWhileReading.current = true;
      return;
    }
    const seq = ++latest.current;
    if (refresh) reading.current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    send('inquiries.list', { accountKey, ...(refresh ? { refresh: true } : {}) })
      .then(
        (r) =>
          seq === latest.current && setState({ rows: r.rows, counts: r.counts, syncedAt: r.syncedAt, loading: false }),
        (error) => seq === latest.current && setState((s) => ({ ...s, error, loading: false })),
      )
      .finally(() => {
        if (!refresh || seq !== latest.current) return;
        reading.current = false;
        if (changedWhileReading.current) {
          changedWhileReading.current = false;
          load(false);
        }
      });
  };

  useEffect(() => {
    // A new account: whatever was in flight for the last one is not ours any more.
    latest.current++;
    reading.current = false;
    changedWhileReading.current = false;
    setState({ rows: [], loading: true });
    load(true);
    return () => {
      latest.current++;
    };
  }, [accountKey]);

  const reload = () => load(false);
  useEvent(['inquiries.changed', 'outbox.changed', 'orders.changed', 'data.wiped'], (e) => {
    if (e.type === 'inquiries.changed' && e.payload.accountKey !== accountKey) return;
    reload();
  });
  useEventsReconnected(reload);
  return { ...state, refresh: () => load(true), reload };
}
