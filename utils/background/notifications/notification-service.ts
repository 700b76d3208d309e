import { browser } from 'wxt/browser';
import { accountKeyOf } from '../../domain/keys';
import type { SidePanelView } from '../../protocol/messages/ui';
import type { AccountsService } from '../core/accounts';
import type { SettingsService } from '../core/settings-service';
import { currentInquiries } from '../coupang/cs/inquiry-counts';
import { isWaiting } from '../coupang/cs/mapping';
import type { EventHub } from '../messaging/event-hub';
import type { OrderStore } from '../orders/order-store';
import { storageItem } from '../store/storage';
import { diffAttention, diffInquiries, diffOrders, type NotifyEvent, type NotifyState } from './diff';
import {
  backgroundLocale,
  NOTIFICATION_ICON,
  NOTIFICATION_PREFIX,
  type NotificationTarget,
  notificationId,
  notificationText,
  targetOf,
} from './text';

const stateItem = storageItem<NotifyState>('notifyState');
/** The same declared item `ui.openSidePanel` writes: the side panel takes it when it opens. */
const pendingView = storageItem<{ view: SidePanelView; at: number }>('pendingView');

/** chrome.windows.WINDOW_ID_CURRENT: "the window the seller is in" without an await. */
export const WINDOW_ID_CURRENT = -2;

export interface ClickOutcome {
  target: NotificationTarget;
  /** How the view was shown: the real side panel, or its page in a tab (fallback). */
  opened: 'sidePanel' | 'tab' | 'options';
}

/**
 * Notifications (settings.notifications; new orders, cancel requests and new customer inquiries
 * on by default after consent, the rest opt-in): new orders and cancel requests found by a sync,
 * shipping deadlines within N hours, connections that need the seller, new inquiries. Each is told once
 * (diff.ts); a click opens the matching side-panel view.
 */
export class NotificationService {
  private chain: Promise<unknown> = Promise.resolve();
  /** lastSyncAt per account as last seen: a newer one means a sync just completed. */
  private known: Promise<Map<string, number | undefined>>;
  private counter = 0;

  constructor(
    private deps: {
      accounts: AccountsService;
      orders: OrderStore;
      settings: SettingsService;
      events: EventHub;
      now(): number;
      onError?(where: string, e: unknown): void;
    },
  ) {
    // Taken before any sync of this worker can finish, so only syncs that complete from now on
    // count as "new since the last sync" (a restarted worker's empty order store never does).
    this.known = deps.accounts.list().then(
      (l) => new Map(l.map((a) => [a.accountKey, a.lastSyncAt])),
      () => new Map(),
    );
  }

  /** Accounts changed: evaluate accounts whose sync just completed, and every connection's health. */
  async onAccountsChanged(): Promise<void> {
    try {
      const known = await this.known;
      const list = await this.deps.accounts.list();
      const completed: string[] = [];
      for (const a of list) {
        const before = known.get(a.accountKey);
        if (a.lastSyncAt && a.lastSyncAt !== before) completed.push(a.accountKey);
        known.set(a.accountKey, a.lastSyncAt);
      }
      for (const k of [...known.keys()]) if (!list.some((a) => a.accountKey === k)) known.delete(k);
      for (const k of completed) await this.evaluateOrders(k);
      await this.evaluateAttention();
    } catch (e) {
      this.deps.onError?.('notify.accounts', e);
    }
  }

  /** After a completed sync of `accountKey`: new orders, cancel requests, near deadlines. */
  evaluateOrders(accountKey: string): Promise<NotifyEvent[]> {
    return this.serialized(async () => {
      const account = await this.deps.accounts.get(accountKey);
      if (!account) return [];
      const settings = await this.deps.settings.get();
      const orders = (await this.deps.orders.all()).filter((o) => accountKeyOf(o) === accountKey);
      const now = this.deps.now();
      const { events, next: afterOrders } = diffOrders(
        await stateItem.get(accountKey),
        orders,
        settings.notifications,
        accountKey,
        now,
      );
      // Customer inquiries the same sync read (Coupang): new waiting ones, a count only.
      const waiting =
        account.marketplace === 'coupang'
          ? (await currentInquiries(accountKey, now)).filter(isWaiting).map((r) => r.key)
          : [];
      const inquiries = diffInquiries(afterOrders, waiting, settings.notifications, accountKey, now);
      const next = inquiries.next;
      if (inquiries.event) events.push(inquiries.event);
      // The account may have been disconnected meanwhile: never write its state back.
      if (!(await this.deps.accounts.get(accountKey))) return [];
      await stateItem.set(next, accountKey);
      for (const e of events)
        await this.show(e, account.label, settings.notifications.deadlineHours, settings.language);
      return events;
    });
  }

  /** Connection problems (also run by the expiry-check alarm). */
  evaluateAttention(): Promise<NotifyEvent[]> {
    return this.serialized(async () => {
      const settings = await this.deps.settings.get();
      const now = this.deps.now();
      const shown: NotifyEvent[] = [];
      for (const rec of await this.deps.accounts.list()) {
        const view = await this.deps.accounts.toView(rec, now);
        const prev = await stateItem.get(rec.accountKey);
        const { event, next, changed } = diffAttention(prev, view, settings.notifications, now);
        // The account may have been disconnected meanwhile: never write its state back.
        if (changed && next && (await this.deps.accounts.get(rec.accountKey)))
          await stateItem.set(next, rec.accountKey);
        if (event) {
          await this.show(event, rec.label, settings.notifications.deadlineHours, settings.language);
          shown.push(event);
        }
      }
      return shown;
    });
  }

  private async show(
    e: NotifyEvent,
    label: string,
    deadlineHours: number,
    language: Parameters<typeof backgroundLocale>[0],
  ) {
    const { title, message } = notificationText(e, { locale: backgroundLocale(language), label, deadlineHours });
    const id = notificationId(e, this.deps.now() * 100 + (this.counter++ % 100));
    try {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: NOTIFICATION_ICON,
        title,
        message,
        priority: e.kind === 'connection' || e.kind === 'cancelRequests' || e.kind === 'newInquiries' ? 2 : 0,
      });
    } catch (err) {
      this.deps.onError?.('notify.show', err);
    }
  }

  /**
   * A notification was clicked. The side panel is opened synchronously, inside the click's user
   * gesture (an await before `sidePanel.open` loses it); if Chrome refuses, the side panel's page
   * opens in a tab instead. The view is handed over like any other request to open the panel:
   * the pending-view record plus a `ui.navigate` event for a panel that is already open.
   */
  handleClick(id: string, windowId?: number): Promise<ClickOutcome | undefined> {
    if (!id.startsWith(`${NOTIFICATION_PREFIX}|`)) return Promise.resolve(undefined);
    const target = targetOf(id);
    if (!target) return Promise.resolve(undefined);
    if (target.kind === 'options') {
      return this.afterClick(
        id,
        target,
        browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${target.hash}`) }),
        'options',
      );
    }
    // Started before the panel opens, so the panel finds the view when it asks for it.
    const stored = pendingView.set({ view: target.view, at: this.deps.now() });
    let opening: Promise<unknown>;
    try {
      opening = browser.sidePanel.open({ windowId: windowId ?? WINDOW_ID_CURRENT });
    } catch (e) {
      opening = Promise.reject(e);
    }
    return stored.then(() => {
      this.deps.events.emit('ui.navigate', { view: target.view as Record<string, string> });
      return this.afterClick(id, target, opening, 'sidePanel');
    });
  }

  private async afterClick(
    id: string,
    target: NotificationTarget,
    opening: Promise<unknown>,
    kind: ClickOutcome['opened'],
  ): Promise<ClickOutcome> {
    let opened = kind;
    try {
      await opening;
    } catch (e) {
      this.deps.onError?.('notify.openSidePanel', e);
      opened = 'tab';
      const url = browser.runtime.getURL(kind === 'options' ? '/options.html#connections' : '/sidepanel.html');
      try {
        await browser.tabs.create({ url });
      } catch {
        // No browser window is open: open one.
        await browser.windows.create({ url, focused: true });
      }
    }
    await browser.notifications.clear(id).catch(() => false);
    return { target, opened };
  }

  /** Delete all data: nothing Crossdock showed stays in the notification center. */
  async clearAll(): Promise<void> {
    try {
      const all = await browser.notifications.getAll();
      for (const id of Object.keys(all ?? {}))
        if (id.startsWith(`${NOTIFICATION_PREFIX}|`)) await browser.notifications.clear(id);
    } catch (e) {
      this.deps.onError?.('notify.clearAll', e);
    }
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
