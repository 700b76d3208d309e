import { LogisticsTrace } from '@/components/alibaba/logistics-trace';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { PurchaseLinkView } from '@/utils/protocol/messages/crossborder';
import { formatDateTime } from '@/utils/ui/format';
import { statusWords } from './format';

export interface DetailLine {
  lineId: string;
  productName: string;
  optionName?: string;
  quantity: number;
  purchaseRef?: string;
}

/** The words of a purchase's 1688 status, or of its create while 1688 has not shown the order yet. */
function statusOf(t: ReturnType<typeof useI18n>['t'], p: PurchaseLinkView): string {
  if (p.status) return statusWords(t, p.status) ?? p.status;
  return p.createState ? t(`xb.create.${p.createState}` as MessageKey) : '—';
}

/**
 * One 1688 purchase of the order (one per supplier): its order id, status and stage, the Coupang
 * lines it fills, the supplier → forwarder trace, and the seller's arrival mark for its parcel.
 */
function PurchaseCard(props: {
  p: PurchaseLinkView;
  index: number;
  count: number;
  lines: readonly DetailLine[];
  onMark: (ref: string, arrived: boolean) => void;
}) {
  const { t } = useI18n();
  const { p } = props;
  const filled = p.lineIds.length ? props.lines.filter((l) => p.lineIds.includes(l.lineId)) : props.lines;
  return (
    <section
      class="xb-card xb-purchase"
      data-testid="xb-purchase"
      data-ref={p.ref}
      data-order-id={p.orderId ?? ''}
      data-stage={p.stage}
    >
      <h3>
        {props.count > 1
          ? t('xb.detail.purchaseN', { n: props.index + 1, count: props.count })
          : t('xb.detail.purchase')}{' '}
        <span class={`xb-badge xb-stage-${p.stage}`}>{t(`xb.state.${p.stage}`)}</span>
      </h3>
      <dl class="kv">
        <dt>{t('xb.detail.purchase')}</dt>
        <dd class={p.orderId ? 'mono' : undefined} data-testid="xb-detail-purchase" data-order-id={p.orderId ?? ''}>
          {p.orderId ?? t('xb.detail.noPurchase')}
        </dd>
        <dt>{t('xb.detail.purchaseStatus')}</dt>
        <dd data-testid="xb-detail-purchase-status" data-status={p.status ?? ''}>
          {statusOf(t, p)}
          {p.stage === 'toPurchase' && p.createResult?.code ? (
            <span class="muted small mono" data-testid="xb-purchase-refusal">
              {' '}
              ({p.createResult.code})
            </span>
          ) : null}
        </dd>
        <dt>{t('xb.detail.fills')}</dt>
        <dd>
          <ul class="xb-fills small">
            {filled.map((l) => (
              <li key={l.lineId}>
                {l.productName}
                {l.optionName ? ` · ${l.optionName}` : ''} <span class="num">×{l.quantity}</span>
              </li>
            ))}
          </ul>
        </dd>
        {p.arrivedAt !== undefined ? (
          <>
            <dt />
            <dd>{t('xb.detail.arrivedAt', { time: formatDateTime(p.arrivedAt, 'KST') })}</dd>
          </>
        ) : null}
      </dl>
      {p.orderKey ? (
        <details class="xb-trace" data-testid="xb-trace" open={props.count === 1}>
          <summary>{t('xb.detail.trace')}</summary>
          <LogisticsTrace orderKey={p.orderKey} />
        </details>
      ) : null}
      {props.count > 1 && (p.stage === 'toPay' || p.stage === 'supplierShipping') ? (
        <button type="button" data-testid="xb-purchase-arrived" onClick={() => props.onMark(p.ref, true)}>
          {t('xb.detail.markOneArrived')}
        </button>
      ) : null}
      {props.count > 1 && p.arrivedAt !== undefined ? (
        <button type="button" data-testid="xb-purchase-unarrived" onClick={() => props.onMark(p.ref, false)}>
          {t('xb.detail.unmarkArrived')}
        </button>
      ) : null}
    </section>
  );
}

/** The order's 1688 purchases, and a warning for its lines no purchase fills yet. */
export function PurchaseCards(props: {
  purchases: readonly PurchaseLinkView[];
  lines: readonly DetailLine[];
  unfilled: number;
  onMark: (ref: string, arrived: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="xb-purchases" data-testid="xb-purchases" data-count={props.purchases.length}>
      {props.unfilled > 0 && props.purchases.length ? (
        <p class="xb-warn" data-testid="xb-unfilled" data-count={props.unfilled}>
          {t('xb.detail.unfilled', { count: props.unfilled })}
        </p>
      ) : null}
      {props.purchases.map((p, i) => (
        <PurchaseCard
          key={p.ref}
          p={p}
          index={i}
          count={props.purchases.length}
          lines={props.lines}
          onMark={props.onMark}
        />
      ))}
    </div>
  );
}
