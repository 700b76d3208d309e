import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CategoryNodeView } from '@/utils/protocol/messages/catalog';

type Recommendation = { result: string; category?: CategoryNodeView; comment?: string };

/** Coupang's category recommendation for a product name (카테고리 추천). */
export function RecommendBox(props: { accountKey: string; onPick: (n: CategoryNodeView) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [got, setGot] = useState<Recommendation>();
  const [error, setError] = useState<unknown>();
  const ask = async () => {
    if (!name.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await send('catalog.categories.recommend', { accountKey: props.accountKey, productName: name.trim() });
      setGot(r);
      if (r.category) props.onPick(r.category);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card">
      <form
        class="row nowrap"
        onSubmit={(e) => {
          e.preventDefault();
          void ask();
        }}
      >
        <input
          class="grow"
          data-testid="recommend-name"
          aria-label={t('catalog.cat.recommendName')}
          placeholder={t('catalog.cat.recommendName')}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy || !name.trim()} data-testid="recommend-go">
          {t('catalog.cat.recommend')}
        </button>
      </form>
      {error ? <ErrorText error={error} /> : null}
      {got ? (
        <p class="small" data-testid="recommend-result" data-result={got.result} data-code={got.category?.code ?? ''}>
          {got.category
            ? t('catalog.cat.recommended', { path: got.category.path, code: got.category.code })
            : t(
                got.result === 'INSUFFICIENT_INFORMATION' ? 'catalog.cat.insufficient' : 'catalog.cat.noRecommendation',
              )}
          {got.comment ? <span class="muted"> · {got.comment}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
