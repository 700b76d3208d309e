import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { indexKey, useVirtualizer } from '@/components/use-virtualizer';
import type { MessageKey } from '@/utils/i18n';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import { baseAction, pendingWords } from '@/utils/ui/errors/outcome-words';
import { deadlineState, formatMoney, formatShortDateTime, zoneOf } from '@/utils/ui/format';
import { orderStateKey } from '@/utils/ui/order-state';
import type { Selection } from '@/utils/ui/selection';
import { useKeepOpeningLayout } from './keep-opening-layout';
import { listKeyRunner, takesKey } from './list-keys';
import { OPENING_QUERY } from './prefetched-windows';
import { ROW_HEIGHT } from './row-geometry';
import type { OrderWindows } from './use-order-windows';

export { ROW_HEIGHT } from './row-geometry';

interface Props {
  list: OrderWindows;
  tab: string;
  selection: Selection;
  onSelection: (s: Selection) => void;
  active: number;
  onActive: (i: number) => void;
  onOpen: (key: string) => void;
  onSelectAll: () => void;
  now: number;
  showAccount: boolean;
}

// Module-level, like indexKey: see use-virtualizer.ts.
const rowSize = () => ROW_HEIGHT;

/**
 * The virtualized order list: fixed-height rows, only the visible ones (plus overscan) rendered,
 * rows fetched by window as they scroll into view. One focusable listbox; arrows move the active
 * row, Space toggles it, Shift extends from the anchor, Enter opens the detail.
 */
export function OrderList(props: Props) {
  const { t, locale } = useI18n();
  const { list, selection } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: list.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowSize,
    overscan: 10,
    getItemKey: indexKey,
  });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (list.total > 0) list.setVisible(first, last);
  }, [first, last, list.cache, list.version]);

  const keyAt = (i: number) => list.cache.rowAt(i)?.key;
  // Where the opening list began, for the next open's first rows (early-rows.ts).
  useKeepOpeningLayout(
    scrollRef,
    props.tab === OPENING_QUERY.tab && !!list.cache.rowAt(first),
    locale,
    props.showAccount,
  );

  // Keys repeat faster than renders, and may wait for rows: the runner reads the latest values
  // through this ref, and handlers write them there at once.
  const latest = useRef({ props, v });
  latest.current = { props, v };
  const state = useRef({ selection, active: props.active });
  state.current = { selection, active: props.active };
  const runner = useMemo(
    () =>
      listKeyRunner(() => {
        const { props: p, v: virt } = latest.current;
        const cache = p.list.cache;
        return {
          total: () => cache.total,
          ensure: (start, end) => cache.ensure(start, end),
          keyAt: (i) => cache.rowAt(i)?.key,
          pageRows: () =>
            Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1),
          selection: () => state.current.selection,
          setSelection: (s) => {
            state.current.selection = s;
            latest.current.props.onSelection(s);
          },
          active: () => state.current.active,
          setActive: (i) => {
            state.current.active = i;
            latest.current.props.onActive(i);
          },
          scrollTo: (i) => virt.scrollToIndex(i, { align: 'auto' }),
          open: (key) => latest.current.props.onOpen(key),
          selectAll: () => latest.current.props.onSelectAll(),
        };
      }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const key = { key: e.key, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey };
    if (!takesKey(key, state.current.selection.keys.size > 0 || runner.busy)) return;
    e.preventDefault();
    void runner.run(key);
  };

  const onCheck = (e: MouseEvent, index: number, key: string) => {
    e.stopPropagation();
    state.current.active = index;
    props.onActive(index);
    void runner.run(e.shiftKey ? { rangeClick: index } : { toggleClick: index, rowKey: key });
  };

  return (
    <div
      ref={scrollRef}
      class="order-scroll"
      data-testid="order-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('orders.listLabel')}
      aria-activedescendant={props.active >= 0 && keyAt(props.active) ? `order-${props.active}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div class="order-spacer" style={{ height: `${v.getTotalSize()}px` }}>
        {items.map((item) => {
          const row = list.cache.rowAt(item.index);
          const style = { transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` };
          if (!row)
            return (
              <div key={item.key} class="order-row placeholder" style={style} aria-hidden="true">
                <span class="muted">{t('orders.loadingRow')}</span>
              </div>
            );
          return (
            <Row
              key={item.key}
              row={row}
              index={item.index}
              style={style}
              selected={selection.keys.has(row.key)}
              active={props.active === item.index}
              tab={props.tab}
              now={props.now}
              dueSoonHours={list.meta.dueSoonHours}
              showAccount={props.showAccount}
              locale={locale}
              onCheck={onCheck}
              onClick={(e) => {
                // Like a file list: Ctrl/⌘-click toggles, Shift-click selects a range, a plain click opens.
                if (e.shiftKey || e.ctrlKey || e.metaKey) onCheck(e, item.index, row.key);
                else {
                  state.current.active = item.index;
                  props.onActive(item.index);
                  props.onOpen(row.key);
                }
              }}
            />
          );
        })}
      </div>
    </div>
  );
}

function Row(props: {
  row: OrderRow;
  index: number;
  style: Record<string, string>;
  selected: boolean;
  active: boolean;
  tab: string;
  now: number;
  dueSoonHours: number;
  showAccount: boolean;
  locale: Parameters<typeof formatMoney>[1];
  onCheck: (e: MouseEvent, index: number, key: string) => void;
  onClick: (e: MouseEvent) => void;
}) {
  const { t } = useI18n();
  const { row } = props;
  const zone = zoneOf(row.marketplace);
  const waiting = row.workState === 'new' || row.workState === 'toShip';
  const deadline = waiting ? deadlineState(row.shipBy, props.dueSoonHours, props.now, zone) : undefined;
  const cls = ['order-row', props.selected && 'selected', props.active && 'active', deadline && `deadline-${deadline}`]
    .filter(Boolean)
    .join(' ');
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox container handles the keyboard (Enter opens)
    <div
      id={`order-${props.index}`}
      class={cls}
      style={props.style}
      role="option"
      tabIndex={-1}
      aria-selected={props.selected}
      data-testid="order-row"
      data-key={row.key}
      data-index={props.index}
      data-deadline={deadline ?? ''}
      data-state={row.workState}
      onClick={props.onClick}
    >
      <input
        type="checkbox"
        class="row-check"
        data-testid="select-row"
        tabIndex={-1}
        checked={props.selected}
        aria-label={t('orders.selectRow', { id: row.orderId })}
        onClick={(e) => props.onCheck(e as unknown as MouseEvent, props.index, row.key)}
      />
      <div class="row-main">
        <div class="row-line1">
          <span class="row-product" title={row.productSummary}>
            {row.productSummary}
            {row.itemCount > 1 ? <span class="muted"> · {t('orders.items', { count: row.itemCount })}</span> : null}
          </span>
          <span class="row-date" title={t('det.orderedAt')}>
            {formatShortDateTime(row.orderedAt, zone, props.now)}
          </span>
          <span class="row-total">{formatMoney(row.total, props.locale)}</span>
        </div>
        <div class="row-line2">
          <span class="mono">{row.orderId}</span>
          <span class="row-recipient">{row.recipientName}</span>
          {deadline && row.shipBy ? (
            <span
              class={`chip deadline ${deadline}`}
              title={t('orders.shipBy', { time: formatShortDateTime(row.shipBy, zone, props.now) })}
            >
              {deadline === 'overdue'
                ? `${t('orders.overdue')} `
                : deadline === 'dueSoon'
                  ? `${t('orders.dueSoon')} `
                  : '~'}
              {formatShortDateTime(row.shipBy, zone, props.now)}
            </span>
          ) : null}
          {row.pendingAction ? (
            <span
              class={`chip state-${row.pendingAction.state}`}
              data-testid="row-action"
              data-state={row.pendingAction.state}
              title={pendingWords(row.pendingAction, t)}
            >
              {t(`orders.action.${baseAction(row.pendingAction.action)}` as MessageKey)}:{' '}
              {t(`orders.state.${row.pendingAction.state}` as MessageKey)}
            </span>
          ) : null}
          {props.tab === 'all' ? (
            <span class={`chip ws-${row.workState}`} data-testid="row-state">
              {/* A box a return took back shows as returned, never as cancelled (issue 14). */}
              {row.marketStatus === 'RETURNED' ? t('claims.returned') : t(orderStateKey(row))}
            </span>
          ) : null}
          {props.showAccount ? <span class="row-account">{row.accountLabel}</span> : null}
        </div>
      </div>
    </div>
  );
}
