import { TIMELINE_EVENTS } from '@/utils/domain/order';
import { LOCALES } from '@/utils/i18n';
import { allMessages } from '@/utils/i18n/all';

describe('timeline words', () => {
  it('every timeline event has its words in Korean, English and Chinese', () => {
    for (const locale of LOCALES)
      for (const event of TIMELINE_EVENTS)
        expect(allMessages[locale][`timeline.${event}`], `${locale} ${event}`).toBeTruthy();
  });
});
