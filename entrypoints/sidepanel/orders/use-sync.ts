import { useCallback, useEffect, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';

export type SyncStatus = ReplyOf<'orders.syncStatus'>['accounts'][number];

/**
 * Sync state of every account: the initial `orders.syncStatus`, then `sync.progress` events.
 * Events carry no block end or error, so a blocked/failed/done event re-reads the status.
 */
export function useSync() {
  const [accounts, setAccounts] = useState<Record<string, SyncStatus>>({});
  const [error, setError] = useState<unknown>();
  const [starting, setStarting] = useState(false);

  const load = useCallback(async () => {
    try {
      const r = await send('orders.syncStatus', {});
      setAccounts(Object.fromEntries(r.accounts.map((a) => [a.accountKey, a])));
    } catch {
      // Not answered yet (worker starting): the next event reloads.
    }
  }, []);

  useEffect(() => void load(), [load]);
  useEvent('sync.progress', ({ payload: p }) => {
    setAccounts((cur) => ({
      ...cur,
      [p.accountKey]: { ...cur[p.accountKey], accountKey: p.accountKey, phase: p.phase, done: p.done, total: p.total },
    }));
    if (p.phase !== 'running') void load();
  });
  useEvent(['accounts.changed', 'data.wiped'], () => void load());

  const start = useCallback(
    async (accountKey?: string) => {
      setError(undefined);
      setStarting(true);
      try {
        await send('orders.sync', accountKey ? { accountKey } : {});
        await load();
      } catch (e) {
        setError(e);
      } finally {
        setStarting(false);
      }
    },
    [load],
  );

  const list = Object.values(accounts);
  const running = list.filter((a) => a.phase === 'running');
  const blocked = list.filter((a) => a.phase === 'blocked');
  const failed = list.filter((a) => a.phase === 'failed');
  const lastSyncAt = list.reduce<number | undefined>(
    (m, a) => (a.lastSyncAt && (!m || a.lastSyncAt > m) ? a.lastSyncAt : m),
    undefined,
  );
  const done = running.reduce((s, a) => s + a.done, 0);
  const total = running.every((a) => a.total !== undefined)
    ? running.reduce((s, a) => s + (a.total ?? 0), 0)
    : undefined;
  const blockedUntil = blocked.reduce<number | undefined>(
    (m, a) => (a.blockedUntil && (!m || a.blockedUntil > m) ? a.blockedUntil : m),
    undefined,
  );
  return {
    accounts,
    start,
    starting,
    error: error ?? failed[0]?.error,
    running: running.length > 0 || starting,
    blocked: blocked.length > 0,
    blockedUntil,
    failed: failed.length > 0,
    done,
    total,
    lastSyncAt,
  };
}
