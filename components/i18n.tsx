import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type LanguageSetting, type Locale, type MessageKey, translate } from '@/utils/i18n';
import { currentLocale } from '@/utils/i18n/locale';

export type TFunction = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  t: TFunction;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', t: (k, p) => translate('en', k, p) });

/**
 * Provides t() for a UI tree. The language setting comes from the caller (extension pages read
 * settings; content scripts get only their language), and follows the browser when 'auto'.
 */
export function I18nProvider(props: { language: LanguageSetting | undefined; children: ComponentChildren }) {
  const value = useMemo<I18nValue>(() => {
    const locale = currentLocale(props.language);
    return { locale, t: (k, p) => translate(locale, k, p) };
  }, [props.language]);
  useEffect(() => {
    document.documentElement.lang = value.locale === 'zh_CN' ? 'zh-CN' : value.locale;
  }, [value.locale]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** Loads an async value once and reloads it on demand. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [state, setState] = useState<{ value?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => live && setState({ value, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, nonce]);
  return { ...state, reload: () => setNonce((n) => n + 1) };
}
