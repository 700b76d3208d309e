import {
  connectionProblem,
  diffAttention,
  diffOrders,
  type NotifyEvent,
  type NotifyState,
  problemSignature,
} from '@/utils/background/notifications/diff';
import { notificationId, notificationText, parseNotificationId, targetOf } from '@/utils/background/notifications/text';
import { LOCALES } from '@/utils/i18n';
import type { AccountView } from '@/utils/protocol/messages/connections';
import { defaultSettings } from '@/utils/settings/schema';
import { order, PII } from './orders';

const A = 'coupang:A00012345';
const NOW = Date.parse('2025-03-10T03:00:00Z'); // 12:00 KST
const HOUR = 3_600_000;
const allOn = {
  ...defaultSettings().notifications,
  newOrders: true,
  shippingDeadline: true,
  cancelRequests: true,
  connectionProblems: true,
};

describe('new orders between syncs', () => {
  it('records a baseline first, then tells only orders not seen before', () => {
    const first = diffOrders(undefined, [order(1), order(2)], allOn, A, NOW);
    expect(first.events).toEqual([]);
    expect(Object.keys(first.next.seenNew).sort()).toEqual([order(1).shipmentId, order(2).shipmentId].sort());

    const second = diffOrders(first.next, [order(1), order(2), order(3)], allOn, A, NOW + 5 * 60_000);
    expect(second.events).toEqual([
      { kind: 'newOrders', accountKey: A, count: 1, orderIds: [order(3).orderId], orderKey: order(3).key },
    ]);
    // The same state again tells nothing; an acknowledged order never comes back as new.
    expect(diffOrders(second.next, [order(2), order(3)], allOn, A, NOW + 10 * 60_000).events).toEqual([]);
  });

  it('keeps recording while a kind is off, so turning it on later does not flood', () => {
    const off = { ...allOn, newOrders: false };
    const a = diffOrders(undefined, [order(1)], off, A, NOW);
    const b = diffOrders(a.next, [order(1), order(2), order(3)], off, A, NOW);
    expect(b.events).toEqual([]);
    expect(diffOrders(b.next, [order(1), order(2), order(3), order(4)], allOn, A, NOW).events).toEqual([
      expect.objectContaining({ kind: 'newOrders', count: 1, orderIds: [order(4).orderId] }),
    ]);
  });

  it('a connection-problem record does not count as the baseline', () => {
    const attention = diffAttention(undefined, { accountKey: A, status: 'needsReauth' }, allOn, NOW);
    expect(attention.event).toBeDefined();
    expect(diffOrders(attention.next, [order(1)], allOn, A, NOW).events).toEqual([]);
  });

  it('forgets seen ids after the lookback window, and ignores purchase orders', () => {
    const old: NotifyState = { seenNew: { x: NOW - 40 * 24 * HOUR }, cancels: {}, deadlines: {}, baselined: true };
    const r = diffOrders(old, [order(1, { role: 'buyer' })], allOn, A, NOW);
    expect(r.next.seenNew).toEqual({});
    expect(r.events).toEqual([]);
  });
});

describe('cancel requests and deadlines', () => {
  const base = diffOrders(undefined, [], allOn, A, NOW).next;

  it('tells each cancel request once', () => {
    const r = diffOrders(
      base,
      [order(1, { workState: 'cancelRequested' }), order(2, { workState: 'cancelRequested' })],
      allOn,
      A,
      NOW,
    );
    expect(r.events).toEqual([expect.objectContaining({ kind: 'cancelRequests', count: 2 })]);
    expect(diffOrders(r.next, [order(1, { workState: 'cancelRequested' })], allOn, A, NOW).events).toEqual([]);
  });

  it('tells shipping deadlines within the configured hours, with how many are late', () => {
    const prefs = { ...allOn, deadlineHours: 6 };
    const soon = order(1, { workState: 'toShip', shipBy: '2025-03-10T17:00:00+09:00' }); // in 5 h
    const late = order(2, { workState: 'toShip', shipBy: '2025-03-10T11:00:00+09:00' }); // 1 h ago
    const later = order(3, { workState: 'toShip', shipBy: '2025-03-10T20:00:00+09:00' }); // in 8 h
    const shipped = order(4, { workState: 'inTransit', shipBy: '2025-03-10T13:00:00+09:00' });
    const r = diffOrders({ ...base }, [soon, late, later, shipped], prefs, A, NOW);
    const e = r.events.find((x) => x.kind === 'shippingDeadline');
    expect(e).toMatchObject({ count: 2, overdue: 1, tab: 'toShip' });
    expect(
      diffOrders(r.next, [soon, late, later], prefs, A, NOW).events.filter((x) => x.kind === 'shippingDeadline'),
    ).toEqual([]);
    // Three hours on, the third one comes within 6 h.
    const after = diffOrders(r.next, [soon, late, later], prefs, A, NOW + 3 * HOUR);
    expect(after.events.find((x) => x.kind === 'shippingDeadline')).toMatchObject({ count: 1, orderKey: later.key });
  });
});

describe('connections that need attention', () => {
  const view = (
    over: Partial<AccountView>,
  ): Pick<AccountView, 'accountKey' | 'status' | 'lastError' | 'blockedUntil' | 'expiresInDays'> => ({
    accountKey: A,
    status: 'ok',
    ...over,
  });

  it('diagnoses each problem, most serious first', () => {
    expect(connectionProblem(view({ status: 'needsReauth' }), NOW)?.problem).toBe('needsReauth');
    expect(
      connectionProblem(
        view({ status: 'error', lastError: { code: 'x', message: 'x', kind: 'invalidSignature' } }),
        NOW,
      )?.problem,
    ).toBe('credentialsRejected');
    expect(
      connectionProblem(view({ status: 'error', lastError: { code: 'x', message: 'x', kind: 'ipNotAllowed' } }), NOW)
        ?.problem,
    ).toBe('ipNotAllowed');
    expect(connectionProblem(view({ status: 'blocked', blockedUntil: NOW + HOUR }), NOW)).toEqual({
      problem: 'blocked',
      until: NOW + HOUR,
    });
    expect(connectionProblem(view({ expiresInDays: 10 }), NOW)).toEqual({ problem: 'keyExpiring', days: 10 });
    expect(connectionProblem(view({ expiresInDays: 15 }), NOW)).toBeUndefined();
    expect(connectionProblem(view({ expiresInDays: -1 }), NOW)?.problem).toBe('keyExpired');
  });

  it('tells a problem once, an expiring key again at 7, 3 and 1 days, and a problem that comes back', () => {
    let state: NotifyState | undefined;
    const step = (v: Partial<AccountView>) => {
      const r = diffAttention(state, view(v), allOn, NOW);
      state = r.next;
      return r.event;
    };
    expect(step({ expiresInDays: 14 })).toMatchObject({ problem: 'keyExpiring', days: 14 });
    expect(step({ expiresInDays: 12 })).toBeUndefined();
    expect(step({ expiresInDays: 7 })).toMatchObject({ days: 7 });
    expect(problemSignature({ problem: 'keyExpiring', days: 2 })).toBe('keyExpiring:3');
    expect(step({ expiresInDays: 180 })).toBeUndefined(); // a new key: resolved
    expect(step({ status: 'blocked', blockedUntil: NOW + HOUR })).toMatchObject({ problem: 'blocked' });
    expect(step({ status: 'blocked', blockedUntil: NOW + 2 * HOUR })).toBeUndefined();
    expect(step({ status: 'ok' })).toBeUndefined();
    expect(step({ status: 'blocked', blockedUntil: NOW + 3 * HOUR })).toMatchObject({ problem: 'blocked' });
  });

  it('tells nothing and records nothing while the kind is off', () => {
    const off = { ...allOn, connectionProblems: false };
    const r = diffAttention(undefined, view({ status: 'needsReauth' }), off, NOW);
    expect(r.event).toBeUndefined();
    expect(r.next).toBeUndefined();
  });
});

describe('notification text and ids', () => {
  const orders = [
    order(1),
    order(2),
    order(3, { workState: 'cancelRequested' }),
    order(4, { workState: 'toShip', shipBy: '2025-03-10T13:00:00+09:00' }),
  ];
  const base = diffOrders(undefined, [], allOn, A, NOW).next;
  const events: NotifyEvent[] = [
    ...diffOrders(base, orders, allOn, A, NOW).events,
    ...diffOrders(base, [order(9)], allOn, A, NOW).events,
    { kind: 'connection', accountKey: A, problem: 'blocked', until: NOW + HOUR },
    { kind: 'connection', accountKey: A, problem: 'keyExpiring', days: 7 },
    { kind: 'connection', accountKey: 'alibaba:b2b-1', problem: 'keyExpiring', days: 3 },
    { kind: 'connection', accountKey: A, problem: 'ipNotAllowed' },
  ];

  it('contains counts, the vendor label and order ids only: no personal data, in every language', () => {
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['newOrders', 'cancelRequests', 'shippingDeadline', 'connection']),
    );
    for (const locale of LOCALES) {
      for (const e of events) {
        const { title, message } = notificationText(e, { locale, label: 'Demo store', deadlineHours: 6 });
        const text = `${title}\n${message}`;
        expect(text).toContain('Demo store');
        for (const value of Object.values(PII)) expect(text, `${locale} ${e.kind}`).not.toContain(value);
        expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
      }
    }
    const one = notificationText(events.find((e) => e.kind === 'newOrders' && e.count === 1)!, {
      locale: 'en',
      label: 'Demo store',
      deadlineHours: 6,
    });
    expect(one.message).toContain(order(9).orderId);
    const blocked = notificationText(events[events.length - 4], {
      locale: 'en',
      label: 'Demo store',
      deadlineHours: 6,
    });
    expect(blocked.message).toContain('13:00'); // KST
  });

  it('encodes where a click goes in the id', () => {
    const many: NotifyEvent = { kind: 'newOrders', accountKey: A, count: 2, orderIds: ['1', '2'] };
    const one: NotifyEvent = {
      kind: 'cancelRequests',
      accountKey: A,
      count: 1,
      orderIds: ['1'],
      orderKey: order(1).key,
    };
    const due: NotifyEvent = { kind: 'shippingDeadline', accountKey: A, count: 2, orderIds: [], tab: 'toShip' };
    const conn: NotifyEvent = { kind: 'connection', accountKey: A, problem: 'needsReauth' };
    expect(targetOf(notificationId(many, 1))).toEqual({ kind: 'sidePanel', view: { tab: 'new', accountKey: A } });
    expect(targetOf(notificationId(one, 2))).toEqual({
      kind: 'sidePanel',
      view: { orderKey: order(1).key, accountKey: A },
    });
    expect(targetOf(notificationId(due, 3))).toEqual({ kind: 'sidePanel', view: { tab: 'toShip', accountKey: A } });
    expect(targetOf(notificationId({ ...due, tab: undefined }, 3))).toEqual({
      kind: 'sidePanel',
      view: { tab: 'all', accountKey: A },
    });
    expect(targetOf(notificationId({ ...many, kind: 'cancelRequests' }, 4))).toEqual({
      kind: 'sidePanel',
      view: { tab: 'cancelRequested', accountKey: A },
    });
    expect(targetOf(notificationId(conn, 5))).toEqual({ kind: 'options', hash: 'connections' });
    expect(parseNotificationId('someone-else|newOrders|x')).toBeUndefined();
    expect(parseNotificationId('crossdock|newOrders|not a key||||1')).toBeUndefined();
    expect(parseNotificationId('crossdock|evil|coupang:A1|||1')).toBeUndefined();
  });
});
