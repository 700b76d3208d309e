import type { WireError } from '../../protocol/envelope';
import type { AccountsService } from '../core/accounts';
import { toWireError } from '../core/to-wire-error';
import { QueueUnavailableError } from '../net';
import type { AccountAuthStateError } from './errors';
import type { AccountSyncer } from './types';

export interface SyncStatus {
  accountKey: string;
  phase: 'idle' | 'running' | 'done' | 'failed' | 'blocked';
  done: number;
  total?: number;
  lastSyncAt?: number;
  blockedUntil?: number;
  error?: WireError;
}

/** Progress of a running sync reaches views at most this often (a sync stores ~8 pages a second). */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * Runs syncs: one at a time per account (a second request joins the running one), with progress
 * events, and records the outcome on the account (last sync time, error, rate-limit block).
 */
export class SyncCoordinator {
  private syncers = new Map<string, AccountSyncer>();
  private running = new Map<string, Promise<SyncStatus>>();
  private status = new Map<string, SyncStatus>();
  private controllers = new Map<string, AbortController>();
  /** Per account: when progress was last announced, and a pending trailing announcement. */
  private announced = new Map<string, { at: number; timer?: ReturnType<typeof setTimeout> }>();

  constructor(
    private deps: {
      accounts: AccountsService;
      onProgress(status: SyncStatus): void;
      now?: () => number;
    },
  ) {}

  register(syncer: AccountSyncer): void {
    this.syncers.set(syncer.marketplace, syncer);
  }

  isRunning(accountKey: string): boolean {
    return this.running.has(accountKey);
  }

  statuses(): SyncStatus[] {
    return [...this.status.values()];
  }

  /** Stops an account's sync (disconnect); it ends at the next request boundary. */
  cancel(accountKey: string): void {
    this.controllers.get(accountKey)?.abort();
    this.status.delete(accountKey);
  }

  sync(accountKey: string, opts: { full?: boolean } = {}): Promise<SyncStatus> {
    const current = this.running.get(accountKey);
    if (current) return current;
    const run = this.run(accountKey, opts.full ?? false).finally(() => {
      this.running.delete(accountKey);
      this.controllers.delete(accountKey);
    });
    this.running.set(accountKey, run);
    return run;
  }

  private set(s: SyncStatus) {
    this.status.set(s.accountKey, s);
    const last = this.announced.get(s.accountKey);
    if (last?.timer) clearTimeout(last.timer);
    this.announced.set(s.accountKey, { at: Date.now() });
    this.deps.onProgress(s);
  }

  /** Progress within a run: kept at once (status queries see it), announced at most every interval. */
  private progress(s: SyncStatus) {
    this.status.set(s.accountKey, s);
    const last = this.announced.get(s.accountKey);
    if (last?.timer) return;
    const wait = (last?.at ?? Number.NEGATIVE_INFINITY) + PROGRESS_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.set(s);
    this.announced.set(s.accountKey, {
      at: last?.at ?? 0,
      timer: setTimeout(() => {
        const latest = this.status.get(s.accountKey);
        if (latest?.phase === 'running') this.set(latest);
      }, wait),
    });
  }

  private async run(accountKey: string, full: boolean): Promise<SyncStatus> {
    const now = this.deps.now ?? Date.now;
    const account = await this.deps.accounts.get(accountKey);
    const syncer = account && this.syncers.get(account.marketplace);
    if (!account || !syncer) return { accountKey, phase: 'failed', done: 0 };
    const health = await this.deps.accounts.health(accountKey);
    if (health.blockedUntil && health.blockedUntil > now()) {
      const s: SyncStatus = {
        accountKey,
        phase: 'blocked',
        done: 0,
        blockedUntil: health.blockedUntil,
        lastSyncAt: account.lastSyncAt,
      };
      this.set(s);
      return s;
    }
    const controller = new AbortController();
    this.controllers.set(accountKey, controller);
    this.set({ accountKey, phase: 'running', done: 0, lastSyncAt: account.lastSyncAt });
    try {
      await syncer.sync(account, {
        full: full || !account.lastSyncAt,
        signal: controller.signal,
        progress: (done, total) =>
          this.progress({ accountKey, phase: 'running', done, total, lastSyncAt: account.lastSyncAt }),
      });
      const at = now();
      await this.deps.accounts.patch(accountKey, { lastSyncAt: at, status: 'ok', lastError: undefined });
      const s: SyncStatus = { accountKey, phase: 'done', done: this.status.get(accountKey)?.done ?? 0, lastSyncAt: at };
      this.set(s);
      return s;
    } catch (e) {
      if (controller.signal.aborted) return { accountKey, phase: 'idle', done: 0 };
      const error = toWireError(e);
      const blockedUntil = blockedUntilOf(e);
      const authProblem = (e as AccountAuthStateError).accountStatus;
      if (blockedUntil) await this.deps.accounts.setHealth(accountKey, { blockedUntil });
      await this.deps.accounts.patch(accountKey, {
        lastError: error,
        status: authProblem ?? (blockedUntil ? 'ok' : 'error'),
      });
      const s: SyncStatus = {
        accountKey,
        phase: blockedUntil ? 'blocked' : 'failed',
        done: this.status.get(accountKey)?.done ?? 0,
        lastSyncAt: account.lastSyncAt,
        blockedUntil,
        error,
      };
      this.set(s);
      return s;
    }
  }
}

/** When a rate-limit block lifts: from a marketplace 429 error, or from the queue refusing during one. */
export function blockedUntilOf(e: unknown): number | undefined {
  if (e instanceof QueueUnavailableError) return e.reason === 'blocked' ? (e.until ?? undefined) : undefined;
  const b = (e as { blockedUntil?: unknown } | undefined)?.blockedUntil;
  return typeof b === 'number' ? b : undefined;
}
