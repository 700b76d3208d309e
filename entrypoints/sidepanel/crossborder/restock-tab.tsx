import { useEffect, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { formatShortDateTime } from '@/utils/ui/format';
import { toggled } from './format';
import { type PlanSource, PurchasePlan } from './purchase-plan';
import { RestockLineCard } from './restock-lines';
import { RestockPurchases } from './restock-purchases';
import { XbError } from './xb-error';

/** The restock plan's quantities → its 1688 preview and confirmation (the flow's plan view). */
function restockPlanSource(lines: { vendorItemId: string; items: number }[]): PlanSource {
  return {
    preview: async (addressId, alibabaAccountKey) => {
      const p = await send('restock.preview', { lines, addressId, alibabaAccountKey });
      return {
        planId: p.planId,
        krwPerCny: p.krwPerCny,
        groups: p.groups.map((g) => ({ ...g, count: g.lines.length })),
        skipped: p.skipped.map((x) => ({ id: x.vendorItemId, label: x.vendorItemId, reason: x.reason })),
      };
    },
    create: async (planId, confirmKey) => (await send('restock.create', { planId, confirmKey })).purchases,
    countKey: 'rs.plan.options',
  };
}

function CoverDays(props: { value: number; onSaved: () => void }) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(props.value));
  const [error, setError] = useState<unknown>();
  useEffect(() => setDays(String(props.value)), [props.value]);
  const save = () => {
    setError(undefined);
    send('settings.update', { restock: { coverDays: Number(days) } }).then(props.onSaved, setError);
  };
  return (
    <div class="xb-bar">
      <label class="rs-cover-days">
        {t('rs.coverDays')}{' '}
        <input
          type="number"
          min={1}
          max={365}
          data-testid="rs-cover-days"
          value={days}
          onInput={(e) => setDays(e.currentTarget.value)}
        />
      </label>
      <button type="button" data-testid="rs-cover-save" onClick={save}>
        {t('rs.save')}
      </button>
      <XbError error={error} testid="rs-settings-error" />
    </div>
  );
}

/** 재고 보충: 사입-linked options with Coupang stock and days of cover → 1688 purchases for stock → received. */
export function RestockTab() {
  const { t } = useI18n();
  const plan = useAsync(() => send('restock.plan', {}), []);
  useEvent(['orders.changed', 'outbox.changed', 'data.wiped', 'accounts.changed'], () => plan.reload());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [qty, setQty] = useState<Record<string, number>>({});
  const [planning, setPlanning] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<unknown>();
  const data = plan.value;
  const lines = data?.lines ?? [];
  const qtyOf = (id: string) => qty[id] ?? lines.find((l) => l.vendorItemId === id)?.suggested ?? 0;
  const picks = lines
    .filter((l) => selected.has(l.vendorItemId) && qtyOf(l.vendorItemId) > 0)
    .map((l) => ({ vendorItemId: l.vendorItemId, items: qtyOf(l.vendorItemId) }));

  if (planning)
    return (
      <PurchasePlan
        source={restockPlanSource(picks)}
        onClose={() => {
          setPlanning(false);
          setSelected(new Set());
          setQty({});
          plan.reload();
        }}
      />
    );
  const refresh = () => {
    setRefreshing(true);
    setError(undefined);
    send('restock.refresh', {})
      .then(() => plan.reload(), setError)
      .finally(() => setRefreshing(false));
  };
  const toggle = (id: string, on: boolean) => setSelected(toggled(selected, id, on));
  return (
    <div data-testid="rs-plan" data-loading={plan.loading}>
      {data ? <CoverDays value={data.coverDays} onSaved={() => plan.reload()} /> : null}
      <div class="xb-bar" hidden={!lines.length}>
        <button type="button" data-testid="rs-refresh" disabled={refreshing} onClick={refresh}>
          {refreshing ? t('rs.refreshing') : t('rs.refresh')}
        </button>
        <span class="muted small" data-testid="rs-stock-at" data-fetched={data?.stockFetchedAt ?? ''}>
          {data?.stockFetchedAt ? t('rs.stockAt', { time: formatShortDateTime(data.stockFetchedAt, 'KST') }) : ''}
        </span>
      </div>
      {data && data.stockFetchedAt === undefined && lines.length ? <p class="xb-warn">{t('rs.stockNever')}</p> : null}
      <XbError error={error ?? plan.error} testid="rs-error" />
      {!data && plan.loading ? <p class="muted">{t('xb.loading')}</p> : null}
      {data && !lines.length ? <p class="muted">{t('rs.empty')}</p> : null}
      {lines.length ? <p class="muted small">{t('rs.howCover')}</p> : null}
      <ul class="xb-list" data-testid="rs-lines">
        {lines.map((l) => (
          <RestockLineCard
            key={l.vendorItemId}
            line={l}
            checked={selected.has(l.vendorItemId)}
            qty={qtyOf(l.vendorItemId)}
            onCheck={(on) => toggle(l.vendorItemId, on)}
            onQty={(n) => setQty({ ...qty, [l.vendorItemId]: n })}
          />
        ))}
      </ul>
      {lines.length ? (
        <div class="xb-bar">
          <span class="muted small">{t('rs.selected', { count: picks.length })}</span>
          <span class="spacer" />
          <button
            type="button"
            class="primary"
            data-testid="rs-preview"
            disabled={picks.length === 0}
            onClick={() => setPlanning(true)}
          >
            {t('rs.preview')}
          </button>
        </div>
      ) : null}
      {data ? (
        <RestockPurchases
          purchases={data.purchases}
          nameOf={(id) => {
            const l = lines.find((x) => x.vendorItemId === id);
            return l ? [l.productName, l.optionName].filter(Boolean).join(' · ') || undefined : undefined;
          }}
          onChanged={() => plan.reload()}
        />
      ) : null}
    </div>
  );
}
