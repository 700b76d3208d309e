import './claims.css';
import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { RETURN_TABS } from '@/utils/domain/claim-status';
import type { MessageKey } from '@/utils/i18n';
import { formatRelative } from '@/utils/ui/format';
import { takeAreaLink, useAreaLink } from '../shell/area-link';
import { useCoupangAccount } from '../shell/use-coupang-account';
import { ActionResult } from './action-result';
import { ExchangeList } from './exchange-list';
import { ReturnList } from './return-list';
import { useClaimAction } from './use-claim-action';
import { type ClaimTab, useClaims } from './use-claims';

const TABS: readonly ClaimTab[] = [...RETURN_TABS, 'exchange'];

/** The claims area: Wing's return work states and exchanges as tabs with counts, for one Coupang account. */
export function ClaimsView() {
  const { t, locale } = useI18n();
  const { accounts, coupang, accountKey, setPicked } = useCoupangAccount();
  const [link] = useState(() => takeAreaLink('claims')?.focus);
  const [tab, setTab] = useState<ClaimTab>(() => (link?.tab as ClaimTab | undefined) ?? 'stopRequested');
  const [focus, setFocus] = useState<string | undefined>(link?.id);
  // The order view's link to one of its claims: that claim's tab, opened.
  useAreaLink('claims', (l) => {
    if (l.focus?.tab) setTab(l.focus.tab as ClaimTab);
    setFocus(l.focus?.id);
  });
  const claims = useClaims(accountKey, tab);
  const action = useClaimAction();

  if (accounts.value && !coupang.length)
    return (
      <div class="claims" data-testid="claims-view">
        <p class="card">{t('claims.noCoupang')}</p>
      </div>
    );
  return (
    <div class="claims" data-testid="claims-view">
      <div class="claims-bar">
        {coupang.length > 1 ? (
          <select
            aria-label={t('claims.account')}
            data-testid="claims-account"
            value={accountKey}
            onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}
          >
            {coupang.map((a) => (
              <option key={a.accountKey} value={a.accountKey}>
                {a.label || a.accountId}
              </option>
            ))}
          </select>
        ) : null}
        <span
          class="muted small grow"
          aria-live="polite"
          data-testid="claims-status"
          data-phase={claims.syncing ? 'syncing' : 'idle'}
          data-synced={claims.syncedAt ?? ''}
        >
          {claims.syncing
            ? t('claims.syncing')
            : claims.syncedAt
              ? t('claims.syncedAt', { time: formatRelative(claims.syncedAt, locale) })
              : t('claims.notSynced')}
        </span>
        <button
          type="button"
          data-testid="claims-sync"
          disabled={claims.syncing}
          onClick={() => void claims.sync(true)}
        >
          {t('claims.sync')}
        </button>
      </div>
      {claims.error ? <ErrorText error={claims.error} testid="claims-error" /> : null}
      <div class="claim-tabs" role="tablist" aria-label={t('claims.title')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            data-testid={`claims-tab-${k}`}
            data-count={claims.counts ? String(claims.counts[k]) : ''}
            aria-selected={tab === k}
            class={tab === k ? 'tab current' : 'tab'}
            onClick={() => setTab(k)}
          >
            {t(`claims.tab.${k}` as MessageKey)}
            {claims.counts ? <span class="count">{claims.counts[k]}</span> : null}
          </button>
        ))}
      </div>
      <ActionResult action={action} />
      <div class="claims-body" role="tabpanel">
        {accountKey && claims.loaded && tab !== 'exchange' ? (
          <ReturnList key={tab} accountKey={accountKey} rows={claims.returns} action={action} focus={focus} />
        ) : null}
        {accountKey && claims.loaded && tab === 'exchange' ? (
          <ExchangeList accountKey={accountKey} rows={claims.exchanges} action={action} focus={focus} />
        ) : null}
      </div>
    </div>
  );
}
