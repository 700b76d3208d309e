import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BadgeService } from '@/utils/background/badge/badge-service';
import { attentionCounts, BADGE_COLORS, badgeText, computeBadge, deadlineOf } from '@/utils/background/badge/compute';
import { AccountsService } from '@/utils/background/core/accounts';
import { SettingsService } from '@/utils/background/core/settings-service';
import { digestOf, type OrderDigest } from '@/utils/background/orders/opening-windows';
import type { OrderStore } from '@/utils/background/orders/order-store';
import { order } from '../notifications/orders';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Seoul', 'Asia/Kolkata', 'Pacific/Kiritimati'];

function inEachZone(fn: () => void) {
  const saved = process.env.TZ;
  try {
    for (const tz of ZONES) {
      process.env.TZ = tz;
      fn();
    }
  } finally {
    process.env.TZ = saved;
  }
}

// 00:30 on 11 March in Korea; still 10 March in UTC and in Los Angeles.
const NOW = Date.parse('2025-03-10T15:30:00Z');

describe('badge count', () => {
  it('counts new orders, cancel requests and orders due today or late, each once', () => {
    const orders = [
      order(1), // new
      order(2, { shipBy: '2025-03-11T23:59:59+09:00' }), // new and due today: counted once
      order(3, { workState: 'toShip', marketStatus: 'INSTRUCT', shipBy: '2025-03-11T18:00:00+09:00' }), // due today
      order(4, { workState: 'toShip', marketStatus: 'INSTRUCT', shipBy: '2025-03-10T23:59:59+09:00' }), // overdue
      order(5, { workState: 'toShip', marketStatus: 'INSTRUCT', shipBy: '2025-03-12T23:59:59+09:00' }), // tomorrow
      order(6, { workState: 'cancelRequested' }),
      order(7, { workState: 'inTransit', marketStatus: 'DELIVERING' }),
      order(8, { workState: 'delivered', marketStatus: 'FINAL_DELIVERY' }),
      order(9, { role: 'buyer' }), // a purchase the seller placed: not theirs to act on
    ];
    expect(attentionCounts(orders, NOW)).toEqual({ new: 2, cancelRequested: 1, dueToday: 2, overdue: 1, total: 5 });
    expect(computeBadge(orders, NOW)).toMatchObject({
      count: 5,
      text: '5',
      urgency: 'urgent',
      color: BADGE_COLORS.urgent,
    });
  });

  it("uses the marketplace's calendar day whatever zone this computer is in", () => {
    inEachZone(() => {
      const dueKstToday = order(1, { workState: 'toShip', shipBy: '2025-03-11T23:59:59+09:00' });
      const dueKstTomorrow = order(2, { workState: 'toShip', shipBy: '2025-03-12T00:10:00+09:00' });
      expect(deadlineOf(dueKstToday, NOW)).toBe('today');
      expect(deadlineOf(dueKstTomorrow, NOW)).toBe('later');
      // An offset-less Coupang time is KST wall clock, not this machine's.
      expect(deadlineOf(order(3, { workState: 'toShip', shipBy: '2025-03-11T09:00:00' }), NOW)).toBe('today');
      expect(deadlineOf(order(4, { workState: 'toShip', shipBy: '2025-03-11T00:29:00' }), NOW)).toBe('overdue');
      expect(computeBadge([dueKstToday, dueKstTomorrow], NOW)).toMatchObject({ count: 1, urgency: 'dueToday' });
    });
  });

  it('is coloured by urgency', () => {
    expect(computeBadge([order(1)], NOW)).toMatchObject({ urgency: 'info', color: BADGE_COLORS.info });
    expect(computeBadge([order(1, { workState: 'toShip', shipBy: '2025-03-11T20:00:00+09:00' })], NOW)).toMatchObject({
      urgency: 'dueToday',
      color: BADGE_COLORS.dueToday,
    });
    expect(computeBadge([order(1, { workState: 'cancelRequested' })], NOW).urgency).toBe('urgent');
    expect(computeBadge([order(7, { workState: 'delivered' })], NOW)).toMatchObject({
      count: 0,
      text: '',
      urgency: 'none',
    });
  });

  it('is empty with no account connected, and short for big counts', () => {
    expect(computeBadge([order(1)], NOW, false)).toMatchObject({ count: 0, text: '' });
    expect(badgeText(0)).toBe('');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(1000)).toBe('999+');
  });
});

/** One connected Coupang account (the orders' helper uses its vendor id). */
const connectDemo = (accounts: AccountsService) =>
  accounts.upsert({
    accountKey: 'coupang:A00012345',
    marketplace: 'coupang',
    accountId: 'A00012345',
    label: 'Demo',
    mode: 'apiKey',
    maskedKey: 'x',
    connectedAt: 1,
    status: 'ok',
  });

/** A badge over these accounts and orders; `kept` stands for the digests kept beside the opening lists. */
const badgeOf = (accounts: AccountsService, orders: unknown, kept: () => OrderDigest[] | undefined = () => undefined) =>
  new BadgeService({
    accounts,
    orders: orders as OrderStore,
    openingWindows: { digests: async () => kept() },
    settings: new SettingsService(),
    now: () => NOW,
  });

describe('badge service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies the computed badge and clears it when the last account goes', async () => {
    const accounts = new AccountsService();
    const held = [order(1), order(2, { workState: 'cancelRequested' })];
    let touched = 0;
    const badge = badgeOf(accounts, {
      isLoaded: () => true,
      all: async () => {
        touched++;
        return held;
      },
    });
    await connectDemo(accounts);
    await badge.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xd9, 0x30, 0x25, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain('2');

    await accounts.remove('coupang:A00012345');
    const before = touched;
    await badge.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    // With nothing connected the order store is never opened (it would re-create the database).
    expect(touched).toBe(before);
  });

  it('counts a woken worker’s orders from the kept digests, without reading every order', async () => {
    const accounts = new AccountsService();
    await connectDemo(accounts);
    const held = [order(1), order(2, { workState: 'cancelRequested' }), order(3, { workState: 'awaitingPickup' })];
    let loaded = false;
    let reads = 0;
    let kept: OrderDigest[] | undefined = held.map(digestOf);
    const orders = {
      isLoaded: () => loaded,
      all: async () => {
        reads++;
        loaded = true;
        return held;
      },
    };
    const badge = badgeOf(accounts, orders, () => kept);
    const fromDigests = await badge.refresh();
    expect(reads).toBe(0);
    // The same badge as counting the orders themselves.
    expect(fromDigests).toEqual(computeBadge(held, NOW));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    // Kept digests that no longer describe the cache: every order is read.
    kept = undefined;
    await badge.refresh();
    expect(reads).toBe(1);
    // Once the orders are held, they are counted (a later change is in them, not in the digests).
    kept = [];
    expect(await badge.refresh()).toEqual(computeBadge(held, NOW));
    expect(reads).toBe(2);
  });

  it('collapses bursts of changes into one refresh', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const accounts = new AccountsService();
      const badge = badgeOf(accounts, { isLoaded: () => true, all: async () => [] });
      const spy = vi.spyOn(badge, 'refresh');
      for (let i = 0; i < 20; i++) badge.schedule();
      await vi.advanceTimersByTimeAsync(300);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
