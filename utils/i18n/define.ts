/**
 * UI strings live in per-feature dictionaries, each with Korean, English and Simplified Chinese
 * side by side, so a feature's wording is reviewed in one place and parallel features never edit
 * the same file. `{name}` placeholders are filled by t().
 */
export type Locale = 'ko' | 'en' | 'zh_CN';
export const LOCALES: readonly Locale[] = ['ko', 'en', 'zh_CN'];

export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;

export function defineDictionary<K extends string>(d: {
  en: Record<K, string>;
  ko: Record<K, string>;
  zh_CN: Record<K, string>;
}) {
  return d satisfies Dictionary<K>;
}
