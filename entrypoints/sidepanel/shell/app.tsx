import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import { OPENING_TAB } from '@/utils/ui/order-state';
import { clearSelection, emptySelection, type Selection, without } from '@/utils/ui/selection';
import { BatchResults } from '../orders/batch-results';
import { MarketSwitch } from '../orders/market-switch';
import { OrderList } from '../orders/order-list';
import { SelectBar } from '../orders/select-bar';
import { SheetActions } from '../orders/sheets/sheet-actions';
import { Filters, Tabs } from '../orders/toolbar';
import { useBulkActions } from '../orders/use-bulk-actions';
import { OPENING_QUERY, type OrderQuery, useOrderWindows } from '../orders/use-order-windows';
import { useSync } from '../orders/use-sync';
import { lazyView, preloadWhenIdle } from './lazy-view';
import { PanelHeader } from './panel-header';
import { useAccounts } from './use-accounts';
import { usePanelView } from './use-panel-view';

// The views over the list load their code after the first rows (preloaded once the page is idle):
// the panel opens on the list, and its first rows should not wait for code it does not show yet.
const OrderDetailView = lazyView(() => import('../orders/detail/order-detail').then((m) => m.OrderDetailView));
const InvoiceImport = lazyView(() => import('../orders/invoices/invoice-import').then((m) => m.InvoiceImport));
const InvoiceEntry = lazyView(() => import('../orders/invoices/invoice-entry').then((m) => m.InvoiceEntry));
const PurchaseOrderView = lazyView(() => import('../purchase/purchase-view').then((m) => m.PurchaseOrderView));
const LIST_VIEWS = [OrderDetailView, InvoiceImport, InvoiceEntry, PurchaseOrderView];

/**
 * The side panel: the order list (tabs, filters, selection, bulk actions) with one view at a
 * time over it — an order, invoice entry, invoice import or a 1688 purchase order.
 */
export function SidePanelApp(props: { preload?: readonly { preload: () => Promise<void> }[] }) {
  const { t } = useI18n();
  const now = useNow(30_000);
  const [query, setQuery] = useState<OrderQuery>(OPENING_QUERY);
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [active, setActive] = useState(-1);
  const known = useRef(new Map<string, OrderRow>());
  const listRef = useRef<HTMLDivElement>(null);

  const accounts = useAccounts();
  const accountList = accounts.value?.accounts ?? [];
  const markets = new Set(accountList.map((a) => a.marketplace));

  const list = useOrderWindows(query, (rows) => {
    for (const r of rows) known.current.set(r.key, r);
    if (known.current.size > 20_000) known.current.clear();
  });
  // Once the list has its first answer (its rows are drawn), load the code of what may open next.
  useEffect(
    () => (list.loaded ? preloadWhenIdle([...LIST_VIEWS, ...(props.preload ?? [])]) : undefined),
    [list.loaded],
  );
  const sync = useSync();
  const patchQuery = (patch: Partial<OrderQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setSelection(clearSelection());
    setActive(-1);
  };
  const [view, setView] = usePanelView(patchQuery);
  const pickMarket = (market: OrderQuery['market']) => patchQuery({ market, tab: OPENING_TAB[market] });
  // Only 1688 connected: its orders, not an empty Coupang list ("all" stays "all").
  useEffect(() => {
    if (markets.size !== 1 || markets.has(query.market)) return;
    const market = query.market === 'coupang' ? 'alibaba' : 'coupang';
    patchQuery({ market, tab: query.tab === 'all' ? 'all' : OPENING_TAB[market] });
  }, [accounts.value]);
  const bulk = useBulkActions({ query, total: list.total, selection, setSelection, known });

  const backToList = () => {
    setView({ kind: 'list' });
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('[data-testid="order-list"]')?.focus());
  };
  const openOrder = (key: string) => setView({ kind: 'detail', key });
  const noAccounts = accounts.value !== undefined && accountList.length === 0;

  return (
    <div class="panel">
      <PanelHeader
        sync={sync}
        syncedAt={list.meta.syncedAt}
        now={now}
        noAccounts={noAccounts}
        hasAlibaba={accountList.some((a) => a.marketplace === 'alibaba')}
        onImport={() => setView({ kind: 'import' })}
        onPurchase={() => setView({ kind: 'purchase' })}
      />
      {noAccounts ? (
        <div class="card" data-testid="no-accounts">
          <p>{t('orders.noAccounts')}</p>
          <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('orders.openSettings')}
          </button>
        </div>
      ) : null}
      {markets.size > 1 ? <MarketSwitch market={query.market} onMarket={pickMarket} /> : null}
      <Tabs market={query.market} tab={query.tab} meta={list.meta} onTab={(tab) => patchQuery({ tab })} />
      <Filters query={query} accounts={accountList} onQuery={patchQuery} />
      <SelectBar
        market={query.market}
        tab={query.tab}
        count={selection.keys.size}
        total={list.total}
        collecting={bulk.collecting}
        sending={!!bulk.quick.batch?.sending}
        onSelectAll={() => void bulk.selectAllInTab()}
        onClear={() => setSelection(clearSelection())}
        onAcknowledge={bulk.acknowledge}
        onInvoice={(update) => setView({ kind: 'invoices', keys: bulk.selectedKeys, update })}
        onStop={bulk.stopShipment}
      />
      <SheetActions tab={query.tab} keys={bulk.selectedKeys} />
      {bulk.error ? <ErrorText error={bulk.error} /> : null}
      {bulk.quick.batch ? (
        <BatchResults batch={bulk.quick.batch} onRetry={() => void bulk.quick.retry()} onDismiss={bulk.quick.clear} />
      ) : null}
      {list.error ? <ErrorText error={list.error} testid="list-error" /> : null}
      <div class="list-wrap" ref={listRef}>
        {list.loaded && list.total === 0 ? (
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
          onOpen={openOrder}
          onSelectAll={() => void bulk.selectAllInTab()}
          now={now}
          showAccount={accountList.length > 1}
        />
      </div>
      <footer class="muted small keys-hint">{t('orders.keysHint')}</footer>
      {view.kind === 'detail' ? <OrderDetailView orderKey={view.key} onBack={backToList} /> : null}
      {view.kind === 'import' ? <InvoiceImport onBack={backToList} /> : null}
      {view.kind === 'purchase' ? <PurchaseOrderView onBack={backToList} onOpenOrder={openOrder} /> : null}
      {view.kind === 'invoices' ? (
        <InvoiceEntry
          keys={view.keys}
          update={view.update}
          rows={known.current}
          onBack={backToList}
          onSent={(keys) => setSelection((s) => without(s, keys))}
        />
      ) : null}
    </div>
  );
}
