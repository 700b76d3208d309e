import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import type { ReturnTab } from '@/utils/domain/claim-status';
import { send } from '@/utils/protocol/client';
import type { ClaimCounts, ExchangeRow, ReturnRow } from '@/utils/protocol/messages/claims';

export type ClaimTab = ReturnTab | 'exchange';

interface ClaimsState {
  /** The tab the rows below are of: a switch shows no rows until the new tab's are read. */
  tab?: ClaimTab;
  counts?: ClaimCounts;
  returns: ReturnRow[];
  exchanges: ExchangeRow[];
  syncedAt?: number;
  syncing: boolean;
  error?: unknown;
}

/**
 * One account's claims for the open tab: read from the background's cache, re-read after every
 * outbox change (an action re-reads its claim) and every claims read (each order sync makes one),
 * and synced from Coupang when the area opens with nothing cached or the seller presses Refresh.
 */
export function useClaims(accountKey: string | undefined, tab: ClaimTab) {
  const [state, setState] = useState<ClaimsState>({ returns: [], exchanges: [], syncing: false });
  const current = useRef(tab);
  current.current = tab;

  const load = useCallback(async () => {
    if (!accountKey) return undefined;
    try {
      const returns = await send('claims.returns', { accountKey, ...(tab === 'exchange' ? {} : { tab }) });
      const exchanges = tab === 'exchange' ? (await send('claims.exchanges', { accountKey })).rows : [];
      // The seller switched tabs meanwhile: these rows are not the open tab's.
      if (current.current !== tab) return returns.syncedAt;
      setState((s) => ({
        ...s,
        tab,
        counts: returns.counts,
        syncedAt: returns.syncedAt,
        returns: tab === 'exchange' ? [] : returns.rows,
        exchanges,
        error: undefined,
      }));
      return returns.syncedAt;
    } catch (error) {
      setState((s) => ({ ...s, error }));
      return undefined;
    }
  }, [accountKey, tab]);

  /** `fresh`: the seller pressed Refresh (a read the order sync began earlier does not answer it). */
  const sync = useCallback(
    async (fresh?: boolean) => {
      if (!accountKey) return;
      setState((s) => ({ ...s, syncing: true, error: undefined }));
      try {
        await send('claims.sync', { accountKey, ...(fresh ? { fresh } : {}) });
        await load();
        setState((s) => ({ ...s, syncing: false }));
      } catch (error) {
        setState((s) => ({ ...s, syncing: false, error }));
      }
    },
    [accountKey, load],
  );

  useEffect(() => {
    let live = true;
    void load().then((syncedAt) => {
      if (live && syncedAt === undefined && accountKey) void sync();
    });
    return () => {
      live = false;
    };
  }, [accountKey]);

  useEffect(() => void load(), [tab]);
  useEvent(['outbox.changed', 'claims.changed', 'data.wiped'], (e) => {
    // A read of another account's claims (the order sync reads every vendor's) is not ours.
    if (e.type === 'claims.changed' && e.payload.accountKey !== accountKey) return;
    void load();
  });

  const shown = state.tab === tab;
  return {
    ...state,
    returns: shown ? state.returns : [],
    exchanges: shown ? state.exchanges : [],
    /** The open tab's rows have been read (until then the list shows neither rows nor "none"). */
    loaded: shown,
    sync,
    reload: load,
  };
}
