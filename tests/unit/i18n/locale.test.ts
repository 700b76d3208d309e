import { browserLanguages, currentLocale } from '@/utils/i18n/locale';

/** One locale rule for every surface (pages, content script, background). */
describe('current locale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("follows the browser's languages on 'auto' and the seller's choice otherwise", () => {
    vi.stubGlobal('navigator', { languages: ['fr-FR', 'zh-CN', 'ko'], language: 'fr-FR' });
    expect(currentLocale('auto')).toBe('zh_CN');
    expect(currentLocale(undefined)).toBe('zh_CN');
    expect(currentLocale('ko')).toBe('ko');
  });

  it('falls back to navigator.language, and to English where there is no navigator', () => {
    vi.stubGlobal('navigator', { languages: [], language: 'ko-KR' });
    expect(browserLanguages()).toEqual(['ko-KR']);
    expect(currentLocale('auto')).toBe('ko');
    vi.stubGlobal('navigator', undefined);
    expect(browserLanguages()).toEqual([]);
    expect(currentLocale('auto')).toBe('en');
  });
});
