import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { send } from '@/utils/protocol/client';
import type { OrderRow, OrderTab } from '@/utils/protocol/messages/orders';
import { WindowCache } from '@/utils/ui/window-cache';
import {
  type OrderQuery,
  prefetchedWindows,
  type QueryReply,
  signatureOf,
  WINDOW_SIZE,
  wireQuery,
} from './prefetched-windows';
import { useTabsAhead } from './use-tabs-ahead';

export { OPENING_QUERY, WINDOW_SIZE } from './prefetched-windows';
export type { OrderQuery, OrderTab };

export interface ListMeta {
  counts: Partial<Record<OrderTab, number>>;
  dueSoonHours: number;
  syncedAt?: number;
  nextExpiryAt?: number;
}

/** Asks a moment after the expiry, so the background's clock has surely passed it too. */
export const EXPIRY_SLACK_MS = 250;

/** Every order key of a query, in list order (select all in a tab), fetched in pages of 500. */
export async function collectKeys(q: OrderQuery, total: number): Promise<string[]> {
  const keys: string[] = [];
  for (let offset = 0; offset < total; offset += 500) {
    const r = await send('orders.query', { ...wireQuery(q), offset, limit: 500 });
    for (const row of r.rows) keys.push(row.key);
    if (r.rows.length < 500) break;
  }
  return keys;
}

/**
 * The windowed order list of one query: a WindowCache per query (a new query starts a new cache),
 * list-wide data from the latest reply, and a refetch of the visible rows whenever the background
 * says orders changed (throttled: a running sync sends many events).
 */
export function useOrderWindows(query: OrderQuery, onRows?: (rows: OrderRow[]) => void) {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [meta, setMeta] = useState<ListMeta>({ counts: {}, dueSoonHours: 24 });
  const [error, setError] = useState<unknown>();
  const visible = useRef<[number, number]>([0, WINDOW_SIZE - 1]);
  const onRowsRef = useRef(onRows);
  onRowsRef.current = onRows;
  const signature = signatureOf(query);

  const onReply = (r: QueryReply) => {
    setMeta({ counts: r.counts, dueSoonHours: r.dueSoonHours, syncedAt: r.syncedAt, nextExpiryAt: r.nextExpiryAt });
    setError(undefined);
    onRowsRef.current?.(r.rows);
  };
  // A window fetched ahead (the opening list, or this tab while another was shown) is used once:
  // if its answer is in, the cache starts with its rows and the list draws them in this render.
  const { cache, seeded } = useMemo(() => {
    const early = prefetchedWindows.take(signature);
    let pending = early && !early.settled ? early.reply : undefined;
    const c = new WindowCache<OrderRow, QueryReply>({
      windowSize: WINDOW_SIZE,
      maxWindows: 80, // 4,000 rows
      fetch: (offset, limit) => {
        const first = offset === 0 && limit === WINDOW_SIZE ? pending : undefined;
        pending = undefined;
        return first ?? send('orders.query', { ...wireQuery(query), offset, limit });
      },
      onReply,
      onUpdate: () => bump(undefined),
      onError: setError,
    });
    if (early?.settled) c.seed(early.settled);
    return { cache: c, seeded: early?.settled };
  }, [signature]);

  useEffect(() => {
    visible.current = [0, WINDOW_SIZE - 1];
    // A seeded list has its rows; its counts and sync time go to the meta after this paint.
    if (seeded) onReply(seeded);
    else void cache.ensure(0, WINDOW_SIZE - 1);
    return () => cache.dispose();
  }, [cache]);

  const loaded = cache.total !== undefined;
  useTabsAhead(query, cache, loaded);

  // Re-read the visible windows when orders change, at most every 400 ms (a sync stores page after page).
  const throttle = useRef<{ timer?: ReturnType<typeof setTimeout>; last: number }>({ last: 0 });
  useEffect(
    () => () => {
      clearTimeout(throttle.current.timer);
      throttle.current.timer = undefined;
    },
    [cache],
  );
  useEvent(['orders.changed', 'data.wiped', 'accounts.changed'], () => {
    const th = throttle.current;
    if (th.timer) return;
    th.timer = setTimeout(
      () => {
        th.timer = undefined;
        th.last = Date.now();
        cache.invalidate();
        void cache.ensure(visible.current[0], visible.current[1]);
      },
      Math.max(0, 400 - (Date.now() - th.last)),
    );
  });

  // A cached order leaves the view when its cache time ends, even if nothing else happens: ask
  // again then (the background no longer returns it). The timer follows the latest answer.
  useEffect(() => {
    if (meta.nextExpiryAt === undefined) return;
    const timer = setTimeout(
      () => {
        cache.invalidate();
        void cache.ensure(visible.current[0], visible.current[1]);
      },
      Math.max(0, meta.nextExpiryAt - Date.now()) + EXPIRY_SLACK_MS,
    );
    return () => clearTimeout(timer);
  }, [cache, meta.nextExpiryAt]);

  return {
    cache,
    version,
    meta,
    error,
    loaded,
    total: cache.total ?? 0,
    /** The list calls this with its rendered range; missing or stale windows are fetched. */
    setVisible(start: number, end: number) {
      visible.current = [start, end];
      void cache.ensure(start, end);
    },
    refresh() {
      cache.invalidate();
      void cache.ensure(visible.current[0], visible.current[1]);
    },
  };
}

export type OrderWindows = ReturnType<typeof useOrderWindows>;
