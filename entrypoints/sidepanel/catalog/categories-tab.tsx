import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CategoryNodeView } from '@/utils/protocol/messages/catalog';
import { formatRelative } from '@/utils/ui/format';
import { CategoryMeta } from './category-meta';
import { RecommendBox } from './recommend-box';

/** Category tree browser (drill down or search), a recommendation by product name, and the chosen leaf's meta. */
export function CategoriesTab(props: { accountKey: string }) {
  const { t, locale } = useI18n();
  const { accountKey } = props;
  const [parent, setParent] = useState<string>();
  const [query, setQuery] = useState('');
  const [typed, setTyped] = useState('');
  const [leaf, setLeaf] = useState<CategoryNodeView>();
  const tree = useAsync(
    () => send('catalog.categories.browse', { accountKey, ...(parent ? { parent } : {}), ...(query ? { query } : {}) }),
    [accountKey, parent, query],
  );
  const goTo = (code: string | undefined) => {
    setQuery('');
    setTyped('');
    setParent(code);
  };
  const open = (n: CategoryNodeView) => {
    if (n.leaf) setLeaf(n);
    else goTo(n.code);
  };
  const v = tree.value;
  return (
    <div class="catalog-section" data-testid="catalog-categories">
      <RecommendBox accountKey={accountKey} onPick={setLeaf} />
      <form
        class="row nowrap"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(typed.trim());
        }}
      >
        <input
          type="search"
          class="grow"
          data-testid="category-search"
          aria-label={t('catalog.cat.search')}
          placeholder={t('catalog.cat.searchHint')}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit">{t('catalog.cat.searchButton')}</button>
      </form>
      <nav class="trail small" aria-label={t('catalog.cat.trail')}>
        <button type="button" class="link" onClick={() => goTo(undefined)}>
          {t('catalog.cat.all')}
        </button>
        {query ? <span> › “{query}”</span> : null}
        {!query
          ? v?.trail.map((n) => (
              <span key={n.code}>
                {' › '}
                <button type="button" class="link" onClick={() => setParent(n.code)}>
                  {n.name}
                </button>
              </span>
            ))
          : null}
      </nav>
      {tree.error ? <ErrorText error={tree.error} testid="category-error" /> : null}
      {!v && !tree.error ? <p class="muted">{t('catalog.loading')}</p> : null}
      {v ? (
        <>
          <ul class="cat-list" data-testid="category-list">
            {v.nodes.map((n) => (
              <li key={n.code}>
                <button
                  type="button"
                  class={leaf?.code === n.code ? 'cat current' : 'cat'}
                  data-testid="category-node"
                  data-code={n.code}
                  data-leaf={n.leaf}
                  onClick={() => open(n)}
                >
                  <span class="grow">{query ? n.path : n.name}</span>
                  <span class="muted small">{n.leaf ? n.code : '›'}</span>
                </button>
              </li>
            ))}
          </ul>
          {!v.nodes.length ? <p class="muted">{t('catalog.cat.none')}</p> : null}
          {v.more ? <p class="muted small">{t('catalog.cat.more')}</p> : null}
          <p class="muted small" data-testid="category-fetched">
            {t('catalog.cat.fetched', { count: v.total, time: formatRelative(v.fetchedAt, locale) })}
          </p>
        </>
      ) : null}
      {leaf ? <CategoryMeta accountKey={accountKey} node={leaf} /> : null}
    </div>
  );
}
