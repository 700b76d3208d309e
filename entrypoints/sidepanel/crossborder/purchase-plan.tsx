import { useState } from 'preact/hooks';
import { useAsync, useI18n } from '@/components/i18n';
import { shipmentIdOf } from '@/utils/domain/keys';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { PurchaseStatus } from '@/utils/protocol/messages/alibaba';
import { formatWon } from '@/utils/ui/format';
import { yuan } from './format';
import { useSetup } from './use-flow';
import { XbError } from './xb-error';

/** A priced plan as the view shows it: one group per supplier, what was left out and why. */
export interface PlanView {
  planId: string;
  krwPerCny: number;
  groups: Array<{
    supplierName: string;
    /** Coupang orders (구매대행) or options (사입) in the group. */
    count: number;
    goodsFen: number;
    freightFen: number;
    totalFen: number;
    totalKrw: number;
    orderable: boolean;
    /** The Coupang lines this supplier's purchase fills (구매대행): an order may be split over groups. */
    orderLines?: Array<{ orderKey: string; orderId: string; lineId: string; productName: string; quantity: number }>;
  }>;
  skipped: Array<{ id: string; label: string; reason: string }>;
}

/** Where a plan comes from and how it is confirmed: the 구매대행 flow or the 사입 restock plan. */
export interface PlanSource {
  preview: (addressId: string, alibabaAccountKey: string) => Promise<PlanView>;
  create: (planId: string, confirmKey: string) => Promise<PurchaseStatus[]>;
  /** The words of a group's count ({count} Coupang orders / options). */
  countKey: MessageKey;
}

/** The 구매대행 flow's plan: the selected Coupang orders. */
export function flowPlanSource(orderKeys: string[]): PlanSource {
  return {
    preview: async (addressId, alibabaAccountKey) => {
      const p = await send('crossborder.preview', { orderKeys, addressId, alibabaAccountKey });
      return {
        planId: p.planId,
        krwPerCny: p.krwPerCny,
        groups: p.groups.map((g) => ({ ...g, count: g.orders.length, orderLines: g.lines })),
        skipped: p.skipped.map((x) => ({
          id: x.orderKey,
          label: x.orderId ?? shipmentIdOf(x.orderKey),
          reason: x.reason,
        })),
      };
    },
    create: async (planId, confirmKey) => (await send('crossborder.create', { planId, confirmKey })).purchases,
    countKey: 'xb.plan.orders',
  };
}

function PlanGroups(props: { plan: PlanView; countKey: MessageKey }) {
  const { t, locale } = useI18n();
  return (
    <>
      {props.plan.groups.map((g, i) => (
        <section key={i} class="xb-card" data-testid="xb-plan-group" data-total-fen={g.totalFen}>
          <h3>{g.supplierName}</h3>
          <p class="muted small">{t(props.countKey, { count: g.count })}</p>
          {g.orderLines?.length ? (
            <ul class="xb-plan-lines">
              {g.orderLines.map((l) => (
                <li key={`${l.orderKey}/${l.lineId}`} data-testid="xb-plan-line" data-order-key={l.orderKey}>
                  <span class="mono">{l.orderId}</span> {l.productName} <span class="num">×{l.quantity}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <dl class="kv">
            <dt>{t('xb.plan.goods')}</dt>
            <dd class="num">{yuan(g.goodsFen)}</dd>
            <dt>{t('xb.plan.freight')}</dt>
            <dd class="num">{yuan(g.freightFen)}</dd>
            <dt>{t('xb.plan.total')}</dt>
            <dd class="num" data-testid="xb-plan-total" data-krw={g.totalKrw}>
              <strong>{yuan(g.totalFen)}</strong> · {formatWon(g.totalKrw, locale)}
            </dd>
          </dl>
          {!g.orderable ? <p class="xb-warn">{t('xb.plan.notOrderable')}</p> : null}
        </section>
      ))}
      {props.plan.skipped.length ? (
        <section class="xb-card" data-testid="xb-plan-skipped">
          <h3>{t('xb.plan.skipped')}</h3>
          <ul class="small">
            {props.plan.skipped.map((s) => (
              <li key={s.id} data-testid="xb-skipped" data-reason={s.reason}>
                <span class="mono">{s.label}</span> — {t(`xb.skip.${s.reason}` as 'xb.skip.notCached')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * Preview → confirm of the 1688 purchases of a plan source (the selected Coupang orders, or the
 * restock quantities): ship-to is an address from the seller's book (never a customer's), amounts
 * in yuan and won at the stored rate, one confirmation key per confirm (a double click creates
 * nothing twice).
 */
export function PurchasePlan(props: { source: PlanSource; onClose: () => void }) {
  const { t } = useI18n();
  const setup = useSetup();
  const accounts = useAsync(() => send('connections.list', {}), []);
  const members = (accounts.value?.accounts ?? []).filter((a) => a.marketplace === 'alibaba');
  const addresses = setup.value?.addresses ?? [];
  const [addressId, setAddressId] = useState<string>();
  const [member, setMember] = useState<string>();
  const [plan, setPlan] = useState<PlanView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<PurchaseStatus[]>();
  const [confirmKey] = useState(() => crypto.randomUUID());
  const address = addressId ?? addresses[0]?.id;
  const account = member ?? members[0]?.accountKey;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const orderable = plan?.groups.filter((g) => g.orderable).length ?? 0;
  return (
    <div class="xb-plan" data-testid="xb-plan">
      <h2>{t('xb.plan.title')}</h2>
      {setup.value && !addresses.length ? <p class="xb-warn">{t('xb.plan.noAddress')}</p> : null}
      {accounts.value && !members.length ? <p class="xb-warn">{t('xb.plan.noMember')}</p> : null}
      <div class="xb-form">
        <label>
          {t('xb.plan.address')}
          <select data-testid="xb-plan-address" value={address} onChange={(e) => setAddressId(e.currentTarget.value)}>
            {addresses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label} · {a.address.cityText}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('xb.plan.member')}
          <select data-testid="xb-plan-member" value={account} onChange={(e) => setMember(e.currentTarget.value)}>
            {members.map((m) => (
              <option key={m.accountKey} value={m.accountKey}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!plan ? (
        <div class="xb-bar">
          <button type="button" onClick={props.onClose}>
            {t('xb.plan.cancel')}
          </button>
          <button
            type="button"
            class="primary"
            data-testid="xb-plan-run"
            disabled={busy || !address || !account}
            onClick={() => void run(async () => setPlan(await props.source.preview(address!, account!)))}
          >
            {t('xb.preview')}
          </button>
        </div>
      ) : null}
      <XbError error={error} testid="xb-plan-error" />
      {plan ? (
        <>
          <p class="muted small" data-testid="xb-plan-rate">
            {t('xb.plan.rate', { rate: plan.krwPerCny })}
          </p>
          {!plan.groups.length ? <p class="muted">{t('xb.plan.noGroups')}</p> : null}
          <PlanGroups plan={plan} countKey={props.source.countKey} />
          {result ? (
            <ul class="xb-results" data-testid="xb-plan-results">
              {result.map((r) => (
                <li key={r.idempotencyKey} data-testid="xb-plan-result" data-state={r.state}>
                  {t('xb.plan.created')} · {t(`xb.create.${r.state}`)}
                  {r.orderId ? <span class="mono"> 1688 {r.orderId}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <div class="xb-bar">
            <button type="button" data-testid="xb-plan-close" onClick={props.onClose}>
              {result ? t('xb.detail.back') : t('xb.plan.cancel')}
            </button>
            {!result ? (
              <button
                type="button"
                class="primary"
                data-testid="xb-plan-confirm"
                disabled={busy || orderable === 0}
                onClick={() =>
                  void run(async () => {
                    setResult(await props.source.create(plan.planId, confirmKey));
                  })
                }
              >
                {t('xb.plan.confirm', { count: orderable })}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
