import { useEffect, useRef } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { send } from '@/utils/protocol/client';
import { MARKET_TABS } from '@/utils/ui/order-state';
import { type OrderQuery, prefetchedWindows, signatureOf, WINDOW_SIZE, wireQuery } from './prefetched-windows';

/** After a change of the order set, the other tabs are fetched ahead again once changes pause. */
const AFTER_CHANGE_MS = 2_000;

/**
 * Once the shown list is drawn (`loaded`), fetches the first window of each other tab of its query
 * when the page is idle — right away for a new query, after a pause when something changes (a sync
 * changes orders often) — so a tab switch draws its rows without asking (prefetched-windows.ts).
 * What was fetched ahead is dropped whenever the background might answer differently: rows carry
 * their pending outbox action and account label, the meta the deadline setting; and after a worker
 * restart, when events may have been missed.
 */
export function useTabsAhead(query: OrderQuery, list: object, loaded: boolean): void {
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; idle?: number }>({});
  const cancel = () => {
    clearTimeout(pending.current.timer);
    if (pending.current.idle !== undefined) cancelIdleCallback(pending.current.idle);
    pending.current = {};
  };
  const fetchAhead = (delay: number) => {
    cancel();
    pending.current.timer = setTimeout(() => {
      pending.current.idle = requestIdleCallback(
        () => {
          const others = MARKET_TABS[query.market].filter((tab) => tab !== query.tab);
          const signatures = new Map(others.map((tab) => [signatureOf({ ...query, tab }), tab]));
          prefetchedWindows.keepOnly(new Set(signatures.keys()));
          for (const [sig, tab] of signatures) {
            if (prefetchedWindows.has(sig)) continue;
            const q = wireQuery({ ...query, tab });
            prefetchedWindows.put(sig, send('orders.query', { ...q, offset: 0, limit: WINDOW_SIZE }));
          }
        },
        { timeout: 1_000 },
      );
    }, delay);
  };
  useEffect(() => {
    if (loaded) fetchAhead(0);
    return cancel;
  }, [list, loaded]);
  useEvent(['orders.changed', 'data.wiped', 'accounts.changed', 'outbox.changed', 'settings.changed'], () => {
    prefetchedWindows.clear();
    fetchAhead(AFTER_CHANGE_MS);
  });
  useEventsReconnected(() => prefetchedWindows.clear());
}
