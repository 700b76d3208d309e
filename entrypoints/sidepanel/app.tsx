import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PurchaseOrderView } from '@/components/alibaba/purchase-order';
import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { useRequestedSidePanelView } from '@/components/use-side-panel-view';
import { send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import { clearSelection, emptySelection, type Selection, selectAll, without } from '@/utils/ui/selection';
import { BatchResults, useBatch } from './batch-results';
import { InvoiceEntry } from './invoice-entry';
import { InvoiceImport } from './invoice-import';
import { OrderDetailView } from './order-detail';
import { OrderList } from './order-list';
import { Filters, SyncBar, Tabs } from './toolbar';
import { collectKeys, type OrderQuery, useOrderWindows } from './use-order-windows';
import { useSync } from './use-sync';

type View =
  | { kind: 'list' }
  | { kind: 'detail'; key: string }
  | { kind: 'import' }
  | { kind: 'invoices'; keys: string[] }
  | { kind: 'purchase' };

const ACK_CHUNK = 500;
const STOP_CHUNK = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function SidePanelApp() {
  const { t } = useI18n();
  const now = useNow(30_000);
  const [query, setQuery] = useState<OrderQuery>({ tab: 'new', sort: 'orderedAt', dir: 'desc' });
  const [view, setView] = useState<View>({ kind: 'list' });
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [active, setActive] = useState(-1);
  const [confirmStop, setConfirmStop] = useState(false);
  const [collecting, setCollecting] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const known = useRef(new Map<string, OrderRow>());
  const listRef = useRef<HTMLDivElement>(null);

  const accounts = useAsync(() => send('connections.list', {}), []);
  useEffect(
    () =>
      subscribeEvents((e) => {
        if (e.type === 'accounts.changed' || e.type === 'data.wiped') accounts.reload();
      }),
    [],
  );
  const accountList = accounts.value?.accounts ?? [];

  const list = useOrderWindows(query, (rows) => {
    for (const r of rows) known.current.set(r.key, r);
    if (known.current.size > 20_000) known.current.clear();
  });
  const sync = useSync();
  const quick = useBatch();

  // Someone (popup, notification, page helper) asked the panel to show a tab, an order or a screen.
  const requested = useRequestedSidePanelView();
  useEffect(() => {
    if (!requested) return;
    if (requested.tab || requested.accountKey) {
      patchQuery({
        ...(requested.tab ? { tab: requested.tab } : {}),
        ...(requested.accountKey ? { accountKeys: [requested.accountKey] } : {}),
      });
    }
    if (requested.orderKey) setView({ kind: 'detail', key: requested.orderKey });
    else if (requested.screen === 'import') setView({ kind: 'import' });
    else if (requested.screen === 'purchase') setView({ kind: 'purchase' });
    else setView({ kind: 'list' });
  }, [requested]);

  const patchQuery = (patch: Partial<OrderQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setSelection(clearSelection());
    setActive(-1);
  };

  const backToList = () => {
    setView({ kind: 'list' });
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('[data-testid="order-list"]')?.focus());
  };

  const selectAllInTab = async () => {
    setCollecting(true);
    try {
      setSelection(selectAll(await collectKeys(query, list.total)));
    } catch (e) {
      setActionError(e);
    } finally {
      setCollecting(false);
    }
  };

  const selectedKeys = [...selection.keys];
  const labels = () =>
    Object.fromEntries(selectedKeys.map((k) => [k, known.current.get(k)?.orderId ?? k.split(':').pop()!]));

  const acknowledge = () => {
    const keys = selectedKeys;
    void quick.run(
      'acknowledge',
      labels(),
      chunks(keys, ACK_CHUNK).map((c) => () => send('orders.acknowledge', { keys: c })),
    );
    setSelection((s) => without(s, keys));
  };

  const stopShipment = () => {
    const keys = selectedKeys;
    setConfirmStop(false);
    void quick.run(
      'stopShipment',
      labels(),
      chunks(keys, STOP_CHUNK).map((c) => () => send('orders.stopShipment', { keys: c })),
    );
    setSelection((s) => without(s, keys));
  };

  const noAccounts = accounts.value !== undefined && accountList.length === 0;
  const count = selection.keys.size;
  const total = list.total;

  return (
    <div class="panel">
      <header class="panel-head">
        <h1 data-testid="sidepanel-ready">{t('orders.title')}</h1>
        <SyncBar sync={sync} syncedAt={list.meta.syncedAt} now={now} disabled={noAccounts} />
        <span class="spacer" />
        <button type="button" data-testid="invoice-import" onClick={() => setView({ kind: 'import' })}>
          {t('orders.importInvoices')}
        </button>
        {accountList.some((a) => a.marketplace === 'alibaba') ? (
          <button type="button" data-testid="open-purchase" onClick={() => setView({ kind: 'purchase' })}>
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
      {noAccounts ? (
        <div class="card" data-testid="no-accounts">
          <p>{t('orders.noAccounts')}</p>
          <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('orders.openSettings')}
          </button>
        </div>
      ) : null}
      <Tabs tab={query.tab} meta={list.meta} onTab={(tab) => patchQuery({ tab })} />
      <Filters query={query} accounts={accountList} onQuery={patchQuery} />
      <div class="select-bar" data-testid="select-bar">
        <label class="select-all">
          <input
            type="checkbox"
            data-testid="select-all"
            checked={total > 0 && count >= total}
            disabled={total === 0 || collecting}
            onChange={(e) => (e.currentTarget.checked ? void selectAllInTab() : setSelection(clearSelection()))}
          />
          {count > 0 ? (
            <span data-testid="selected-count">{t('orders.selected', { count })}</span>
          ) : (
            <span class="muted" data-testid="list-total">
              {collecting ? t('orders.preparing') : t('orders.count', { count: total })}
            </span>
          )}
        </label>
        <span class="spacer" />
        {count > 0 ? (
          <div class="bulk" data-testid="bulk-bar">
            {query.tab === 'new' ? (
              <button
                type="button"
                class="primary"
                data-testid="bulk-acknowledge"
                disabled={quick.batch?.sending}
                onClick={acknowledge}
              >
                {t('orders.bulk.acknowledge', { count })}
              </button>
            ) : null}
            {query.tab === 'toShip' ? (
              <button
                type="button"
                class="primary"
                data-testid="bulk-invoice"
                onClick={() => setView({ kind: 'invoices', keys: selectedKeys })}
              >
                {t('orders.bulk.invoice', { count })}
              </button>
            ) : null}
            {query.tab === 'cancelRequested' ? (
              <button
                type="button"
                class="danger"
                data-testid="bulk-stop"
                disabled={quick.batch?.sending}
                onClick={() => setConfirmStop(true)}
              >
                {t('orders.bulk.stop', { count })}
              </button>
            ) : null}
            {query.tab === 'all' || query.tab === 'inTransit' || query.tab === 'delivered' ? (
              <span class="muted small">{t('orders.bulk.inAllTab')}</span>
            ) : null}
            <button
              type="button"
              class="link"
              data-testid="clear-selection"
              onClick={() => setSelection(clearSelection())}
            >
              {t('orders.clearSelection')}
            </button>
          </div>
        ) : null}
      </div>
      {confirmStop ? (
        <div class="confirm" role="alertdialog" aria-labelledby="stop-confirm-text">
          <p id="stop-confirm-text">{t('orders.bulk.stopConfirm', { count })}</p>
          <div class="row">
            <button type="button" class="danger" data-testid="bulk-stop-confirm" onClick={stopShipment}>
              {t('orders.bulk.stopYes')}
            </button>
            <button type="button" ref={(b) => b?.focus()} onClick={() => setConfirmStop(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {actionError ? <ErrorText error={actionError} /> : null}
      {quick.batch ? (
        <BatchResults batch={quick.batch} onRetry={() => void quick.retry()} onDismiss={quick.clear} />
      ) : null}
      {list.error ? <ErrorText error={list.error} testid="list-error" /> : null}
      <div class="list-wrap" ref={listRef}>
        {list.loaded && total === 0 ? (
          <p class="muted empty" data-testid="orders-empty">
            {t('orders.empty')}
          </p>
        ) : null}
        <OrderList
          list={list}
          tab={query.tab}
          selection={selection}
          onSelection={setSelection}
          active={active}
          onActive={setActive}
          onOpen={(key) => setView({ kind: 'detail', key })}
          onSelectAll={() => void selectAllInTab()}
          now={now}
          showAccount={accountList.length > 1}
        />
      </div>
      <footer class="muted small keys-hint">{t('orders.keysHint')}</footer>
      {view.kind === 'detail' ? <OrderDetailView orderKey={view.key} onBack={backToList} /> : null}
      {view.kind === 'import' ? <InvoiceImport onBack={backToList} /> : null}
      {view.kind === 'purchase' ? (
        <PurchaseOrderView onBack={backToList} onOpenOrder={(key) => setView({ kind: 'detail', key })} />
      ) : null}
      {view.kind === 'invoices' ? (
        <InvoiceEntry
          keys={view.keys}
          rows={known.current}
          onBack={backToList}
          onSent={(keys) => setSelection((s) => without(s, keys))}
        />
      ) : null}
    </div>
  );
}
