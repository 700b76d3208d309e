import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type LanguageSetting, type Locale, loadWords, type MessageKey, translate, wordsLoaded } from '@/utils/i18n';
import { currentLocale } from '@/utils/i18n/locale';

export type TFunction = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  t: TFunction;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', t: (k, p) => translate('en', k, p) });

/**
 * Provides t() for a UI tree. The language setting comes from the caller (extension pages read
 * settings; content scripts get only their language), and follows the browser when 'auto'. Words
 * load one language at a time (utils/i18n): pages load theirs before the first render
 * (page-start.ts); after a language change the page keeps its words until the new ones are in.
 */
export function I18nProvider(props: { language: LanguageSetting | undefined; children: ComponentChildren }) {
  const wanted = currentLocale(props.language);
  const [shown, setShown] = useState<Locale | undefined>(() => (wordsLoaded(wanted) ? wanted : undefined));
  useEffect(() => {
    if (wordsLoaded(wanted)) return setShown(wanted);
    let live = true;
    // A failed load still shows the page (its keys), rather than nothing.
    void loadWords(wanted)
      .catch(() => undefined)
      .then(() => live && setShown(wanted));
    return () => {
      live = false;
    };
  }, [wanted]);
  const value = useMemo<I18nValue | undefined>(
    () => (shown ? { locale: shown, t: (k, p) => translate(shown, k, p) } : undefined),
    [shown],
  );
  useEffect(() => {
    if (shown) document.documentElement.lang = shown === 'zh_CN' ? 'zh-CN' : shown;
  }, [shown]);
  if (!value) return null;
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
