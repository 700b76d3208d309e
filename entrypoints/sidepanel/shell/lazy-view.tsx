import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';

/** A lazily loaded view; `preload()` starts loading its code before it is first shown. */
export type LazyView<P extends object> = ComponentType<P> & { preload: () => void };

/**
 * A view whose code loads when it is first shown (or preloaded): the side panel's other areas
 * (money, claims, inquiries, …) and the views over the order list stay out of the code the panel
 * parses before its first order rows. Loaded once per page; a load that failed (the extension was
 * updated under an open panel) says so and can be retried. Props pass through to the view.
 */
export function lazyView<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () => {
    loading ??= load().then(
      (v) => {
        loaded = v;
        return v;
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    );
    return loading;
  };
  function LazyView(props: P) {
    const { t } = useI18n();
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    const [error, setError] = useState<unknown>();
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (View) return;
      let live = true;
      start().then(
        (v) => {
          if (live) setView(() => v);
        },
        (e) => {
          if (live) setError(e);
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (View) return <View {...props} />;
    if (error)
      return (
        <div class="area-loading" role="alert">
          <ErrorText error={error} />
          <button
            type="button"
            onClick={() => {
              setError(undefined);
              setAttempt((n) => n + 1);
            }}
          >
            {t('common.retry')}
          </button>
        </div>
      );
    return (
      <p class="area-loading muted" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  }
  // A preload that fails is retried when the view is shown (start() forgets a failed load).
  return Object.assign(LazyView, { preload: () => void start().catch(() => undefined) });
}

/**
 * Loads these views' code once the page has painted and is idle: the first rows never wait for
 * it, and a later click on an area or an order finds its code ready instead of fetching and
 * compiling it then.
 */
export function preloadWhenIdle(views: readonly { preload: () => void }[]): () => void {
  const run = () => {
    for (const v of views) v.preload();
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 500);
  return () => clearTimeout(timer);
}
