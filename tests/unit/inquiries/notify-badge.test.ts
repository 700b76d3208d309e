import { BADGE_COLORS, computeBadge } from '@/utils/background/badge/compute';
import { diffInquiries } from '@/utils/background/notifications/diff';
import { notificationId, notificationText, targetOf } from '@/utils/background/notifications/text';
import { LOCALES } from '@/utils/i18n';
import { defaultSettings } from '@/utils/settings/schema';
import { order } from '../notifications/orders';

const A = 'coupang:A00012345';
const NOW = Date.parse('2026-12-04T16:40:00Z');

describe('badge with waiting inquiries', () => {
  it('adds them to the count and turns red when one has under 2 hours left', () => {
    expect(computeBadge([], NOW, true, [{ count: 3, urgent: false }])).toMatchObject({
      count: 3,
      text: '3',
      urgency: 'info',
    });
    expect(computeBadge([order(1)], NOW, true, [{ count: 2, urgent: true }])).toMatchObject({
      count: 3,
      urgency: 'urgent',
      color: BADGE_COLORS.urgent,
    });
    // "Urgent" with nothing waiting (all answered since) is not urgent.
    expect(computeBadge([], NOW, true, [{ count: 0, urgent: true }])).toMatchObject({ count: 0, urgency: 'none' });
    expect(computeBadge([], NOW, false, [{ count: 5, urgent: true }])).toMatchObject({ count: 0, text: '' });
  });
});

describe('new-inquiry notifications', () => {
  const prefs = defaultSettings().notifications;

  it('are on by default (opt-out)', () => {
    expect(prefs.newInquiries).toBe(true);
  });

  it('record a baseline first, then tell only inquiries not seen before, as a count', () => {
    const first = diffInquiries(undefined, ['product:1', 'callCenter:2'], prefs, A, NOW);
    expect(first.event).toBeUndefined();
    const second = diffInquiries(first.next, ['product:1', 'callCenter:2', 'product:3'], prefs, A, NOW + 1);
    expect(second.event).toEqual({ kind: 'newInquiries', accountKey: A, count: 1 });
    const third = diffInquiries(second.next, ['product:3'], prefs, A, NOW + 2);
    expect(third.event).toBeUndefined();
  });

  it('switched off: nothing told, but what was seen is kept (switching on later never floods)', () => {
    const first = diffInquiries(undefined, [], prefs, A, NOW);
    const off = diffInquiries(first.next, ['product:9'], { newInquiries: false }, A, NOW + 1);
    expect(off.event).toBeUndefined();
    expect(diffInquiries(off.next, ['product:9'], prefs, A, NOW + 2).event).toBeUndefined();
  });

  it('say only a count and the seller’s own label, and open the inquiries area', () => {
    const e = { kind: 'newInquiries' as const, accountKey: A, count: 2 };
    for (const locale of LOCALES) {
      const { title, message } = notificationText(e, { locale, label: '데모 스토어', deadlineHours: 6 });
      expect(title.length).toBeGreaterThan(0);
      expect(message).toContain('2');
      expect(message).toContain('데모 스토어');
    }
    expect(targetOf(notificationId(e, 1))).toEqual({ kind: 'sidePanel', view: { area: 'inquiries', accountKey: A } });
  });
});
