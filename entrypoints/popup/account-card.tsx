import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { OrderTab } from '@/utils/protocol/messages/orders';
import type { PopupAccount } from '@/utils/protocol/messages/popup';
import { idBesideLabel } from '@/utils/ui/account-name';
import { formatRelative, formatTimeHM, zoneOf } from '@/utils/ui/format';
import { isUrgentTab, isWaitingTab, MARKET_TABS, tabLabelKey } from '@/utils/ui/order-state';

export type CountTab = OrderTab;

/** Warn this many days before a key / authorization expires (AccountsService uses the same). */
const EXPIRY_WARNING_DAYS = 14;

function StateLine(props: { account: PopupAccount }) {
  const { t } = useI18n();
  const a = props.account;
  let text: string;
  switch (a.state) {
    case 'syncing':
      text = !a.progress
        ? t('popup.state.syncing')
        : a.progress.total !== undefined
          ? t('popup.state.syncingProgressTotal', { done: a.progress.done, total: a.progress.total })
          : t('popup.state.syncingProgress', { done: a.progress.done });
      break;
    case 'blocked':
      text = t('popup.state.blocked', { time: formatTimeHM(a.blockedUntil, zoneOf(a.marketplace)) });
      break;
    default:
      text = t(`popup.state.${a.state}` as MessageKey);
  }
  return (
    <span class={`state state-${a.state}`} data-testid="account-state" data-state={a.state}>
      {a.state === 'syncing' ? <span class="spinner" aria-hidden="true" /> : null}
      {text}
    </span>
  );
}

/**
 * One connected account: status, last sync, key expiry, and a count per work state. Each count
 * opens the side panel at that tab for this account (the click itself opens it: gesture).
 */
export function AccountCard(props: {
  account: PopupAccount;
  now: number;
  /** A work-state tab of the order list, or the inquiries area. */
  onOpen(tab: CountTab | 'inquiries', accountKey: string): void;
  onReconnect(): void;
}) {
  const { t, locale } = useI18n();
  const a = props.account;
  const expiring = a.expiresInDays !== undefined && a.expiresInDays <= EXPIRY_WARNING_DAYS;
  return (
    <section
      class="account card"
      data-testid="popup-account"
      data-account-key={a.accountKey}
      aria-labelledby={`acct-${a.accountId}`}
    >
      <div class="account-head">
        <h2 id={`acct-${a.accountId}`}>
          {a.label || a.accountId} {idBesideLabel(a) ? <span class="muted">{a.accountId}</span> : null}
        </h2>
        <StateLine account={a} />
      </div>
      <p class="muted small" data-testid="account-last-sync">
        {a.lastSyncAt
          ? t('popup.lastSync', { when: formatRelative(a.lastSyncAt, locale, props.now) })
          : t('popup.neverSynced')}
      </p>
      {(a.state === 'error' || a.state === 'needsReconnect') && a.lastError ? (
        <ErrorText error={a.lastError} zone={zoneOf(a.marketplace)} testid="account-error" />
      ) : null}
      {a.state === 'needsReconnect' ? (
        <button type="button" data-testid="account-reconnect" onClick={props.onReconnect}>
          {t('popup.reconnect')}
        </button>
      ) : null}
      {expiring ? (
        <p class="warn small" role="status" data-testid="account-expiry" data-days={a.expiresInDays}>
          {a.expiresInDays! < 0
            ? t('popup.keyExpired')
            : t(a.marketplace === 'alibaba' ? 'popup.tokenExpiring' : 'popup.keyExpiring', { days: a.expiresInDays! })}
        </p>
      ) : null}
      <ul class="counts" aria-label={a.label}>
        {MARKET_TABS[a.marketplace].map((tab) => {
          if (tab === 'all') return null;
          const label = t(tabLabelKey(tab));
          const count = a.counts[tab] ?? 0;
          const hot = count > 0 && (isWaitingTab(tab) || isUrgentTab(tab));
          return (
            <li key={tab}>
              <button
                type="button"
                class={`count${hot ? ' hot' : ''}${isUrgentTab(tab) && count > 0 ? ' urgent' : ''}`}
                data-testid={`count-${tab}`}
                data-count={count}
                aria-label={t('popup.count.open', { label, count })}
                onClick={() => props.onOpen(tab, a.accountKey)}
              >
                <span class="count-n">{count}</span>
                <span class="count-label">{label}</span>
              </button>
            </li>
          );
        })}
        {a.marketplace === 'coupang' ? (
          <li>
            <button
              type="button"
              class={`count${a.inquiries > 0 ? ' hot' : ''}${a.inquiriesUrgent && a.inquiries > 0 ? ' urgent' : ''}`}
              data-testid="count-inquiries"
              data-count={a.inquiries}
              aria-label={t('popup.count.open', { label: t('popup.inquiries'), count: a.inquiries })}
              onClick={() => props.onOpen('inquiries', a.accountKey)}
            >
              <span class="count-n">{a.inquiries}</span>
              <span class="count-label">{t('popup.inquiries')}</span>
            </button>
          </li>
        ) : null}
      </ul>
      {a.claimsWaiting ? (
        <p class="small warn" data-testid="account-claims" data-count={a.claimsWaiting}>
          {t('claims.waiting', { n: a.claimsWaiting })}
        </p>
      ) : null}
      {a.overdue > 0 || a.dueToday > 0 ? (
        <p class="small" data-testid="account-deadlines">
          {a.overdue > 0 ? <span class="error">{t('popup.overdue', { count: a.overdue })} </span> : null}
          {a.dueToday > 0 ? <span class="warn">{t('popup.dueToday', { count: a.dueToday })}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
