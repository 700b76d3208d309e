import { detectLocale, LOCALES, translate } from '@/utils/i18n';
import { allMessages, dictionaries } from '@/utils/i18n/all';

describe('i18n', () => {
  it('has every string in Korean, English and Simplified Chinese', () => {
    const en = Object.keys(allMessages.en).sort();
    expect(en.length).toBeGreaterThan(20);
    for (const l of LOCALES) {
      expect(Object.keys(allMessages[l]).sort()).toEqual(en);
      for (const [k, v] of Object.entries(allMessages[l])) expect(v.trim(), `${l}:${k}`).not.toBe('');
    }
  });

  it('defines each key in one dictionary only (two would give two wordings, the last one winning)', () => {
    const owner = new Map<string, number>();
    const twice: string[] = [];
    dictionaries.forEach((d, i) => {
      for (const key of Object.keys(d.en)) {
        if (owner.has(key)) twice.push(key);
        owner.set(key, i);
      }
    });
    expect(twice).toEqual([]);
  });

  it('keeps the same placeholders in every language', () => {
    for (const k of Object.keys(allMessages.en)) {
      const ph = (s: string) => [...s.matchAll(/\{(\w+)(?::[가-힣]+|\|[^|{}]+\|[^|{}]+)?\}/g)].map((m) => m[1]).sort();
      for (const l of LOCALES) expect(ph(allMessages[l][k]), `${l}:${k}`).toEqual(ph(allMessages.en[k]));
    }
  });

  it('follows the browser language and fills placeholders', () => {
    expect(detectLocale(['ko-KR', 'en'])).toBe('ko');
    expect(detectLocale(['zh-TW'])).toBe('zh_CN');
    expect(detectLocale(['fr'])).toBe('en');
    expect(translate('ko', 'options.security.summary', { count: 3 })).toContain('3');
  });
});
