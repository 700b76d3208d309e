import { accountKey, accountKeyOf, orderKey, parseAccountKey, parseOrderKey, shipmentIdOf } from '@/utils/domain/keys';

describe('order and account keys', () => {
  it('round-trips an 18-digit Coupang shipment box id and a 1688 order id past 2^53 as strings', () => {
    const coupang = orderKey('coupang', 'A00012345', '642538970006401429');
    expect(parseOrderKey(coupang)).toEqual({
      marketplace: 'coupang',
      accountId: 'A00012345',
      shipmentId: '642538970006401429',
      accountKey: 'coupang:A00012345',
    });
    const alibaba = orderKey('alibaba', 'b2b-2208000000000', '4719483502111000000');
    expect(parseOrderKey(alibaba)?.shipmentId).toBe('4719483502111000000');
    expect(shipmentIdOf(alibaba)).toBe('4719483502111000000');
  });

  it('builds and reads account keys', () => {
    expect(accountKey('coupang', 'A1')).toBe('coupang:A1');
    expect(accountKeyOf({ marketplace: 'alibaba', accountId: 'b2b-1' })).toBe('alibaba:b2b-1');
    expect(parseAccountKey('alibaba:b2b-1')).toEqual({ marketplace: 'alibaba', accountId: 'b2b-1' });
  });

  it('refuses what is not a key', () => {
    for (const bad of ['', 'coupang', 'coupang:', 'ebay:1:2', 'coupang:A1:', 'coupang:A1:2:3'])
      expect(parseOrderKey(bad), bad).toBeUndefined();
    for (const bad of ['', 'coupang', 'coupang:', 'ebay:1', 'coupang:A1:2'])
      expect(parseAccountKey(bad), bad).toBeUndefined();
    expect(shipmentIdOf('not-a-key')).toBe('not-a-key');
  });
});
