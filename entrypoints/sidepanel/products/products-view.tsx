import './products.css';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useRequestedSidePanelView } from '@/components/use-side-panel-view';
import { useCoupangAccount } from '../shell/use-coupang-account';
import { BulkEdit } from './bulk-edit';
import { CreateForm } from './create-form';
import { type DraftSeed, seedOf } from './draft-source';
import { ProductsTab } from './products-tab';

const TABS = ['list', 'bulk', 'create'] as const;
type Tab = (typeof TABS)[number];

/** The products area: Coupang options with price, stock and sale status; bulk edits; registration. */
export function ProductsView() {
  const { t } = useI18n();
  const { accounts, coupang, accountKey, setPicked } = useCoupangAccount();
  const [tab, setTab] = useState<Tab>('list');
  // A listing draft asked for by the 1688 offer helper: the create form, prefilled (a new form each time).
  const requested = useRequestedSidePanelView();
  const [draft, setDraft] = useState<{ seed: DraftSeed; n: number }>();
  useEffect(() => {
    const seed = seedOf(requested);
    if (!seed) return;
    setDraft((d) => ({ seed, n: (d?.n ?? 0) + 1 }));
    setTab('create');
  }, [requested]);

  if (accounts.value && !coupang.length)
    return (
      <div class="products" data-testid="products-view">
        <p class="card" data-testid="products-no-coupang">
          {t('products.noCoupang')}
        </p>
      </div>
    );
  return (
    <div class="products" data-testid="products-view">
      <div class="row products-head">
        <div class="tabs" role="tablist" aria-label={t('products.title')}>
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              data-testid={`products-tab-${k}`}
              aria-selected={tab === k}
              class={tab === k ? 'tab current' : 'tab'}
              onClick={() => setTab(k)}
            >
              {t(`products.tab.${k}`)}
            </button>
          ))}
        </div>
        <span class="spacer" />
        {coupang.length > 1 ? (
          <select
            aria-label={t('products.account')}
            data-testid="products-account"
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
        <div class="products-body" role="tabpanel">
          {tab === 'list' ? (
            <ProductsTab
              key={accountKey}
              accountKey={accountKey}
              blockedUntil={coupang.find((a) => a.accountKey === accountKey)?.blockedUntil}
            />
          ) : null}
          {tab === 'bulk' ? <BulkEdit key={accountKey} accountKey={accountKey} /> : null}
          {tab === 'create' ? (
            <CreateForm key={`${accountKey}:${draft?.n ?? 0}`} accountKey={accountKey} seed={draft?.seed} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
