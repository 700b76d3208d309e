import { useI18n } from '@/components/i18n';
import type { RestockLine } from '@/utils/protocol/messages/crossborder-restock';
import { yuan } from './format';

/** One 사입-linked option: its Coupang stock and pace, the 1688 SKU, and the quantity to buy (the seller edits it). */
export function RestockLineCard(props: {
  line: RestockLine;
  checked: boolean;
  qty: number;
  onCheck: (on: boolean) => void;
  onQty: (n: number) => void;
}) {
  const { t } = useI18n();
  const l = props.line;
  const name = [l.productName, l.optionName].filter(Boolean).join(' · ');
  return (
    <li
      class="xb-row rs-line"
      data-testid="rs-line"
      data-vendor-item-id={l.vendorItemId}
      data-seller-stock={l.sellerStock ?? ''}
      data-rg-stock={l.rg?.stock ?? ''}
      data-suggested={l.suggested}
    >
      <input
        type="checkbox"
        aria-label={`${t('rs.select')} ${name || l.vendorItemId}`}
        data-testid="rs-line-check"
        checked={props.checked}
        onChange={(e) => props.onCheck(e.currentTarget.checked)}
      />
      <div class="rs-main">
        <span class="xb-line1">
          <span class="grow">{name || l.vendorItemId}</span>
          {l.onSourcingList ? <span class="xb-badge">{t('rs.sourcing')}</span> : null}
        </span>
        <span class="muted small mono">
          {l.vendorItemId} → 1688 {l.offerId}
          {l.specId ? ` / ${l.specId}` : ''} · {t('rs.units', { count: l.unitsPerItem })}
          {l.unitCostFen !== undefined ? ` · ${t('rs.unitCost')} ${yuan(l.unitCostFen)}` : ''}
        </span>
        <dl class="rs-stats small">
          <dt>{t('rs.sellerStock')}</dt>
          <dd class="num" data-testid="rs-seller-stock">
            {l.sellerStock ?? '—'}
          </dd>
          {l.rg ? (
            <>
              <dt>{t('rs.rgStock')}</dt>
              <dd class="num" data-testid="rs-rg-stock">
                {l.rg.stock}
              </dd>
            </>
          ) : null}
          <dt>{t('rs.sales30')}</dt>
          <dd class="num">{l.rg ? l.rg.sales30 : l.sales30}</dd>
          <dt>{t('rs.cover')}</dt>
          <dd class="num" data-testid="rs-cover" data-days={l.daysOfCover ?? ''}>
            {l.daysOfCover !== undefined ? t('rs.coverDaysValue', { days: l.daysOfCover }) : t('rs.noSales')}
          </dd>
          <dt>{t('rs.onOrder')}</dt>
          <dd class="num" data-testid="rs-on-order">
            {l.onOrder}
          </dd>
        </dl>
        <label class="rs-qty">
          <span>{t('rs.qty')}</span>
          <input
            type="number"
            min={0}
            max={100000}
            inputMode="numeric"
            data-testid="rs-qty"
            value={props.qty}
            onInput={(e) => {
              const n = Math.max(0, Math.floor(Number(e.currentTarget.value) || 0));
              props.onQty(n);
            }}
          />
          <span class="muted small" data-testid="rs-qty-1688" data-quantity={props.qty * l.unitsPerItem}>
            {t('rs.qty1688', { count: props.qty * l.unitsPerItem })}
          </span>
        </label>
      </div>
    </li>
  );
}
