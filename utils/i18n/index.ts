import type { Locale } from './define';
import { alibaba } from './dictionaries/alibaba';
import { common } from './dictionaries/common';
import { connections } from './dictionaries/connections';
import { errors } from './dictionaries/errors';
import { money } from './dictionaries/money';
import { options } from './dictionaries/options';
import { orders } from './dictionaries/orders';
import { pageHelpers } from './dictionaries/page-helpers';
import { popup } from './dictionaries/popup';
import { privacy } from './dictionaries/privacy';

export type { Locale } from './define';
export { LOCALES } from './define';

/** Add a feature's dictionary here. */
const dictionaries = [
  common,
  options,
  connections,
  errors,
  orders,
  money,
  privacy,
  alibaba,
  pageHelpers,
  popup,
] as const;

type KeysOf<D> = D extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof dictionaries)[number]>;

const merged: Record<Locale, Record<string, string>> = { ko: {}, en: {}, zh_CN: {} };
for (const d of dictionaries) for (const l of Object.keys(merged) as Locale[]) Object.assign(merged[l], d[l]);

export const allMessages = merged;

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

export function translate(locale: Locale, key: MessageKey | string, params?: Record<string, string | number>): string {
  const template = merged[locale][key] ?? merged.en[key] ?? key;
  return params ? template.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : template;
}
