import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';

/** A lazily loaded view; `preload()` starts loading its code before it is first shown. */
export type LazyView<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

const settled = () => undefined;

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
  // Settles once the code is loaded (or failed: a click then shows the retry).
  return Object.assign(LazyView, { preload: () => start().then(settled, settled) });
}

/**
 * Loads these views' code once the page has painted and is idle: the first rows never wait for
 * it, and a later click on an area or an order finds its code ready instead of fetching and
 * compiling it then. One view per idle period, each after the last one loaded: a click on a view
 * not loaded yet waits behind at most one other, not behind all of them.
 */
export function preloadWhenIdle(views: readonly { preload: () => Promise<void> }[]): () => void {
  let stopped = false;
  let cancel: () => void = () => undefined;
  const next = (i: number) => {
    if (stopped || i >= views.length) return;
    const run = () => void views[i]!.preload().then(() => next(i + 1));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 2_000 });
      cancel = () => cancelIdleCallback(id);
    } else {
      const timer = setTimeout(run, 100);
      cancel = () => clearTimeout(timer);
    }
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}
