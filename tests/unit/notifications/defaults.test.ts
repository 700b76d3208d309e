import { describe, expect, it } from 'vitest';
import { diffOrders } from '@/utils/background/notifications/diff';
import { notificationId, notificationText, targetOf } from '@/utils/background/notifications/text';
import { LOCALES, translate } from '@/utils/i18n';
import { defaultSettings } from '@/utils/settings/schema';
import { tabLabelKey } from '@/utils/ui/order-state';
import { order, PII } from './orders';

const A = 'coupang:A00012345';
const M = 'alibaba:b2b-2200000000001';
const NOW = Date.parse('2025-03-10T03:00:00Z');
const defaults = defaultSettings().notifications;

/** The events of a sync that finds `later` after a first sync that saw `earlier`. */
function between(earlier: ReturnType<typeof order>[], later: ReturnType<typeof order>[], prefs = defaults, key = A) {
  const first = diffOrders(undefined, earlier, prefs, key, NOW);
  return diffOrders(first.next, later, prefs, key, NOW + 60_000).events;
}

describe('new orders and cancel requests are notified by default', () => {
  it('out of the box: a new order and a new cancel request are told, deadlines are not', () => {
    expect(defaults).toMatchObject({ newOrders: true, cancelRequests: true, shippingDeadline: false });
    const cancel = order(2, { workState: 'cancelRequested', marketStatus: 'INSTRUCT' });
    const events = between([order(1)], [order(1), order(3), cancel]);
    expect(events.map((e) => e.kind)).toEqual(['newOrders', 'cancelRequests']);
  });

  it('the seller can turn each off', () => {
    const cancel = order(2, { workState: 'cancelRequested', marketStatus: 'INSTRUCT' });
    const noNew = between([order(1)], [order(1), order(3), cancel], { ...defaults, newOrders: false });
    expect(noNew.map((e) => e.kind)).toEqual(['cancelRequests']);
    const noCancel = between([order(1)], [order(1), order(3), cancel], { ...defaults, cancelRequests: false });
    expect(noCancel.map((e) => e.kind)).toEqual(['newOrders']);
  });
});

describe('notification words name the state as every view does', () => {
  const coupang = between([order(1)], [order(1), order(3), order(4, { workState: 'cancelRequested' })]);
  const ali = (i: number, workState: 'new' | 'cancelRequested') =>
    order(i, {
      key: `${M}:${5000 + i}`,
      marketplace: 'alibaba',
      accountId: 'b2b-2200000000001',
      marketStatus: 'waitsellersend',
      workState,
    });
  const alibaba = between([ali(1, 'new')], [ali(1, 'new'), ali(2, 'new'), ali(3, 'cancelRequested')], defaults, M);

  it.each(LOCALES)('%s: Coupang 결제완료 / 출고중지요청, 1688 발송대기 / 환불요청, and no personal data', (locale) => {
    const text = (e: (typeof coupang)[number]) => notificationText(e, { locale, label: 'Shop', deadlineHours: 6 });
    const [newC, cancelC] = coupang.map(text);
    const [new1688, refund1688] = alibaba.map(text);
    expect(newC?.title).toContain(translate(locale, tabLabelKey('new')));
    expect(cancelC?.title).toContain(translate(locale, tabLabelKey('cancelRequested')));
    expect(new1688?.title).toContain(translate(locale, tabLabelKey('awaitingDispatch')));
    expect(refund1688?.title).toContain(translate(locale, tabLabelKey('refunding')));
    for (const n of [newC, cancelC, new1688, refund1688]) {
      const all = `${n?.title}\n${n?.message}`;
      for (const value of Object.values(PII)) expect(all).not.toContain(value);
      expect(all).not.toMatch(/\{\w+\}/);
    }
  });

  it('a click opens the matching tab of the matching marketplace', () => {
    const [n1688, r1688] = alibaba;
    const view = (e: typeof n1688) => {
      if (!e || e.kind === 'connection' || e.kind === 'newInquiries') return undefined;
      const t = targetOf(notificationId({ ...e, orderKey: undefined }, 1));
      return t?.kind === 'sidePanel' ? t.view.tab : undefined;
    };
    expect(view(n1688)).toBe('awaitingDispatch');
    expect(view(r1688)).toBe('refunding');
    expect(view(coupang[0])).toBe('new');
    expect(view(coupang[1])).toBe('cancelRequested');
  });
});
