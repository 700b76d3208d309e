import './catalog.css';
import { useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { CategoriesTab } from './categories-tab';
import { CouponsTab } from './coupons-tab';
import { PlacesTab } from './places-tab';
import { RocketGrowthTab } from './rg-tab';

const TABS = ['categories', 'places', 'coupons', 'rg'] as const;
type Tab = (typeof TABS)[number];

/** The catalog area (판매 설정): categories, shipping places, coupons and Rocket Growth stock of one Coupang account. */
export function CatalogView() {
  const { t } = useI18n();
  const accounts = useAsync(() => send('connections.list', {}), []);
  useEvent(['accounts.changed', 'data.wiped'], () => accounts.reload());
  const coupang = (accounts.value?.accounts ?? []).filter((a) => a.marketplace === 'coupang');
  const [picked, setPicked] = useState<string>();
  const accountKey = coupang.find((a) => a.accountKey === picked)?.accountKey ?? coupang[0]?.accountKey;
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
