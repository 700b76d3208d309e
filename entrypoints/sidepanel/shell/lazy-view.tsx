import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';

/**
 * A view whose code loads when it is first shown: the side panel's other areas (money, claims,
 * inquiries, …) stay out of the code the panel parses before its first order rows. Loaded once per
 * page; a load that failed (the extension was updated under an open panel) says so and can be retried.
 */
export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  return function LazyView() {
    const { t } = useI18n();
    const [View, setView] = useState<ComponentType | undefined>(() => loaded);
    const [error, setError] = useState<unknown>();
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (View) return;
      let live = true;
      loading ??= load();
      loading.then(
        (v) => {
          loaded = v;
          if (live) setView(() => v);
        },
        (e) => {
          loading = undefined;
          if (live) setError(e);
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (View) return <View />;
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
  };
}
