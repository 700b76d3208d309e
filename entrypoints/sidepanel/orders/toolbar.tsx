import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { AccountView } from '@/utils/protocol/messages/connections';
import { accountName } from '@/utils/ui/account-name';
import { formatDateTime, formatRelative, formatTimeHM } from '@/utils/ui/format';
import { MARKET_TABS, tabLabelKey } from '@/utils/ui/order-state';
import type { ListMeta, OrderQuery, OrderTab } from './use-order-windows';
import type { useSync } from './use-sync';

export function SyncBar(props: {
  sync: ReturnType<typeof useSync>;
  syncedAt?: number;
  now: number;
  disabled: boolean;
}) {
  const { t, locale } = useI18n();
  const s = props.sync;
  const last = s.lastSyncAt ?? props.syncedAt;
  let status: ComponentChildren;
  let phase = 'idle';
  if (s.blocked) {
    phase = 'blocked';
    status = (
      <span class="warn">
        {s.blockedUntil
          ? t('orders.syncBlocked', { time: formatTimeHM(s.blockedUntil) })
          : t('orders.syncBlockedNoTime')}
      </span>
    );
  } else if (s.running) {
    phase = 'running';
    status = (
      <span class="sync-progress">
        <progress max={s.total || 1} value={s.total ? s.done : undefined} />
        {s.total ? t('orders.syncing', { done: s.done, total: s.total }) : t('orders.syncingNoTotal', { done: s.done })}
      </span>
    );
  } else if (last) {
    phase = s.failed ? 'failed' : 'done';
    status = <span class="muted">{t('orders.lastSynced', { time: formatRelative(last, locale, props.now) })}</span>;
  } else {
    status = <span class="muted">{t('orders.neverSynced')}</span>;
  }
  return (
    <div class="sync-bar">
      <button
        type="button"
        class="primary"
        data-testid="sync-now"
        title={t('orders.syncTitle')}
        disabled={props.disabled || s.running}
        onClick={() => void s.start()}
      >
        ⟳ {t('orders.sync')}
      </button>
      <span
        data-testid="sync-status"
        data-phase={phase}
        aria-live="polite"
        // The exact time in KST like every Coupang time (and without Intl: see utils/ui/format.ts).
        title={last ? formatDateTime(last, 'KST', true) : undefined}
      >
        {status}
      </span>
      {s.error && !s.running ? <ErrorText error={s.error} blockedUntil={s.blockedUntil} testid="sync-error" /> : null}
    </div>
  );
}

/** The state tabs of one marketplace's orders (Coupang's work states or 1688's stages), each with its count. */
export function Tabs(props: {
  market: OrderQuery['market'];
  tab: OrderTab;
  meta: ListMeta;
  onTab: (t: OrderTab) => void;
}) {
  const { t } = useI18n();
  const TABS = MARKET_TABS[props.market];
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(props.tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -99;
    if (next === -99) return;
    e.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length];
    if (!tab) return;
    props.onTab(tab);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-tab="${tab}"]`)?.focus();
  };
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label={t('orders.tabsLabel')}
      data-market={props.market}
      onKeyDown={onKeyDown}
    >
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          data-tab={tab}
          data-testid={`tab-${tab}`}
          aria-selected={props.tab === tab}
          tabIndex={props.tab === tab ? 0 : -1}
          class={props.tab === tab ? 'tab current' : 'tab'}
          onClick={() => props.onTab(tab)}
        >
          <span class="tab-label">{t(tabLabelKey(tab))}</span>
          <span class="count" data-testid={`tab-count-${tab}`}>
            {props.meta.counts[tab] ?? '–'}
          </span>
        </button>
      ))}
    </div>
  );
}

export function Filters(props: {
  query: OrderQuery;
  accounts: AccountView[];
  onQuery: (patch: Partial<OrderQuery>) => void;
}) {
  const { t } = useI18n();
  const q = props.query;
  const [text, setText] = useState(q.search ?? '');
  const [open, setOpen] = useState(false);
  // The background searches; wait for a pause in typing.
  useEffect(() => {
    if (text === (q.search ?? '')) return;
    const id = setTimeout(() => props.onQuery({ search: text }), 250);
    return () => clearTimeout(id);
  }, [text]);
  const active = !!(q.from || q.to || q.accountKeys?.length);
  return (
    <div class="filters">
      <div class="row nowrap">
        <input
          type="search"
          class="grow"
          data-testid="order-search"
          aria-label={t('orders.search.label')}
          placeholder={t('orders.search.placeholder')}
          value={text}
          maxLength={100}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onQuery({ search: text });
          }}
        />
        <select
          data-testid="order-sort"
          aria-label={t('orders.sort.label')}
          value={q.sort}
          onChange={(e) => props.onQuery({ sort: e.currentTarget.value as OrderQuery['sort'] })}
        >
          <option value="orderedAt">{t('orders.sort.orderedAt')}</option>
          <option value="shipBy">{t('orders.sort.shipBy')}</option>
          <option value="total">{t('orders.sort.total')}</option>
        </select>
        <button
          type="button"
          class="icon"
          data-testid="order-sort-dir"
          aria-label={q.dir === 'asc' ? t('orders.sort.asc') : t('orders.sort.desc')}
          title={q.dir === 'asc' ? t('orders.sort.asc') : t('orders.sort.desc')}
          onClick={() => props.onQuery({ dir: q.dir === 'asc' ? 'desc' : 'asc' })}
        >
          {q.dir === 'asc' ? '↑' : '↓'}
        </button>
        <button
          type="button"
          class={active ? 'icon on' : 'icon'}
          data-testid="filters-toggle"
          aria-expanded={open}
          aria-controls="filter-panel"
          title={t('orders.filter.toggle')}
          onClick={() => setOpen(!open)}
        >
          ⚲{active ? '•' : ''}
          <span class="sr-only">{t('orders.filter.toggle')}</span>
        </button>
      </div>
      {open ? (
        <div class="row filter-panel" id="filter-panel">
          <label class="field">
            <span>{t('orders.filter.from')}</span>
            <input
              type="date"
              data-testid="filter-from"
              value={q.from ?? ''}
              onChange={(e) => props.onQuery({ from: e.currentTarget.value || undefined })}
            />
          </label>
          <label class="field">
            <span>{t('orders.filter.to')}</span>
            <input
              type="date"
              data-testid="filter-to"
              value={q.to ?? ''}
              onChange={(e) => props.onQuery({ to: e.currentTarget.value || undefined })}
            />
          </label>
          <label class="field">
            <span>{t('orders.filter.vendor')}</span>
            <select
              data-testid="filter-account"
              value={q.accountKeys?.[0] ?? ''}
              onChange={(e) =>
                props.onQuery({ accountKeys: e.currentTarget.value ? [e.currentTarget.value] : undefined })
              }
            >
              <option value="">{t('orders.filter.allVendors')}</option>
              {props.accounts.map((a) => (
                <option key={a.accountKey} value={a.accountKey}>
                  {accountName(a)}
                </option>
              ))}
            </select>
          </label>
          {active ? (
            <button
              type="button"
              class="link"
              onClick={() => props.onQuery({ from: undefined, to: undefined, accountKeys: undefined })}
            >
              {t('orders.filter.clear')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
