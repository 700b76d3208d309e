import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { indexKey, useVirtualizer } from '@/components/use-virtualizer';
import type { MessageKey } from '@/utils/i18n';
import type { OptionRow } from '@/utils/protocol/messages/products';
import { formatCount, formatWon } from '@/utils/ui/format';
import type { ProductsList } from './use-products';

export const PRODUCT_ROW_HEIGHT = 46;

// Module-level, like indexKey: see use-virtualizer.ts.
const rowSize = () => PRODUCT_ROW_HEIGHT;

/**
 * The virtualized option list: fixed-height rows, only the visible ones rendered, rows fetched a
 * block at a time. One focusable listbox: arrows move the active row, Enter (or a click) opens the
 * option's edit form.
 */
export function ProductList(props: {
  list: ProductsList;
  active: number;
  onActive: (i: number) => void;
  onOpen: (row: OptionRow) => void;
}) {
  const { t } = useI18n();
  const { list } = props;
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
  }, [first, last, list.total]);

  // Enter on a row still on its way (the list's first answer, or the block End just scrolled to)
  // opens it when it arrives, unless the seller moved on meanwhile: a key typed early is not lost.
  const openWhenIn = useRef<number | undefined>(undefined);
  useEffect(() => {
    const i = openWhenIn.current;
    if (i === undefined) return;
    const row = list.rowAt(i);
    const gone = i !== props.active || list.error !== undefined || (list.loaded && i >= list.total);
    if (gone || row) openWhenIn.current = undefined;
    if (!gone && row?.vendorItemId) props.onOpen(row);
  });

  const moveTo = (i: number) => {
    const index = Math.max(0, Math.min(list.total - 1, i));
    props.onActive(index);
    v.scrollToIndex(index, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / PRODUCT_ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(props.active + 1),
      ArrowUp: () => moveTo(props.active - 1),
      PageDown: () => moveTo(props.active + page),
      PageUp: () => moveTo(props.active - page),
      Home: () => moveTo(0),
      End: () => moveTo(list.total - 1),
      Enter: () => {
        const row = list.rowAt(props.active);
        if (!row) openWhenIn.current = props.active;
        else if (row.vendorItemId) props.onOpen(row);
      },
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    openWhenIn.current = undefined;
    run();
  };

  return (
    <div
      ref={scrollRef}
      class="product-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={t('products.list.label')}
      aria-activedescendant={list.total ? `product-${props.active}` : undefined}
      data-testid="product-list"
      onKeyDown={onKeyDown}
    >
      <div class="product-spacer" style={{ height: `${v.getTotalSize()}px` }}>
        {items.map((item) => {
          const row = list.rowAt(item.index);
          return (
            <ProductRow
              key={item.key}
              index={item.index}
              row={row}
              active={item.index === props.active}
              style={{ transform: `translateY(${item.start}px)`, height: `${PRODUCT_ROW_HEIGHT}px` }}
              onClick={() => {
                openWhenIn.current = undefined;
                props.onActive(item.index);
                if (row?.vendorItemId) props.onOpen(row);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}

function ProductRow(props: {
  index: number;
  row: OptionRow | undefined;
  active: boolean;
  style: Record<string, string>;
  onClick: () => void;
}) {
  const { t, locale } = useI18n();
  const { row } = props;
  if (!row) return <div class="product-row loading" style={props.style} aria-hidden="true" />;
  const sale =
    row.stock === 0 ? 'soldOut' : row.onSale === true ? 'onSale' : row.onSale === false ? 'stopped' : undefined;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox container handles the keyboard (Enter opens)
    <div
      id={`product-${props.index}`}
      class={props.active ? 'product-row active' : 'product-row'}
      style={props.style}
      role="option"
      tabIndex={-1}
      aria-selected={props.active}
      data-testid="product-row"
      data-vendor-item-id={row.vendorItemId ?? ''}
      data-state={row.state}
      onClick={props.onClick}
    >
      <div class="product-line1">
        <span class="product-name" title={`${row.productName} · ${row.itemName}`}>
          {row.productName}
          {row.itemName ? <span class="muted"> · {row.itemName}</span> : null}
        </span>
        <span class="num product-price" data-testid="product-price">
          {row.salePrice !== undefined ? formatWon(row.salePrice, locale) : '–'}
        </span>
      </div>
      <div class="product-line2">
        {row.state !== 'APPROVED' ? (
          <span class={`chip pstate-${row.state}`} title={row.rejection}>
            {t(`products.state.${row.state}` as MessageKey)}
          </span>
        ) : null}
        {row.rejection ? (
          // A rejected product has no option ID yet: the reason takes the line (full text on hover).
          <span class="product-rejection" data-testid="product-rejection" title={row.rejection}>
            {t('products.rejection', { reason: row.rejection })}
          </span>
        ) : (
          // The IDs give way (cut with …) so the stock and sale status at the end always show.
          <span class="product-ids">
            <span class="mono">{row.vendorItemId ?? t('products.noOptionId')}</span>
            {row.sellerSku ? <span class="mono muted">{row.sellerSku}</span> : null}
          </span>
        )}
        {row.autoGenerated ? (
          <span class="chip" title={t('products.autoGenerated')}>
            A
          </span>
        ) : null}
        {row.stock !== undefined ? (
          <span class="num" data-testid="product-stock">
            {t('products.col.stock')} {formatCount(row.stock)}
          </span>
        ) : null}
        {sale ? (
          <span class={`chip sale-${sale}`} data-testid="product-sale">
            {t(`products.sale.${sale}`)}
          </span>
        ) : null}
      </div>
    </div>
  );
}
