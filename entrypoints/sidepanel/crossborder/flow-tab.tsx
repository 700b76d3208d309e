import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { FLOW_STATES, type FlowRow, type FlowState } from '@/utils/protocol/messages/crossborder';
import { formatShortDateTime } from '@/utils/ui/format';
import { toggled } from './format';
import { OrderDetail } from './order-detail';
import { flowPlanSource, PurchasePlan } from './purchase-plan';
import { useFlow } from './use-flow';
import { XbError } from './xb-error';

function CustomsBadge(props: { row: FlowRow }) {
  const { t } = useI18n();
  if (props.row.customs === 'ok') return null;
  return (
    <span class="xb-badge danger" data-testid="xb-customs-flag" data-customs={props.row.customs}>
      {t(props.row.customs === 'missing' ? 'xb.customs.missing' : 'xb.customs.malformed')}
    </span>
  );
}

/** The 1688 order behind a row; several (one per supplier) as a count, their ids in the detail. */
function PurchaseIds(props: { row: FlowRow }) {
  const { t } = useI18n();
  const ids = props.row.purchases.flatMap((p) => (p.orderId ? [p.orderId] : []));
  if (!ids.length) return null;
  return (
    <span
      class={ids.length === 1 ? 'mono small' : 'small'}
      data-testid="xb-row-purchases"
      data-count={ids.length}
      title={ids.join(', ')}
    >
      {ids.length === 1 ? `1688 ${ids[0]}` : t('xb.row.purchases', { count: ids.length })}
    </span>
  );
}

function Row(props: { row: FlowRow; checked: boolean; onCheck?: (v: boolean) => void; onOpen: () => void }) {
  const { t } = useI18n();
  const r = props.row;
  // A create not (yet) through: the first purchase whose create is queued, unsure or failed.
  const create = r.purchases.map((p) => p.createState).find((s) => s && s !== 'succeeded');
  return (
    <li class="xb-row" data-testid="xb-row" data-order-key={r.orderKey} data-state={r.state}>
      {props.onCheck ? (
        <input
          type="checkbox"
          aria-label={t('xb.select')}
          data-testid="xb-row-check"
          checked={props.checked}
          onChange={(e) => props.onCheck?.(e.currentTarget.checked)}
        />
      ) : null}
      <button type="button" class="xb-row-main" data-testid="xb-row-open" onClick={props.onOpen}>
        <span class="xb-line1">
          <span class="mono">{r.orderId}</span>
          <span class="muted small">{formatShortDateTime(r.orderedAt, 'KST')}</span>
          <CustomsBadge row={r} />
        </span>
        <span class="xb-line2">
          <span class="ellipsis">{r.productSummary}</span>
          <span class="num">×{r.quantity}</span>
          <span class="muted">{r.recipientName}</span>
          <PurchaseIds row={r} />
          {create ? <span class={`small state-${create}`}>{t(`xb.create.${create}` as MessageKey)}</span> : null}
        </span>
      </button>
    </li>
  );
}

/** The 구매대행 stages as tabs with counts, the orders of one stage, selection → 1688 purchase preview. */
export function FlowTab() {
  const { t } = useI18n();
  const flow = useFlow();
  const [tab, setTab] = useState<FlowState>('toPurchase');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [planning, setPlanning] = useState(false);
  const [open, setOpen] = useState<string>();
  const data = flow.value;
  const rows = (data?.rows ?? []).filter((r) => r.state === tab);

  if (open) return <OrderDetail orderKey={open} onBack={() => setOpen(undefined)} onChanged={() => flow.reload()} />;
  if (planning)
    return (
      <PurchasePlan
        source={flowPlanSource([...selected])}
        onClose={() => {
          setPlanning(false);
          setSelected(new Set());
          flow.reload();
        }}
      />
    );
  const selectable = tab === 'toPurchase';
  const toggle = (key: string, on: boolean) => setSelected(toggled(selected, key, on));
  return (
    <div data-testid="xb-flow" data-loading={flow.loading}>
      <div class="tabs xb-states" role="tablist">
        {FLOW_STATES.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            class={tab === s ? 'tab current' : 'tab'}
            aria-selected={tab === s}
            data-testid={`xb-state-${s}`}
            data-count={data?.counts[s] ?? 0}
            onClick={() => {
              setTab(s);
              setSelected(new Set());
            }}
          >
            <span class="tab-label">{t(`xb.state.${s}`)}</span>
            <span class="count">{data?.counts[s] ?? 0}</span>
          </button>
        ))}
      </div>
      {flow.error ? <XbError error={flow.error} /> : null}
      {data && data.customsIssues > 0 ? (
        <p class="xb-warn" role="status" data-testid="xb-customs-issues" data-count={data.customsIssues}>
          {t('xb.flow.customsIssues', { count: data.customsIssues })}
        </p>
      ) : null}
      {selectable && rows.length ? (
        <div class="xb-bar">
          <label>
            <input
              type="checkbox"
              data-testid="xb-select-all"
              checked={rows.length > 0 && rows.every((r) => selected.has(r.orderKey))}
              onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.orderKey)) : new Set())}
            />{' '}
            {t('xb.selectAll')}
          </label>
          <span class="muted small">{t('xb.selected', { count: selected.size })}</span>
          <span class="spacer" />
          <button
            type="button"
            class="primary"
            data-testid="xb-preview"
            disabled={selected.size === 0}
            onClick={() => setPlanning(true)}
          >
            {t('xb.preview')}
          </button>
        </div>
      ) : null}
      {data && !rows.length ? <p class="muted">{t('xb.flow.empty')}</p> : null}
      {!data && flow.loading ? <p class="muted">{t('xb.loading')}</p> : null}
      <ul class="xb-list" data-testid="xb-list">
        {rows.map((r) => (
          <Row
            key={r.orderKey}
            row={r}
            checked={selected.has(r.orderKey)}
            {...(selectable ? { onCheck: (v: boolean) => toggle(r.orderKey, v) } : {})}
            onOpen={() => setOpen(r.orderKey)}
          />
        ))}
      </ul>
    </div>
  );
}
