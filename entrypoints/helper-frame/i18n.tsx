import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Locale } from '@/utils/i18n';
import { common } from '@/utils/i18n/dictionaries/common';
import { crossborder } from '@/utils/i18n/dictionaries/crossborder';
import { orderStates } from '@/utils/i18n/dictionaries/order-states';
import { pageHelpers } from '@/utils/i18n/dictionaries/page-helpers';
import { interpolate } from '@/utils/i18n/interpolate';
import { currentLocale, type LanguageSetting } from '@/utils/i18n/locale';

/**
 * t() for the helper panel, with only the dictionaries the panel uses (the full set would triple
 * the content script). Not components/i18n's provider: that one sets the document's `lang`, and
 * a content script must leave the host page's DOM alone.
 */
export type HelperMessageKey =
  | keyof typeof common.en
  | keyof typeof pageHelpers.en
  | keyof typeof orderStates.en
  | keyof typeof crossborder.en;
export type HelperT = (key: HelperMessageKey, params?: Record<string, string | number>) => string;

const DICTS = [common, pageHelpers, orderStates, crossborder] as const;

function lookup(locale: Locale, key: string): string | undefined {
  for (const d of DICTS) {
    const v = (d[locale] as Record<string, string>)[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

export function helperTranslate(
  locale: Locale,
  key: HelperMessageKey,
  params?: Record<string, string | number>,
): string {
  const template = lookup(locale, key) ?? lookup('en', key) ?? key;
  return interpolate(template, params);
}

interface HelperI18nValue {
  locale: Locale;
  t: HelperT;
}

const Ctx = createContext<HelperI18nValue>({ locale: 'en', t: (k, p) => helperTranslate('en', k, p) });

export function HelperI18n(props: { language: LanguageSetting; children: ComponentChildren }) {
  const value = useMemo<HelperI18nValue>(() => {
    const locale = currentLocale(props.language);
    return { locale, t: (k, p) => helperTranslate(locale, k, p) };
  }, [props.language]);
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useT(): HelperI18nValue {
  return useContext(Ctx);
}
