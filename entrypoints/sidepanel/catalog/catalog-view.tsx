import './catalog.css';
import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useCoupangAccount } from '../shell/use-coupang-account';
import { CategoriesTab } from './categories-tab';
import { CouponsTab } from './coupons-tab';
import { PlacesTab } from './places-tab';
import { RocketGrowthTab } from './rg-tab';

const TABS = ['categories', 'places', 'coupons', 'rg'] as const;
type Tab = (typeof TABS)[number];

/** The catalog area (판매 설정): categories, shipping places, coupons and Rocket Growth stock of one Coupang account. */
export function CatalogView() {
  const { t } = useI18n();
  const { accounts, coupang, accountKey, setPicked } = useCoupangAccount();
  const [tab, setTab] = useState<Tab>('categories');

  if (accounts.value && !accountKey)
    return (
      <div class="catalog" data-testid="catalog-view">
        <p class="card" data-testid="catalog-no-coupang">
          {t('catalog.noCoupang')}
        </p>
      </div>
    );
  return (
    <div class="catalog" data-testid="catalog-view">
      <div class="row nowrap catalog-top">
        <div class="tabs" role="tablist" aria-label={t('area.catalog')}>
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              data-testid={`catalog-tab-${k}`}
              aria-selected={tab === k}
              class={tab === k ? 'tab current' : 'tab'}
              onClick={() => setTab(k)}
            >
              {t(`catalog.tab.${k}`)}
            </button>
          ))}
        </div>
        {coupang.length > 1 ? (
          <select
            aria-label={t('catalog.account')}
            value={accountKey}
            onChange={(e) => setPicked(e.currentTarget.value)}
          >
            {coupang.map((a) => (
              <option key={a.accountKey} value={a.accountKey}>
                {a.label || a.accountId}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {accountKey ? (
        <div class="catalog-body" role="tabpanel">
          {tab === 'categories' ? <CategoriesTab key={accountKey} accountKey={accountKey} /> : null}
          {tab === 'places' ? <PlacesTab key={accountKey} accountKey={accountKey} /> : null}
          {tab === 'coupons' ? <CouponsTab key={accountKey} accountKey={accountKey} /> : null}
          {tab === 'rg' ? <RocketGrowthTab key={accountKey} accountKey={accountKey} /> : null}
        </div>
      ) : null}
    </div>
  );
}
