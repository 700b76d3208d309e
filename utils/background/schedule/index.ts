import { BadgeService } from '../badge/badge-service';
import type { CoreServices } from '../core/core';
import { NotificationService } from '../notifications/notification-service';
import type { PrivacyService } from '../privacy/privacy-service';
import { handleCommand } from './commands';
import { EXPIRY_ALARM } from './decisions';
import { SyncScheduler } from './scheduler';

/**
 * The seller's "does anything need me?" machinery, built once by the composition root:
 * the sync schedule (alarms), the toolbar badge, notifications and keyboard shortcuts.
 *
 * The composition root registers the browser listeners (alarms.onAlarm, notifications.onClicked,
 * commands.onCommand) in the worker's first turn and forwards to the methods here. Everything
 * else is in-process subscriptions made in this synchronous call.
 */
export function createAttentionServices(
  core: CoreServices,
  deps: { privacy: PrivacyService; onError?(where: string, e: unknown): void },
) {
  const onError = deps.onError;
  const scheduler = new SyncScheduler({
    accounts: core.accounts,
    settings: core.settings,
    consent: core.consent,
    sync: core.sync,
    now: core.now,
    onError,
  });
  const badge = new BadgeService({
    accounts: core.accounts,
    orders: core.orders,
    openingWindows: core.openingWindows,
    settings: core.settings,
    now: core.now,
    onError,
  });
  const notifications = new NotificationService({
    accounts: core.accounts,
    orders: core.orders,
    settings: core.settings,
    events: core.events,
    now: core.now,
    onError,
  });

  let started: Promise<unknown> | undefined;
  const whenStarted = () => started ?? Promise.resolve();

  // Account changes come in bursts (a sync patches status, health, last sync time).
  let reconcileTimer: ReturnType<typeof setTimeout> | undefined;
  const reconcileSoon = () => {
    if (reconcileTimer) return;
    reconcileTimer = setTimeout(() => {
      reconcileTimer = undefined;
      void whenStarted().then(() => scheduler.reconcile());
    }, 200);
  };

  core.accounts.onChange(() => {
    reconcileSoon();
    badge.schedule();
    void whenStarted().then(() => notifications.onAccountsChanged());
  });
  core.orders.onChange(() => badge.schedule());
  // The badge counts waiting inquiries and claims too; their reads end after the orders'.
  core.events.on('inquiries.changed', () => badge.schedule());
  core.events.on('claims.changed', () => badge.schedule());
  core.settings.onChange((s) => scheduler.onSettingsChanged(s.sync.intervalMinutes));
  deps.privacy.onWiped(async () => {
    await badge.clear();
    await notifications.clearAll();
  });

  const syncAll = async () => {
    await whenStarted();
    if (!(await core.consent.hasConsent())) return [];
    const keys = (await core.accounts.list()).map((a) => a.accountKey);
    for (const k of keys) void core.sync.sync(k);
    return keys;
  };

  return {
    scheduler,
    badge,
    notifications,
    /** After start-up work (migrations, outbox resume): alarms, badge, interrupted syncs. */
    start(ready: Promise<unknown>) {
      started = ready.then(async () => {
        await scheduler.reconcile();
        await badge.refresh();
        await scheduler.resumeInterrupted();
      });
      started.catch((e) => onError?.('attention.start', e));
      return started;
    },
    onAlarm(alarm: { name: string }) {
      return whenStarted().then(async () => {
        if (alarm.name === EXPIRY_ALARM) await notifications.evaluateAttention();
        else await scheduler.onAlarm(alarm);
      });
    },
    /** Synchronous first step (the click's user gesture opens the side panel). */
    onNotificationClicked(id: string) {
      return notifications.handleClick(id);
    },
    /** Synchronous first step (the key press's user gesture opens the side panel). */
    onCommand(command: string, tab?: { windowId?: number }) {
      return handleCommand(command, tab, { syncAll, onError });
    },
    outboxChanged() {
      badge.schedule();
    },
    syncAll,
  };
}

export type AttentionServices = ReturnType<typeof createAttentionServices>;
