import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { SyncBar } from '../orders/toolbar';
import type { useSync } from '../orders/use-sync';

/** Title, sync state, and the ways into the other views (invoice import, 1688 purchase, options). */
export function PanelHeader(props: {
  sync: ReturnType<typeof useSync>;
  syncedAt: number | undefined;
  now: number;
  noAccounts: boolean;
  hasAlibaba: boolean;
  onImport: () => void;
  onPurchase: () => void;
}) {
  const { t } = useI18n();
  return (
    <header class="panel-head">
      <h1 data-testid="sidepanel-ready">{t('orders.title')}</h1>
      <SyncBar sync={props.sync} syncedAt={props.syncedAt} now={props.now} disabled={props.noAccounts} />
      <span class="spacer" />
      <button type="button" data-testid="invoice-import" onClick={props.onImport}>
        {t('orders.importInvoices')}
      </button>
      {props.hasAlibaba ? (
        <button type="button" data-testid="open-purchase" onClick={props.onPurchase}>
          {t('alibaba.po.open')}
        </button>
      ) : null}
      <button
        type="button"
        class="icon"
        aria-label={t('common.openOptions')}
        title={t('common.openOptions')}
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        ⚙
      </button>
    </header>
  );
}
