import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import type { AccountsService } from '../core/accounts';
import type { SettingsService } from '../core/settings-service';
import type { ConsentService } from '../privacy/consent-service';
import { databaseExists, getDb } from '../store/db';
import type { SyncCoordinator } from '../sync/sync-coordinator';
import {
  accountOfAlarm,
  decideOnStart,
  decideTick,
  desiredAlarms,
  EXPIRY_ALARM,
  EXPIRY_PERIOD_MINUTES,
  planAlarms,
  type ScheduleAccount,
  type TickDecision,
} from './decisions';

export interface SchedulerDeps {
  accounts: AccountsService;
  settings: SettingsService;
  consent: ConsentService;
  sync: SyncCoordinator;
  now(): number;
  onError?(where: string, e: unknown): void;
}

/**
 * Applies the scheduling decisions (decisions.ts) with `browser.alarms`: keeps one alarm per
 * connected account, runs the account's incremental sync when it fires, resumes a sync that a
 * suspended worker interrupted. Listeners are registered by the composition root; this class
 * only reacts.
 */
export class SyncScheduler {
  private chain: Promise<unknown> = Promise.resolve();
  private lastInterval: number | undefined;

  constructor(private deps: SchedulerDeps) {}

  /** The facts the decisions need, for every connected account. */
  async facts(): Promise<ScheduleAccount[]> {
    const list = await this.deps.accounts.list();
    return Promise.all(
      list.map(async (a) => {
        const health = await this.deps.accounts.health(a.accountKey);
        return {
          accountKey: a.accountKey,
          status: a.status,
          lastErrorKind: a.lastError?.kind,
          lastSyncAt: a.lastSyncAt,
          blockedUntil: health.blockedUntil,
        } satisfies ScheduleAccount;
      }),
    );
  }

  /** Makes the alarms match the accounts and settings (serialized: changes come in bursts). */
  reconcile(): Promise<void> {
    const next = this.chain.then(() => this.reconcileOnce());
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Settings changed: only an interval change touches the alarms. */
  onSettingsChanged(intervalMinutes: number): void {
    if (this.lastInterval !== undefined && this.lastInterval !== intervalMinutes) void this.reconcile();
    this.lastInterval = intervalMinutes;
  }

  private async reconcileOnce(): Promise<void> {
    try {
      const now = this.deps.now();
      const [accounts, settings, existing] = await Promise.all([
        this.facts(),
        this.deps.settings.get(),
        browser.alarms.getAll(),
      ]);
      this.lastInterval = settings.sync.intervalMinutes;
      const plan = planAlarms(existing, desiredAlarms(accounts, settings.sync.intervalMinutes, now));
      for (const name of plan.clear) await browser.alarms.clear(name);
      for (const a of plan.create)
        await browser.alarms.create(a.name, { when: a.when, periodInMinutes: a.periodInMinutes });
      await this.ensureExpiryAlarm(accounts.length > 0, existing);
    } catch (e) {
      this.deps.onError?.('schedule.reconcile', e);
    }
  }

  /** The expiry check runs while any account is connected. */
  private async ensureExpiryAlarm(wanted: boolean, existing: Browser.alarms.Alarm[]): Promise<void> {
    const has = existing.some((a) => a.name === EXPIRY_ALARM);
    if (wanted && !has) {
      await browser.alarms.create(EXPIRY_ALARM, { delayInMinutes: 1, periodInMinutes: EXPIRY_PERIOD_MINUTES });
    } else if (!wanted && has) {
      await browser.alarms.clear(EXPIRY_ALARM);
    }
  }

  /** An alarm fired. Returns what was decided for a sync alarm (undefined for other alarms). */
  async onAlarm(alarm: { name: string }): Promise<TickDecision | undefined> {
    const accountKey = accountOfAlarm(alarm.name);
    if (!accountKey) return undefined;
    try {
      const [accounts, settings, consent] = await Promise.all([
        this.facts(),
        this.deps.settings.get(),
        this.deps.consent.hasConsent(),
      ]);
      const decision = decideTick({
        account: accounts.find((a) => a.accountKey === accountKey),
        consent,
        running: this.deps.sync.isRunning(accountKey),
        intervalMinutes: settings.sync.intervalMinutes,
        now: this.deps.now(),
      });
      if (decision.run) {
        void this.deps.sync.sync(accountKey).then(() => this.reconcile());
      } else if (
        decision.reason === 'noAccount' ||
        decision.reason === 'blocked' ||
        decision.reason === 'needsReconnect'
      ) {
        // A stale alarm, or one that fired inside a block: move or drop it.
        await this.reconcile();
      }
      return decision;
    } catch (e) {
      this.deps.onError?.('schedule.tick', e);
      return undefined;
    }
  }

  /** Worker start: resume every sync a suspension interrupted (its checkpoint is still there). */
  async resumeInterrupted(): Promise<string[]> {
    const resumed: string[] = [];
    try {
      const accounts = await this.facts();
      if (accounts.length === 0 || !(await databaseExists())) return resumed;
      const consent = await this.deps.consent.hasConsent();
      const db = await getDb();
      for (const account of accounts) {
        const hasCheckpoint = (await db.countFromIndex('checkpoints', 'accountKey', account.accountKey)) > 0;
        const decision = decideOnStart({
          account,
          hasCheckpoint,
          consent,
          running: this.deps.sync.isRunning(account.accountKey),
          now: this.deps.now(),
        });
        if (decision === 'resume') {
          resumed.push(account.accountKey);
          void this.deps.sync.sync(account.accountKey);
        }
      }
    } catch (e) {
      this.deps.onError?.('schedule.resume', e);
    }
    return resumed;
  }
}
