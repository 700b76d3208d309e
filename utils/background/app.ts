import { browser } from 'wxt/browser';
import { buildConfig } from '../config/build-config';
import type { DomainOrder } from '../domain/order';
import { catalog } from '../protocol/catalog';
import { EVENTS_PORT } from '../protocol/events';
import { classifySender } from '../protocol/sender';
import type { Settings } from '../settings/schema';
import { createAlibabaModule } from './alibaba/module';
import { AccountsService } from './core/accounts';
import type { CoreServices } from './core/core';
import { createGuardedFetch } from './core/guarded-fetch';
import { warmPageFonts } from './core/page-fonts';
import { QueueRegistry } from './core/queues';
import { SecurityLog } from './core/security-log';
import { SettingsService } from './core/settings-service';
import { WarmUp } from './core/warm-up';
import { createCoupangModule } from './coupang/module';
import { crossborderFeature } from './crossborder';
import { connectionHandlers } from './handlers/connections';
import { orderHandlers } from './handlers/orders';
import { popupHandlers } from './handlers/popup';
import { privacyHandlers } from './handlers/privacy';
import { settingsHandlers, systemHandlers } from './handlers/system';
import { openSidePanelInGesture, uiHandlers } from './handlers/ui';
import { createDispatcher } from './messaging/dispatcher';
import { EventHub } from './messaging/event-hub';
import { OpeningWindows } from './orders/opening-windows';
import { OrderStore } from './orders/order-store';
import { orderSheetHandlers } from './orders/sheets/handlers';
import { Outbox } from './outbox/outbox';
import { ContentScriptRegistration } from './page-helpers/content-script-registration';
import { pageHelperHandlers } from './page-helpers/handlers';
import { createPrivacyServices } from './privacy';
import { ConsentService } from './privacy/consent-service';
import { redactReply } from './privacy/redact-reply';
import { createAttentionServices } from './schedule';
import { installBenchHooks } from './store/cache-bench';
import { migrate } from './store/migrations';
import { restrictStorageToTrustedContexts } from './store/storage';
import { CheckpointStore } from './sync/checkpoints';
import { SyncCoordinator } from './sync/sync-coordinator';
import { createWakeGate } from './wake-gate';
import { wakeMark } from './wake-timing';

/** Orders unchanged this long count as settled (a running sync stores pages far more often). */
const ORDERS_SETTLED_MS = 1_500;
const isSidePanel = (url: string | undefined) => url !== undefined && new URL(url).pathname === '/sidepanel.html';

/** Replaced at build time (wxt.config.ts, vitest.config.ts) by `true` in sandbox builds only. */
declare const __CROSSDOCK_SANDBOX_BUILD__: boolean;

/**
 * Wake-time housekeeping starts at the first reply, or this long after start-up when no reply
 * came sooner (a wake by an alarm, a long first handler): long enough for a view's first message,
 * short enough that an alarm's sync or an interrupted purchase barely waits.
 */
const HOUSEKEEPING_AFTER_MS = 300;

/**
 * The pages' fonts are warmed this long after the wake's housekeeping starts (core/page-fonts.ts):
 * late enough that a side panel whose first message woke the worker has drawn its first rows (it
 * loads the fonts itself then), early enough to be done before most first opens.
 */
const PAGE_FONTS_AFTER_MS = 1_000;

/**
 * The background's composition root: builds every service once and registers the listeners.
 * Listeners are registered synchronously (MV3 requires it); message handling waits for start-up
 * work (storage access level, migrations) so a message arriving right after launch never sees
 * half-initialized state. Wake-time housekeeping (resuming the outbox and interrupted work, the
 * alarms check, the badge recount) waits for the first reply (wake-gate.ts) so it does not slow it.
 */
export function startBackgroundApp() {
  wakeMark('main');
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  const classify = (s: Parameters<typeof classifySender>[0]) => classifySender(s, browser.runtime.id, extensionOrigin);
  const now = () => Date.now();

  const securityLog = new SecurityLog();
  const settings = new SettingsService();
  const events = new EventHub(classify);
  const consent = new ConsentService();
  const accounts = new AccountsService();
  const orders = new OrderStore(now);
  const queues = new QueueRegistry();
  const checkpoints = new CheckpointStore(now);
  // Consent, the cache sweep alarm, the browser-restart wipe, delete-all: listeners register in
  // this first synchronous turn. Decrypted orders held in memory go when their records go.
  const { logger, privacy, sweeper } = createPrivacyServices({ settings, events, consent });
  sweeper.onDropped(() => orders.reset());
  const warmUp = new WarmUp((name, e) => void logger.error(`warmUp.${name}`, e));
  // No account, nothing to build (and no database re-created after "Delete all data").
  const openingWindows = new OpeningWindows(orders, now, async () => (await settings.get()).cache);
  // …and once indexed, which orders the side panel's opening list shows first, for the next wake.
  warmUp.register('orders', async () => (await accounts.list()).length && openingWindows.keep());
  privacy.onWiped(() => orders.reset());

  const extraOrigins = new Set<string>();
  const marketplaceOrigins = [
    buildConfig.coupangBaseUrl,
    buildConfig.alibabaGatewayBaseUrl,
    buildConfig.alibabaAuthBaseUrl,
  ].map((u) => new URL(u).origin);
  const marketplaceFetch = createGuardedFetch({
    hasConsent: () => consent.hasConsent(),
    allowedOrigins: () => [...marketplaceOrigins, ...extraOrigins],
  });

  const outbox = new Outbox({
    now,
    onChange: (accountKey) => {
      events.emit('outbox.changed', { accountKey });
      attention.outboxChanged();
    },
    schedule: (accountKey, atMs) => setTimeout(() => void outbox.process(accountKey), Math.max(0, atMs - now())),
  });
  // The database was deleted: the outbox's kept snapshot goes with it.
  privacy.onWiped(() => outbox.invalidate());
  const sync = new SyncCoordinator({
    accounts,
    now,
    onProgress: (s) => {
      events.emit('sync.progress', {
        accountKey: s.accountKey,
        phase: s.phase,
        done: s.done,
        total: s.total,
        message: s.error?.message,
        blockedUntil: s.blockedUntil,
        errorKind: s.error?.kind,
      });
      // A finished sync is the pause the orders index waits for: built now, not 1.5 s later, so a
      // panel opened as the sync ends (or its views reloading on it) finds it ready.
      if (s.phase === 'done') warmUp.soon(0);
    },
  });

  const core: CoreServices = {
    accounts,
    orders,
    openingWindows,
    outbox,
    queues,
    checkpoints,
    sync,
    settings,
    consent,
    events,
    warmUp,
    marketplaceFetch,
    allowOrigin: (origin) => extraOrigins.add(new URL(origin).origin),
    now,
  };
  const coupang = createCoupangModule(core);
  const alibaba = createAlibabaModule(core);
  const modules = { coupang, alibaba };
  const completeOrder = (o: DomainOrder) => modules[o.marketplace].completeOrder?.(o) ?? Promise.resolve(o);
  // Sync schedule, badge, notifications, shortcuts (their browser listeners are registered below).
  const attention = createAttentionServices(core, { privacy, onError: (where, e) => void logger.error(where, e) });

  // Content scripts lose storage access before any message is answered. Should the browser refuse,
  // Crossdock still runs (as before this existed) and the error is logged.
  const restricted = restrictStorageToTrustedContexts().catch((e) => void logger.error('storage.setAccessLevel', e));
  const ready = Promise.all([restricted, migrate()]);
  const wake = createWakeGate(HOUSEKEEPING_AFTER_MS);
  const housekeeping = ready.then(async () => {
    await wake.opened;
    setTimeout(async () => {
      if ((await warmPageFonts()) > 0) wakeMark('pageFonts');
    }, PAGE_FONTS_AFTER_MS);
    await Promise.all([coupang.start?.(), alibaba.start?.()]);
    // Items interrupted by a suspended worker are reconciled before anything new is sent: here,
    // or sooner by the drain a new item of the same account starts (outbox.process settles
    // `sending` items first).
    void outbox.resume();
    // The order list's pending-action chips read this snapshot: read it now, while IndexedDB is
    // idle, not on the first list after a long sync's writes.
    void outbox.snapshot();
  });

  // The page-helper content script runs only where a helper is on (issue 13). Chrome keeps the
  // registration across sessions; it is checked again on install/update and browser start, and
  // follows every switch change and "Delete all data" (defaults: every helper on).
  const helperScripts = new ContentScriptRegistration();
  const syncHelperScripts = (s: Settings) =>
    helperScripts.sync(s.disabledHelpers).catch((e) => void logger.error('pageHelpers.register', e));
  const resyncHelperScripts = () =>
    void ready
      .then(() => settings.get())
      .then(syncHelperScripts)
      .catch((e) => void logger.error('pageHelpers.register', e));
  browser.runtime.onInstalled.addListener(resyncHelperScripts);
  browser.runtime.onStartup.addListener(resyncHelperScripts);
  privacy.onWiped(() => settings.get().then(syncHelperScripts));

  const dispatch = createDispatcher(
    catalog,
    {
      ...systemHandlers({ securityLog }),
      ...settingsHandlers({ settings, syncHelperScripts }),
      ...uiHandlers({ events, now }),
      ...connectionHandlers(core, { coupang, alibaba }),
      ...orderHandlers(core, completeOrder),
      ...orderSheetHandlers(core),
      ...privacyHandlers({ privacy }),
      ...coupang.handlers,
      ...alibaba.handlers,
      ...popupHandlers(core),
      ...crossborderFeature({
        core,
        purchasePreview: alibaba.handlers['purchase.preview'],
        purchaseCreate: alibaba.handlers['purchase.create'],
        purchaseStatus: alibaba.handlers['purchase.status'],
        offersGet: alibaba.handlers['offers.get'],
        logistics: alibaba.handlers['alibaba.logistics'],
        uploadInvoices: coupang.handlers['orders.uploadInvoices'],
        acknowledge: coupang.handlers['orders.acknowledge'],
        productsCreate: coupang.handlers['products.create'],
        coupangSideReads: coupang.sideReads,
        productsStatus: coupang.handlers['products.status'],
        productsList: coupang.handlers['products.list'],
        productsRefresh: coupang.handlers['products.refresh'],
        rgStock: coupang.handlers['catalog.rg.stock'],
      }),
      ...pageHelperHandlers({
        core,
        logistics: alibaba.handlers['alibaba.logistics'],
        offersGet: alibaba.handlers['offers.get'],
        openOptions: () => browser.runtime.openOptionsPage(),
        completeOrder,
      }),
    },
    {
      hasConsent: () => consent.hasConsent(),
      onRejected: (r) => void securityLog.record(r),
      onHandlerError: (type, e) => void logger.error(type, e),
    },
  );

  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    wakeMark('firstMessage');
    const classified = classify(sender);
    openSidePanelInGesture(msg, classified);
    warmForOpeningPanel(sender);
    ready
      .then(() => dispatch(msg, classified))
      .then(
        (reply) => {
          sendResponse(redactReply(reply));
          wakeMark('firstReply');
          wake.replied();
        },
        () => {
          sendResponse({ ok: false, error: { code: 'handler_error', message: 'Background failed to start.' } });
          wake.replied();
        },
      );
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => void attention.onAlarm(alarm));
  // Both open the side panel synchronously, inside the click's / key press's user gesture.
  browser.notifications.onClicked.addListener((id) => void attention.onNotificationClicked(id));
  browser.commands.onCommand.addListener((command, tab) => void attention.onCommand(command, tab));
  attention.start(housekeeping);

  // An opening side panel's first message (its early order window, ~150 ms before its events port
  // connects): build what its areas read first while it loads. Once per page.
  const warmedPages = new Set<string>();
  function warmForOpeningPanel(sender: Browser.runtime.MessageSender): void {
    const page = (sender as { documentId?: string }).documentId;
    if (!page || warmedPages.has(page) || !isSidePanel(sender.url)) return;
    if (warmedPages.size > 50) warmedPages.clear();
    warmedPages.add(page);
    void ready.then(() => warmUp.soon());
  }

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EVENTS_PORT) port.disconnect();
    // An opening side panel: build what its areas read first while it loads.
    else if (events.accept(port) && isSidePanel(port.sender?.url)) void ready.then(() => warmUp.soon());
  });

  settings.onChange(() => events.emit('settings.changed', {}));
  consent.onChange((granted) => events.emit('consent.changed', { granted }));
  accounts.onChange(() => events.emit('accounts.changed', {}));
  orders.onChange((accountKey) => {
    events.emit('orders.changed', { accountKey });
    // Once the orders stop changing (a sync's last page), the index is rebuilt before a view asks.
    warmUp.afterQuiet(ORDERS_SETTLED_MS);
  });
  // `npm run bench` measures the cache write path inside the worker. The constant is folded at
  // build time, so a store build contains neither the hooks nor their module.
  // (A static import: service workers may not use import().)
  if (__CROSSDOCK_SANDBOX_BUILD__) installBenchHooks(orders);
  wakeMark('listening');

  return { ready, housekeeping, core, securityLog, dispatch, logger, privacy };
}
