import { browser } from 'wxt/browser';
import type { SettingsService } from '../core/settings-service';
import { cacheDropOverAge, cacheSweep, resetCacheKey } from '../store/cache';
import { databaseExists } from '../store/db';
import { wipe } from '../store/wipe';
import type { Logger } from './logger';

/**
 * The cache's housekeeping (compliance C8: a short-lived cache, not a database):
 * - an alarm every few minutes deletes expired records and records sealed under a lost key;
 * - it also enforces the seller's current TTL settings on records written under longer ones;
 * - on browser start-up, PII records (whose session key is gone) are dropped at once.
 */
export const SWEEP_ALARM = 'crossdock.cacheSweep';
export const SWEEP_PERIOD_MINUTES = 5;

export interface SweepResult {
  expired: number;
  unreadable: number;
  overAge: number;
}

export class CacheSweeper {
  private running: Promise<SweepResult> | undefined;
  private lastCache: string | undefined;
  private droppedListeners = new Set<() => void>();

  constructor(private deps: { settings: SettingsService; logger: Logger }) {}

  /**
   * Registers the listeners. Synchronous on purpose: MV3 only delivers the event that woke the
   * worker to listeners added in the first turn of the script.
   */
  register(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SWEEP_ALARM) void this.sweep().then(() => this.ensureAlarm());
    });
    browser.runtime.onStartup.addListener(() => void this.onBrowserStartup());
    this.deps.settings.onChange((s) => {
      // A shorter TTL applies to what is already cached, not only to what comes next.
      const cache = JSON.stringify(s.cache);
      if (this.lastCache !== undefined && cache !== this.lastCache) void this.sweep();
      this.lastCache = cache;
    });
    void this.deps.settings.get().then((s) => {
      this.lastCache ??= JSON.stringify(s.cache);
    });
    void this.ensureAlarm();
    // Every worker start sweeps once: an extension reload also empties session storage, and no
    // onStartup event comes with it.
    void this.sweep();
  }

  /**
   * Creates the periodic alarm only when it is missing: re-creating it at every worker start
   * would push the first run back each time and a busy worker would never sweep.
   */
  async ensureAlarm(): Promise<void> {
    try {
      if (await browser.alarms.get(SWEEP_ALARM)) return;
      await browser.alarms.create(SWEEP_ALARM, {
        delayInMinutes: SWEEP_PERIOD_MINUTES,
        periodInMinutes: SWEEP_PERIOD_MINUTES,
      });
    } catch (e) {
      void this.deps.logger.warn('cache.alarm', e);
    }
  }

  /**
   * Told when a sweep or the start-up wipe removed records, so in-memory copies (the order index)
   * drop them too and can never write them back.
   */
  onDropped(listener: () => void): () => void {
    this.droppedListeners.add(listener);
    return () => this.droppedListeners.delete(listener);
  }

  /** One sweep at a time; a sweep asked for while one runs shares its result. */
  sweep(now = Date.now()): Promise<SweepResult> {
    this.running ??= this.sweepOnce(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  async onBrowserStartup(): Promise<void> {
    try {
      // The session key died with the browser: forget any handle and drop what it sealed.
      resetCacheKey();
      if (await databaseExists()) await wipe('browserRestart');
      this.notify();
      await this.sweep();
    } catch (e) {
      void this.deps.logger.error('cache.startupWipe', e);
    }
  }

  private notify() {
    for (const l of this.droppedListeners) {
      try {
        l();
      } catch (e) {
        void this.deps.logger.error('cache.onDropped', e);
      }
    }
  }

  private async sweepOnce(now: number): Promise<SweepResult> {
    try {
      if (!(await databaseExists())) return { expired: 0, unreadable: 0, overAge: 0 };
      const { expired, unreadable } = await cacheSweep(now);
      const { cache } = await this.deps.settings.get();
      const overAge = await cacheDropOverAge(now, {
        sealedMs: cache.piiTtlMinutes * 60_000,
        otherMs: cache.referenceTtlHours * 3_600_000,
      });
      const result = { expired, unreadable, overAge };
      if (expired + unreadable + overAge > 0) this.notify();
      return result;
    } catch (e) {
      void this.deps.logger.error('cache.sweep', e);
      return { expired: 0, unreadable: 0, overAge: 0 };
    }
  }
}
