import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { OrderListQuery, OrderRow, OrderTab } from '@/utils/protocol/messages/orders';
import { WindowCache } from '@/utils/ui/window-cache';

export type { OrderTab };
export type OrderQuery = OrderListQuery;

export interface ListMeta {
  counts: Partial<Record<OrderTab, number>>;
  dueSoonHours: number;
  syncedAt?: number;
  nextExpiryAt?: number;
}

type QueryReply = ReplyOf<'orders.query'>;

export const WINDOW_SIZE = 100;
/** Asks a moment after the expiry, so the background's clock has surely passed it too. */
export const EXPIRY_SLACK_MS = 250;

function wireQuery(q: OrderQuery) {
  return {
    market: q.market,
    tab: q.tab,
    sort: q.sort,
    dir: q.dir,
    ...(q.accountKeys?.length ? { accountKeys: q.accountKeys } : {}),
    ...(q.search?.trim() ? { search: q.search.trim().slice(0, 100) } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  };
}

/** The list the panel opens on (app.tsx starts with it unless a notification asks for another). */
export const OPENING_QUERY: OrderQuery = { market: 'coupang', tab: 'new', sort: 'orderedAt', dir: 'desc' };

/**
 * The opening list's first window, asked for as soon as this module loads: the background answers
 * it while the page is still loading settings and consent, and the first render takes it instead
 * of asking again. Used once; a different opening query simply asks for its own window.
 */
let opening: { signature: string; reply: Promise<QueryReply> } | undefined = {
  signature: JSON.stringify(wireQuery(OPENING_QUERY)),
  reply: send('orders.query', { ...wireQuery(OPENING_QUERY), offset: 0, limit: WINDOW_SIZE }),
};
opening.reply.catch(() => undefined);

function firstWindow(signature: string, offset: number, limit: number): Promise<QueryReply> | undefined {
  const early = opening;
  opening = undefined;
  return early && early.signature === signature && offset === 0 && limit === WINDOW_SIZE ? early.reply : undefined;
}

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
  const signature = JSON.stringify(wireQuery(query));

  const cache = useMemo(() => {
    return new WindowCache<OrderRow, QueryReply>({
      windowSize: WINDOW_SIZE,
      maxWindows: 40,
      fetch: (offset, limit) =>
        firstWindow(signature, offset, limit) ?? send('orders.query', { ...wireQuery(query), offset, limit }),
      onReply: (r) => {
        setMeta({ counts: r.counts, dueSoonHours: r.dueSoonHours, syncedAt: r.syncedAt, nextExpiryAt: r.nextExpiryAt });
        setError(undefined);
        onRowsRef.current?.(r.rows);
      },
      onUpdate: () => bump(undefined),
      onError: setError,
    });
  }, [signature]);

  useEffect(() => {
    visible.current = [0, WINDOW_SIZE - 1];
    void cache.ensure(0, WINDOW_SIZE - 1);
    return () => cache.dispose();
  }, [cache]);

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
    loaded: cache.total !== undefined,
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
