import { useMemo, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { formatCount, formatRelative } from '@/utils/ui/format';
import { RgOrders } from './rg-orders';

/** Rows drawn at once; the search narrows a long stock list (a seller looks for items, not pages). */
const SHOWN = 200;

/** Rocket Growth (로켓그로스) stock per option: 30-day sales, days of cover, reorder flag at the seller's threshold. */
export function RocketGrowthTab(props: { accountKey: string }) {
  const { t, locale } = useI18n();
  const { accountKey } = props;
  const [refresh, setRefresh] = useState(0);
  const stock = useAsync(() => send('catalog.rg.stock', { accountKey, refresh: refresh > 0 }), [accountKey, refresh]);
  const [onlyReorder, setOnlyReorder] = useState(false);
  const [filter, setFilter] = useState('');
  const [days, setDays] = useState<string>();
  const [view, setView] = useState<'stock' | 'orders'>('stock');
  const v = stock.value;
  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (v?.rows ?? []).filter(
      (r) =>
        (!onlyReorder || r.reorder) &&
        (!q ||
          r.vendorItemId.includes(q) ||
          (r.name ?? '').toLowerCase().includes(q) ||
          (r.sku ?? '').toLowerCase().includes(q)),
    );
  }, [v, onlyReorder, filter]);
  const saveDays = async () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 180) return;
    await send('settings.update', { rocketGrowth: { reorderDays: n } });
    setDays(undefined);
    stock.reload();
  };
  return (
    <div class="catalog-section" data-testid="catalog-rg">
      <div class="tabs small" role="tablist">
        {(['stock', 'orders'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={view === k}
            class={view === k ? 'tab current' : 'tab'}
            onClick={() => setView(k)}
            data-testid={`rg-view-${k}`}
          >
            {t(`catalog.rg.${k}`)}
          </button>
        ))}
      </div>
      {view === 'orders' ? (
        <RgOrders accountKey={accountKey} />
      ) : (
        <>
          <form
            class="row nowrap small"
            onSubmit={(e) => {
              e.preventDefault();
              void saveDays();
            }}
          >
            <label class="check">
              {t('catalog.rg.threshold')}{' '}
              <input
                class="num-input"
                inputMode="numeric"
                data-testid="rg-threshold"
                value={days ?? String(v?.reorderDays ?? '')}
                onInput={(e) => setDays(e.currentTarget.value)}
              />{' '}
              {t('catalog.rg.thresholdDays')}
            </label>
            {days !== undefined ? (
              <button type="submit" data-testid="rg-threshold-save">
                {t('catalog.save')}
              </button>
            ) : null}
            <span class="grow" />
            <button
              type="button"
              disabled={stock.loading}
              onClick={() => setRefresh((n) => n + 1)}
              data-testid="rg-refresh"
            >
              {t('catalog.refresh')}
            </button>
          </form>
          <div class="row nowrap small">
            <input
              class="grow"
              type="search"
              placeholder={t('catalog.rg.filter')}
              aria-label={t('catalog.rg.filter')}
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
            />
            <label class="check">
              <input
                type="checkbox"
                checked={onlyReorder}
                onChange={(e) => setOnlyReorder(e.currentTarget.checked)}
                data-testid="rg-only-reorder"
              />{' '}
              {t('catalog.rg.onlyReorder')}
            </label>
          </div>
          {stock.error ? <ErrorText error={stock.error} testid="rg-error" /> : null}
          {stock.loading ? <p class="muted small">{t('catalog.rg.walking')}</p> : null}
          {v ? (
            <p class="muted small" data-testid="rg-status" data-calls={v.calls} data-rows={v.rows.length}>
              {t('catalog.rg.status', {
                count: v.rows.length,
                reorder: v.rows.filter((r) => r.reorder).length,
                time: formatRelative(v.fetchedAt, locale),
              })}
            </p>
          ) : null}
          {v && !v.rows.length ? <p class="muted">{t('catalog.rg.none')}</p> : null}
          {rows.length ? (
            <div class="table-scroll">
              <table class="rg-table" data-testid="rg-table">
                <thead>
                  <tr>
                    <th>{t('catalog.rg.item')}</th>
                    <th class="num">{t('catalog.rg.stockCol')}</th>
                    <th class="num">{t('catalog.rg.sales30')}</th>
                    <th class="num">{t('catalog.rg.cover')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, SHOWN).map((r) => (
                    <tr
                      key={r.vendorItemId}
                      class={r.reorder ? 'reorder' : ''}
                      data-testid="rg-row"
                      data-id={r.vendorItemId}
                      data-reorder={r.reorder}
                      data-cover={r.daysOfCover ?? ''}
                    >
                      <td>
                        <div class="clip" title={r.name ?? ''}>
                          {r.reorder ? <span class="badge need">{t('catalog.rg.reorder')}</span> : null}{' '}
                          {r.name ?? t('catalog.rg.noName')}
                        </div>
                        <div class="muted small">
                          {r.vendorItemId}
                          {r.sku ? ` · ${r.sku}` : ''}
                        </div>
                      </td>
                      <td class="num">{formatCount(r.stock)}</td>
                      <td class="num">{formatCount(r.sales30)}</td>
                      <td class="num">
                        {r.daysOfCover === undefined ? '—' : t('catalog.rg.days', { n: r.daysOfCover })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {rows.length > SHOWN ? <p class="muted small">{t('catalog.rg.more', { n: rows.length - SHOWN })}</p> : null}
        </>
      )}
    </div>
  );
}
