import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';

export type Summary = ReplyOf<'popup.summary'>;

/**
 * The popup's one view model (`popup.summary`), kept current by background events: sync
 * progress moves the account's counter at once; anything else re-reads the summary (debounced,
 * because a sync stores page after page).
 */
export function useSummary() {
  const [summary, setSummary] = useState<Summary>();
  const [error, setError] = useState<unknown>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      setSummary(await send('popup.summary', {}));
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, []);

  const loadSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void load();
    }, 250);
  }, [load]);

  useEffect(() => {
    void load();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [load]);

  useEvent('sync.progress', (e) => {
    const p = e.payload;
    setSummary((s) =>
      s && p.phase === 'running'
        ? {
            ...s,
            accounts: s.accounts.map((a) =>
              a.accountKey === p.accountKey
                ? {
                    ...a,
                    state: 'syncing',
                    progress: { done: p.done, ...(p.total !== undefined ? { total: p.total } : {}) },
                  }
                : a,
            ),
          }
        : s,
    );
    if (p.phase !== 'running') loadSoon();
  });
  // Everything else the summary shows can change with any of these: re-read it (debounced).
  useEvent(
    ['accounts.changed', 'orders.changed', 'outbox.changed', 'data.wiped', 'settings.changed', 'consent.changed'],
    loadSoon,
  );

  return { summary, error, reload: load };
}
