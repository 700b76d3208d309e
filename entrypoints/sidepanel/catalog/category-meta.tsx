import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CategoryNodeView } from '@/utils/protocol/messages/catalog';
import { wordFor } from './words';

/** What a leaf category asks of a product: attributes (buy/search options), notices, certifications, documents. */
export function CategoryMeta(props: { accountKey: string; node: CategoryNodeView }) {
  const { t } = useI18n();
  const meta = useAsync(
    () => send('catalog.categories.meta', { accountKey: props.accountKey, code: props.node.code }),
    [props.accountKey, props.node.code],
  );
  const need = (required: boolean) => (
    <span class={required ? 'badge need' : 'badge'}>
      {t(required ? 'catalog.meta.required' : 'catalog.meta.optional')}
    </span>
  );
  const m = meta.value;
  return (
    <section class="card meta" data-testid="category-meta" data-code={props.node.code}>
      <h3>{props.node.path}</h3>
      <p class="muted small">{t('catalog.meta.code', { code: props.node.code })}</p>
      {meta.error ? <ErrorText error={meta.error} testid="category-meta-error" /> : null}
      {!m && !meta.error ? <p class="muted">{t('catalog.loading')}</p> : null}
      {m ? (
        <>
          <h4>{t('catalog.meta.attributes')}</h4>
          {m.attributes.length ? (
            <ul class="meta-list" data-testid="meta-attributes">
              {m.attributes.map((a) => (
                <li key={a.name} data-required={a.required}>
                  {need(a.required)} <strong>{a.name}</strong>{' '}
                  <span class="muted small">
                    {t(a.exposed ? 'catalog.meta.buyOption' : 'catalog.meta.searchOption')}
                    {a.dataType ? ` · ${a.dataType}` : ''}
                    {a.units.length ? ` · ${a.units.join(', ')}` : ''}
                    {a.values.length ? ` · ${a.values.slice(0, 8).join(', ')}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted small">{t('catalog.meta.none')}</p>
          )}
          <h4>{t('catalog.meta.notices')}</h4>
          {m.notices.map((n) => (
            <div key={n.name} data-testid="meta-notice">
              <strong class="small">{n.name}</strong>
              <ul class="meta-list">
                {n.fields.map((f) => (
                  <li key={f.name}>
                    {need(f.required)} {f.name}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <h4>{t('catalog.meta.certifications')}</h4>
          <ul class="meta-list" data-testid="meta-certifications">
            {m.certifications.map((c) => (
              <li key={c.type}>
                {need(c.required)} {c.name} <span class="muted small">{c.type}</span>
              </li>
            ))}
          </ul>
          {m.documents.length ? (
            <>
              <h4>{t('catalog.meta.documents')}</h4>
              <ul class="meta-list">
                {m.documents.map((d) => (
                  <li key={d.name}>
                    {need(d.required)} {d.name}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p class="muted small">
            {t('catalog.meta.conditions')}:{' '}
            {m.offerConditions.map((c) => wordFor(t, 'catalog.condition', c)).join(', ')}
            {' · '}
            {t(m.allowSingleItem ? 'catalog.meta.singleOk' : 'catalog.meta.singleNo')}
          </p>
        </>
      ) : null}
    </section>
  );
}
