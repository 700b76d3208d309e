import './inquiries.css';
import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { useRequestedSidePanelView } from '@/components/use-side-panel-view';
import { send } from '@/utils/protocol/client';
import type { InquiryRow, ReplyTemplate } from '@/utils/protocol/messages/inquiries';
import { formatRelative } from '@/utils/ui/format';
import { useCoupangAccount } from '../shell/use-coupang-account';
import { InquiryList } from './inquiry-list';
import { InquiryThread } from './inquiry-thread';
import { TemplatesEditor } from './templates-editor';
import { useInquiries } from './use-inquiries';

const TABS = ['waiting', 'answered', 'closed', 'all'] as const;
type Tab = (typeof TABS)[number];

const inTab = (tab: Tab) => (r: InquiryRow) =>
  tab === 'all' || (tab === 'waiting' ? r.state === 'unanswered' || r.state === 'needsConfirm' : r.state === tab);

/** The inquiries area: one Coupang vendor's product Q&A and call-centre inquiries, answered one at a time. */
export function InquiriesView() {
  const { t, locale } = useI18n();
  const now = useNow(30_000);
  const { accounts, coupang, accountKey, setPicked } = useCoupangAccount();
  const list = useInquiries(accountKey);
  const [tab, setTab] = useState<Tab>('waiting');
  const [active, setActive] = useState(-1);
  const [openKey, setOpenKey] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [templates, setTemplates] = useState<ReplyTemplate[]>([]);
  // Opened from the popup or a notification for one vendor: show that vendor.
  const requested = useRequestedSidePanelView();
  useEffect(() => {
    if (requested?.area === 'inquiries' && requested.accountKey) {
      setPicked(requested.accountKey);
      setOpenKey(undefined);
    }
  }, [requested]);
  useEffect(() => {
    send('inquiries.templates', {}).then(
      (r) => setTemplates(r.templates),
      () => undefined,
    );
  }, []);

  if (accounts.value && !coupang.length)
    return (
      <div class="inquiries" data-testid="inquiries-view">
        <p class="card" data-testid="inquiries-no-coupang">
          {t('inquiries.noCoupang')}
        </p>
      </div>
    );

  const rows = list.rows.filter(inTab(tab));
  const open = openKey ? list.rows.find((r) => r.key === openKey) : undefined;
  const count = (k: Tab) =>
    !list.counts
      ? undefined
      : k === 'waiting'
        ? list.counts.unanswered + list.counts.needsConfirm
        : k === 'all'
          ? list.rows.length
          : list.counts[k];
  const back = () => {
    setOpenKey(undefined);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="inquiry-list"]')?.focus());
  };

  return (
    <div class="inquiries" data-testid="inquiries-view" data-loading={list.loading}>
      <div class="row nowrap inq-bar">
        {coupang.length > 1 ? (
          <select
            aria-label={t('inquiries.account')}
            data-testid="inquiries-account"
            value={accountKey}
            onChange={(e) => {
              setPicked((e.target as HTMLSelectElement).value);
              setOpenKey(undefined);
            }}
          >
            {coupang.map((a) => (
              <option key={a.accountKey} value={a.accountKey}>
                {a.label}
              </option>
            ))}
          </select>
        ) : null}
        <span class="muted small grow" aria-live="polite" data-testid="inquiries-status">
          {list.loading
            ? t('inquiries.loading')
            : list.syncedAt
              ? t('inquiries.syncedAt', { time: formatRelative(list.syncedAt, locale, now) })
              : t('inquiries.neverSynced')}
        </span>
        <button type="button" data-testid="templates-open" onClick={() => setEditing(!editing)}>
          {t('inquiries.templates.manage')}
        </button>
        <button type="button" data-testid="inquiries-refresh" disabled={list.loading} onClick={list.refresh}>
          {t('inquiries.refresh')}
        </button>
      </div>
      {list.error ? <ErrorText error={list.error} testid="inquiries-error" /> : null}
      {editing ? (
        <TemplatesEditor templates={templates} onChange={setTemplates} onClose={() => setEditing(false)} />
      ) : null}
      {open ? (
        <InquiryThread row={open} templates={templates} now={now} onBack={back} onChanged={list.reload} />
      ) : (
        <>
          <div class="tabs" role="tablist" aria-label={t('inquiries.title')}>
            {TABS.map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                data-testid={`inquiries-tab-${k}`}
                data-count={count(k)}
                aria-selected={tab === k}
                class={tab === k ? 'tab current' : 'tab'}
                onClick={() => {
                  setTab(k);
                  setActive(-1);
                }}
              >
                {t(`inquiries.tab.${k}`)}
                {count(k) !== undefined ? <span class="count">{count(k)}</span> : null}
              </button>
            ))}
          </div>
          {!list.loading && rows.length === 0 ? (
            <p class="muted empty" data-testid="inquiries-empty">
              {t(tab === 'waiting' ? 'inquiries.empty.waiting' : 'inquiries.empty')}
            </p>
          ) : null}
          <InquiryList rows={rows} active={active} onActive={setActive} onOpen={setOpenKey} now={now} />
          <footer class="muted small keys-hint">{t('inquiries.keysHint')}</footer>
        </>
      )}
    </div>
  );
}
