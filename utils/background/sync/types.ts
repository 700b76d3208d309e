import type { AccountRecord } from '../core/accounts';

/** Reports how far a sync is; `total` when known (pages or orders). */
export type ProgressFn = (done: number, total?: number) => void;

/**
 * What each marketplace provides to the sync coordinator. A syncer pulls one account's orders
 * into the OrderStore, checkpointing as it goes so a suspended worker resumes where it stopped.
 */
export interface AccountSyncer {
  marketplace: 'coupang' | 'alibaba';
  sync(account: AccountRecord, opts: { full: boolean; progress: ProgressFn; signal: AbortSignal }): Promise<void>;
}
