import { afterEach, describe, expect, it } from 'vitest';
import {
  formatAopDate,
  parseAopDate,
  parseChinaDateTime,
  toChinaIso,
} from '../../../utils/background/alibaba/api/aop-time';
import { tokenResponseSchema } from '../../../utils/background/alibaba/api/token-schemas';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

// Node re-reads TZ on assignment; each zone must give the same instants.
// Minutes from getTimezoneOffset() on 2024-01-01, to prove the zone really switched.
const ZONES: Record<string, number> = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Asia/Seoul': -540,
  'Pacific/Chatham': -825,
};

describe('1688 dates in +0800 whatever the process time zone', () => {
  for (const [zone, offset] of Object.entries(ZONES)) {
    it(`parses and formats the same in ${zone}`, () => {
      process.env.TZ = zone;
      expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(offset);
      // refresh_token_timeout sample from the reference (§1.5)
      expect(parseAopDate('20150626174405000+0800')).toBe(Date.UTC(2015, 5, 26, 9, 44, 5));
      expect(parseAopDate('20180721172608123-0700')).toBe(Date.UTC(2018, 6, 22, 0, 26, 8, 123));
      expect(parseChinaDateTime('2024-01-02 09:00:00')).toBe(Date.UTC(2024, 0, 2, 1));
      expect(formatAopDate(Date.UTC(2024, 0, 1, 16, 0, 0, 5))).toBe('20240102000000005+0800');
      expect(toChinaIso(Date.UTC(2023, 11, 31, 16))).toBe('2024-01-01T00:00:00+08:00');
      const tokens = tokenResponseSchema.parse({
        refresh_token_timeout: '20150626174405000+0800',
        expires_in: '36000',
      });
      expect(tokens.refresh_token_timeout).toBe(Date.UTC(2015, 5, 26, 9, 44, 5));
      expect(tokens.expires_in).toBe(36000);
    });
  }

  it('rejects impossible dates instead of rolling over', () => {
    expect(parseAopDate('20241301000000000+0800')).toBeUndefined();
    expect(parseAopDate('20240230000000000+0800')).toBeUndefined();
    expect(parseAopDate('not a date')).toBeUndefined();
    expect(parseChinaDateTime('2024-01-02 25:00:00')).toBeUndefined();
  });

  it('accepts the short form without milliseconds', () => {
    expect(parseAopDate('20240101080000+0800')).toBe(Date.UTC(2024, 0, 1));
  });
});
