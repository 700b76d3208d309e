import './money.css';
import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { formatRelative } from '@/utils/ui/format';
import { useCoupangAccount } from '../shell/use-coupang-account';
import { exportRevenueCsv } from './export-csv';
import { OrdersTab } from './orders-tab';
import { PayoutsTab } from './payouts-tab';
import { ProductsTab } from './products-tab';
import { RangeBar } from './range-bar';
import { RevenueTab } from './revenue-tab';
import { lastDays, type MoneyRange, useRevenue } from './use-money';

const TABS = ['revenue', 'products', 'orders', 'payouts'] as const;
type Tab = (typeof TABS)[number];

/** The money area: Coupang revenue, products, profit per order and payouts for one account. */
export function MoneyView() {
  const { t, locale } = useI18n();
  const { accounts, coupang, accountKey, setPicked } = useCoupangAccount();
  const [range, setRange] = useState<MoneyRange>(() => lastDays(30));
  const [tab, setTab] = useState<Tab>('revenue');
  const [exported, setExported] = useState<number>();
  const [actionError, setActionError] = useState<unknown>();
  const revenue = useRevenue(accountKey, range);
  const [version, setVersion] = useState(0);

  const doExport = async () => {
    if (!accountKey) return;
    setActionError(undefined);
    try {
      setExported(await exportRevenueCsv(accountKey, range));
    } catch (e) {
      setActionError(e);
    }
  };

  if (accounts.value && !coupang.length)
    return (
      <div class="money" data-testid="money-view">
        <p class="card" data-testid="money-no-coupang">
          {t('money.noCoupang')}
        </p>
      </div>
    );
  const report = revenue.report;
  return (
    <div class="money" data-testid="money-view" data-loading={revenue.loading}>
      {accountKey ? (
        <RangeBar
          accounts={coupang}
          accountKey={accountKey}
          onAccount={setPicked}
          range={range}
          onRange={setRange}
          busy={revenue.loading}
          onRefresh={() => {
            revenue.refresh();
            setVersion((v) => v + 1);
          }}
          onExport={() => void doExport()}
        />
      ) : null}
      <p class="muted small" aria-live="polite" data-testid="money-status">
        {revenue.loading ? t('money.loading') : null}
        {!revenue.loading && report ? t('money.fetchedAt', { time: formatRelative(report.fetchedAt, locale) }) : null}
        {exported !== undefined ? (
          <span data-testid="money-exported"> · {t('money.exported', { count: exported })}</span>
        ) : null}
      </p>
      {revenue.error ? <ErrorText error={revenue.error} testid="money-error" /> : null}
      {actionError ? <ErrorText error={actionError} /> : null}
      <div class="tabs" role="tablist" aria-label={t('money.title')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            data-testid={`money-tab-${k}`}
            aria-selected={tab === k}
            class={tab === k ? 'tab current' : 'tab'}
            onClick={() => setTab(k)}
          >
            {t(`money.tab.${k}`)}
          </button>
        ))}
      </div>
      <div class="money-body" role="tabpanel">
        {report && accountKey && tab === 'revenue' ? <RevenueTab report={report} /> : null}
        {report && tab === 'products' ? (
          <ProductsTab products={report.products} onCostsChanged={() => revenue.reload()} />
        ) : null}
        {accountKey && tab === 'orders' ? <OrdersTab accountKey={accountKey} range={range} version={version} /> : null}
        {accountKey && tab === 'payouts' ? <PayoutsTab accountKey={accountKey} /> : null}
      </div>
    </div>
  );
}
