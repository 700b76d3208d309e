import { maskKey } from '../../../utils/background/core/accounts';

/** What pages show of an API key (issue 12: the 1688 AppKey showed as a bare "••••"). */
describe('maskKey', () => {
  it('shows a 1688 AppKey as its last four characters', () => {
    expect(maskKey('7384921')).toBe('••••4921');
    expect(maskKey('73849215')).toBe('••••9215');
  });

  it('shows the first and last four of a long key, and never more than eight characters of it', () => {
    const coupang = 'a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6';
    expect(maskKey(coupang)).toBe('a1b2…c5d6');
    for (const key of ['12345', '123456789012', '1234567890123', coupang]) {
      const shown = maskKey(key).replace(/[•…]/g, '');
      expect(shown.length).toBeLessThanOrEqual(Math.min(8, key.length - 1));
    }
  });

  it('shows nothing of a key of four characters or fewer', () => {
    expect(maskKey('1234')).toBe('••••');
  });
});
