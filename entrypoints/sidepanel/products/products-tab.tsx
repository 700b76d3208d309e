import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { PRODUCT_STATES, SALE_FILTERS } from '@/utils/domain/product-filters';
import type { OptionRow } from '@/utils/protocol/messages/products';
import { formatDateTime, formatRelative } from '@/utils/ui/format';
import { OptionEditForm } from './option-edit';
import { ProductList } from './product-list';
import { useEditBatch } from './use-edit-batch';
import { type ProductFilter, useProducts } from './use-products';

/**
 * The option list with its search, filters, registration quota and the edit form of one option.
 * `blockedUntil`: the account's rate-limit block; a refresh waits out a short one (the queue holds
 * its reads), and the status line says until when instead of looking stuck.
 */
export function ProductsTab(props: { accountKey: string; blockedUntil?: number }) {
  const { t, locale } = useI18n();
  const [filter, setShownFilter] = useState<ProductFilter>({ query: '', sale: 'all' });
  const [typed, setTyped] = useState('');
  const list = useProducts(props.accountKey, filter);
  const [active, setActive] = useState(0);
  // Another filter is another list: its first row is the active one, not the old list's n-th.
  const setFilter = (f: ProductFilter) => {
    setShownFilter(f);
    setActive(0);
  };
  const [open, setOpen] = useState<OptionRow>();
  const batch = useEditBatch(props.accountKey);
  const inflow = list.inflow;
  // While a refresh waits, re-render each second so the note goes when the block ends (the text
  // itself does not tick: the status line is aria-live).
  useNow(list.refreshing && props.blockedUntil ? 1_000 : 30_000);
  const waiting = list.refreshing && props.blockedUntil !== undefined && props.blockedUntil > Date.now();

  return (
    <div class="products-tab">
      <div class="row products-status">
        <button
          type="button"
          data-testid="products-refresh"
          disabled={list.refreshing}
          onClick={() => void list.refresh()}
        >
          {t('products.refresh')}
        </button>
        <span class="muted small" aria-live="polite" data-testid="products-status">
          {waiting
            ? t('products.refreshWaiting', { time: formatDateTime(props.blockedUntil, 'KST', true).slice(-8) })
            : list.refreshing
              ? t('products.refreshing')
              : list.fetchedAt !== undefined
                ? `${t('products.count', { products: list.products, options: list.total })} · ${t('products.fetchedAt', { time: formatRelative(list.fetchedAt, locale) })}`
                : list.loaded
                  ? t('products.never')
                  : ''}
        </span>
      </div>
      {inflow ? (
        <p class="small" data-testid="products-inflow">
          {inflow.permitted !== undefined
            ? t('products.inflow', { registered: inflow.registered ?? 0, permitted: inflow.permitted })
            : t('products.inflowUnlimited', { registered: inflow.registered ?? 0 })}
          {inflow.restricted ? <strong class="danger-text"> · {t('products.inflowRestricted')}</strong> : null}
        </p>
      ) : null}
      <form
        class="row filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...filter, query: typed });
        }}
      >
        <input
          type="search"
          class="grow"
          data-testid="products-search"
          placeholder={t('products.search')}
          aria-label={t('products.search')}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <select
          aria-label={t('products.filter.state')}
          data-testid="products-state"
          value={filter.state ?? ''}
          onChange={(e) =>
            setFilter({ ...filter, state: (e.currentTarget.value || undefined) as ProductFilter['state'] })
          }
        >
          <option value="">{t('products.state.all')}</option>
          {PRODUCT_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`products.state.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('products.filter.sale')}
          data-testid="products-sale"
          value={filter.sale}
          onChange={(e) => setFilter({ ...filter, sale: e.currentTarget.value as ProductFilter['sale'] })}
        >
          {SALE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`products.sale.${s}`)}
            </option>
          ))}
        </select>
      </form>
      {list.error ? <ErrorText error={list.error} testid="products-error" /> : null}
      {open ? (
        <OptionEditForm key={open.vendorItemId} row={open} batch={batch} onClose={() => setOpen(undefined)} />
      ) : null}
      {list.loaded && list.total === 0 && list.fetchedAt !== undefined ? (
        <p class="empty" data-testid="products-empty">
          {filter.query || filter.state || filter.sale !== 'all' ? t('products.empty') : t('products.noProducts')}
        </p>
      ) : null}
      <ProductList list={list} active={active} onActive={setActive} onOpen={setOpen} />
    </div>
  );
}
