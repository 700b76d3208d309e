import { translate } from '@/utils/i18n';
import { interpolate } from '@/utils/i18n/interpolate';

/** Issue 12, bug 8: "1 orders". A count picks the noun's number in English. */
describe('English counts', () => {
  it('takes the singular for exactly one and the plural otherwise', () => {
    expect(interpolate('{count|order|orders}', { count: 1 })).toBe('1 order');
    expect(interpolate('{count|order|orders}', { count: 0 })).toBe('0 orders');
    expect(interpolate('{count|order|orders}', { count: 12 })).toBe('12 orders');
    expect(interpolate('{count|order|orders}', {})).toBe('{count|order|orders}');
  });

  it('reads right in the order list, the popup and the invoice form', () => {
    expect(translate('en', 'orders.count', { count: 1 })).toBe('1 order');
    expect(translate('en', 'orders.count', { count: 2 })).toBe('2 orders');
    expect(translate('en', 'popup.ackAll.confirm', { count: 1 })).toBe('Acknowledge 1 order');
    expect(translate('en', 'inv.send', { count: 1 })).toBe('Send 1 invoice');
    expect(translate('ko', 'orders.count', { count: 1 })).toBe('주문 1건');
  });
});
