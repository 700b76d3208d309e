import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AccountRecord, AccountsService } from '@/utils/background/core/accounts';
import { SettingsService } from '@/utils/background/core/settings-service';
import type { EventHub } from '@/utils/background/messaging/event-hub';
import { NotificationService, WINDOW_ID_CURRENT } from '@/utils/background/notifications/notification-service';
import { parseNotificationId } from '@/utils/background/notifications/text';
import type { OrderStore } from '@/utils/background/orders/order-store';
import { handleCommand } from '@/utils/background/schedule/commands';
import { storageItem } from '@/utils/background/store/storage';
import type { DomainOrder } from '@/utils/domain/order';
import { order, PII } from './orders';

const A = 'coupang:A00012345';
const NOW = Date.parse('2025-03-10T03:00:00Z');

const account = (over: Partial<AccountRecord> = {}): AccountRecord => ({
  accountKey: A,
  marketplace: 'coupang',
  accountId: 'A00012345',
  label: 'Demo store',
  mode: 'apiKey',
  maskedKey: 'abcd…wxyz',
  connectedAt: NOW - 86_400_000,
  status: 'ok',
  keyIssuedAt: '2025-03-01',
  ...over,
});

function setup(held: DomainOrder[]) {
  const accounts = new AccountsService();
  const settings = new SettingsService();
  const emitted: Array<{ type: string; payload: unknown }> = [];
  const events = { emit: (type: string, payload: unknown) => emitted.push({ type, payload }) } as unknown as EventHub;
  const orders = { all: async () => held } as unknown as OrderStore;
  const build = () => new NotificationService({ accounts, orders, settings, events, now: () => NOW });
  return { accounts, settings, emitted, build };
}

const sidePanel = { open: vi.fn<(o: { windowId?: number }) => Promise<void>>() };

describe('notification service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sidePanel.open.mockReset();
    (fakeBrowser as unknown as { sidePanel: typeof sidePanel }).sidePanel = sidePanel;
  });

  it('notifies a new order found by a completed sync, without personal data', async () => {
    const held = [order(1)];
    const s = setup(held);
    await s.settings.update({ notifications: { ...(await s.settings.get()).notifications, newOrders: true } });
    await s.accounts.upsert(account());
    const service = s.build();

    // The first sync after connecting records the baseline.
    await s.accounts.patch(A, { lastSyncAt: NOW - 60_000 });
    await service.onAccountsChanged();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});

    // The buyer orders again; the next sync completes.
    held.push(order(2));
    await s.accounts.patch(A, { lastSyncAt: NOW });
    await service.onAccountsChanged();
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    const ids = Object.keys(shown);
    expect(ids).toHaveLength(1);
    expect(parseNotificationId(ids[0])).toMatchObject({ kind: 'newOrders', accountKey: A, orderKey: order(2).key });
    const text = `${shown[ids[0]].title} ${shown[ids[0]].message}`;
    expect(text).toContain('Demo store');
    expect(text).toContain(order(2).orderId);
    for (const v of Object.values(PII)) expect(text).not.toContain(v);

    // The stored record holds ids and times only.
    const stored = await storageItem<unknown>('notifyState').get(A);
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(Object.values(PII).join('|')));
  });

  it('a restarted worker with an empty order store tells nothing until a sync completes', async () => {
    const held = [order(1), order(2)];
    const s = setup(held);
    await s.settings.update({
      notifications: { ...(await s.settings.get()).notifications, newOrders: true, cancelRequests: true },
    });
    await s.accounts.upsert(account({ lastSyncAt: NOW - 60_000 }));
    await s.build().evaluateOrders(A); // baseline
    held.length = 0; // the browser restarted: the encrypted order cache is gone
    const restarted = s.build();
    await s.accounts.setHealth(A, {}); // some account change that is not a sync
    await restarted.onAccountsChanged();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('tells a connection problem once (key expiring) when enabled', async () => {
    const s = setup([]);
    await s.settings.update({ notifications: { ...(await s.settings.get()).notifications, connectionProblems: true } });
    await s.accounts.upsert(account({ keyIssuedAt: '2024-09-20' })); // expires 2025-03-19: 9 days left
    const service = s.build();
    await service.evaluateAttention();
    await service.evaluateAttention();
    const shown = Object.entries(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown).toHaveLength(1);
    expect(parseNotificationId(shown[0][0])).toMatchObject({ kind: 'connection' });
    expect(shown[0][1].message).toMatch(/9 days/);
  });

  it('a click opens the side panel at once (in the gesture) and hands it the view', async () => {
    const s = setup([]);
    const service = s.build();
    sidePanel.open.mockResolvedValue(undefined);
    const id = `crossdock|newOrders|${A}|||123`;
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: 'x', title: 't', message: 'm' });
    const done = service.handleClick(id);
    // Called synchronously: no await came before it.
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: WINDOW_ID_CURRENT });
    expect(await done).toEqual({
      target: { kind: 'sidePanel', view: { tab: 'new', accountKey: A } },
      opened: 'sidePanel',
    });
    const pending = await storageItem<{ view: unknown }>('pendingView').get();
    expect(pending?.view).toEqual({ tab: 'new', accountKey: A });
    expect(s.emitted).toContainEqual({ type: 'ui.navigate', payload: { view: { tab: 'new', accountKey: A } } });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('falls back to the side panel page in a tab when Chrome refuses to open the panel', async () => {
    const s = setup([]);
    const service = s.build();
    sidePanel.open.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const outcome = await service.handleClick(`crossdock|cancelRequests|${A}|${order(1).key}||5`);
    expect(outcome).toMatchObject({ opened: 'tab', target: { view: { orderKey: order(1).key } } });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html$/) });
  });

  it('a connection notification opens the connections in options; foreign ids are ignored', async () => {
    const s = setup([]);
    const service = s.build();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await service.handleClick(`crossdock|connection|${A}|||5`)).toMatchObject({ opened: 'options' });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#connections$/) });
    expect(await service.handleClick('other-extension-id')).toBeUndefined();
    expect(sidePanel.open).not.toHaveBeenCalled();
  });

  it('delete all clears what Crossdock showed', async () => {
    const service = setup([]).build();
    await fakeBrowser.notifications.create(`crossdock|newOrders|${A}|||1`, {
      type: 'basic',
      iconUrl: 'x',
      title: 't',
      message: 'm',
    });
    await service.clearAll();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});

describe('keyboard shortcuts', () => {
  beforeEach(() => {
    sidePanel.open.mockReset();
    sidePanel.open.mockResolvedValue(undefined);
    (fakeBrowser as unknown as { sidePanel: typeof sidePanel }).sidePanel = sidePanel;
  });

  it('opens the side panel synchronously in the window of the key press', () => {
    const syncAll = vi.fn(async () => []);
    expect(handleCommand('open-side-panel', { windowId: 7 }, { syncAll })).toBe('openSidePanel');
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    expect(syncAll).not.toHaveBeenCalled();
  });

  it('syncs every account on "sync now" and ignores unknown commands', () => {
    const syncAll = vi.fn(async () => [A]);
    expect(handleCommand('sync-now', undefined, { syncAll })).toBe('syncNow');
    expect(syncAll).toHaveBeenCalledTimes(1);
    expect(handleCommand('nope', undefined, { syncAll })).toBeUndefined();
  });
});
