/// <reference path="./words-module.d.ts" />
import type { dictionaries } from './all';
import type { Locale } from './define';
import { interpolate } from './interpolate';

export type { Locale } from './define';
export { LOCALES } from './define';

type KeysOf<D> = D extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof dictionaries)[number]>;

/**
 * A page's words come in one language: each language is one module built from every feature's
 * dictionary (build/words-by-language.ts), loaded when the page knows its seller's language.
 * All three languages together were most of the code a page loaded before its first frame.
 * Pages load theirs before they render (components/page-start.ts); the language select loads
 * another before it switches (components/i18n.tsx).
 */
const LOADERS: Record<Locale, () => Promise<{ default: Record<string, string> }>> = {
  ko: () => import('virtual:crossdock-words/ko'),
  en: () => import('virtual:crossdock-words/en'),
  zh_CN: () => import('virtual:crossdock-words/zh_CN'),
};

const loaded: Partial<Record<Locale, Record<string, string>>> = {};
const loading = new Map<Locale, Promise<void>>();

export function wordsLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** Loads a language's words once (a failed load is tried again on the next call). */
export function loadWords(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then((m) => {
      loaded[locale] = m.default;
    });
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether `key` names words (built keys such as `products.problem.<code>` may not). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.values(loaded).some((words) => words[key] !== undefined);
}

export { detectLocale, type LanguageSetting, resolveLocale } from './locale';

/** The words for `key` in a loaded language (the key itself before its language is loaded). */
export function translate(locale: Locale, key: MessageKey | string, params?: Record<string, string | number>): string {
  return interpolate(loaded[locale]?.[key] ?? key, params);
}
