import type { Locale } from './define';
import { common } from './dictionaries/common';
import { money } from './dictionaries/money';
import { orderStates } from './dictionaries/order-states';
import { popup } from './dictionaries/popup';
import { interpolate } from './interpolate';

/**
 * The words the service worker speaks itself — the badge's title, notifications, the revenue CSV's
 * header row, the order states a notification names — from the dictionaries that hold them. Not every dictionary: the worker starts
 * on every wake (an alarm, a message), and the pages' words are most of the translated text.
 * `tests/unit/i18n/background-words.test.ts` fails when a key the worker uses lives elsewhere.
 */
const dictionaries = [common, popup, money, orderStates] as const;

type KeysOf<D> = D extends { en: Record<infer K, string> } ? K : never;
export type BackgroundMessageKey = KeysOf<(typeof dictionaries)[number]>;

const merged: Record<Locale, Record<string, string>> = { ko: {}, en: {}, zh_CN: {} };
for (const d of dictionaries) for (const l of Object.keys(merged) as Locale[]) Object.assign(merged[l], d[l]);

/** Key prefixes the worker builds at run time (`notify.new.one`, …): all must be here. */
export const BACKGROUND_KEY_PREFIXES = ['app.', 'badge.', 'notify.', 'money.csv.', 'money.type.', 'state.'] as const;

export const backgroundMessages: Readonly<Record<Locale, Readonly<Record<string, string>>>> = merged;

export function translate(
  locale: Locale,
  key: BackgroundMessageKey | string,
  params?: Record<string, string | number>,
) {
  const template = merged[locale][key] ?? merged.en[key] ?? key;
  return interpolate(template, params);
}
