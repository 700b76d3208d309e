import type { Locale } from './define';

/**
 * The one rule for which language a surface speaks: the seller's setting, else the browser's
 * UI language mapped onto the three we ship, else English. Every page, the content script and the
 * background (notifications, courier names) ask here. No dictionaries are imported, so the content
 * script can use it without pulling in every translation.
 */
export type LanguageSetting = 'auto' | Locale;

/** The browser's UI language mapped onto the three we ship (English otherwise). */
export function detectLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (l.startsWith('ko')) return 'ko';
    if (l.startsWith('zh')) return 'zh_CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

export function resolveLocale(setting: LanguageSetting | undefined, languages: readonly string[]): Locale {
  return !setting || setting === 'auto' ? detectLocale(languages) : setting;
}

/** The languages this context's browser reports (none where there is no navigator). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The locale for a language setting, here and now. */
export function currentLocale(setting: LanguageSetting | undefined): Locale {
  return resolveLocale(setting, browserLanguages());
}
