import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { PurchaseStatus } from '@/utils/protocol/messages/alibaba';
import { formatMoney } from '@/utils/ui/format';
import { FINAL_STATES } from './use-purchase-flow';

/** Result codes of a create still on its way (no answer yet), as opposed to one being looked up. */
const IN_FLIGHT = new Set(['SENDING']);

/** 1688's answer did not prove the outcome: Crossdock is looking the order up (never "not created" yet). */
function isChecking(status: PurchaseStatus | undefined): boolean {
  return (
    status?.state === 'sending' && status.result?.outcome === 'unknown' && !IN_FLIGHT.has(status.result.code ?? '')
  );
}

/** Step 3: the outbox item of the create, until it is final: the new order id, a failure with its fix, or "unknown". */
export function ResultStep(props: {
  status: PurchaseStatus | undefined;
  onOpenOrder?: (orderKey: string) => void;
  onStartOver: () => void;
}) {
  const { t } = useI18n();
  const { status } = props;
  return (
    <div
      class="purchase-result card"
      data-testid="purchase-status"
      data-state={status?.state ?? 'queued'}
      data-checking={isChecking(status) ? 'true' : 'false'}
      data-order-id={status?.orderId ?? ''}
    >
      <StateText status={status} />
      {status?.failedOffers?.length ? (
        <p class="warn">
          {t('alibaba.po.partial', { offers: status.failedOffers.map((f) => f.offerId ?? '?').join(', ') })}
        </p>
      ) : null}
      <div class="row">
        {status?.orderKey && props.onOpenOrder ? (
          <button type="button" data-testid="purchase-open-order" onClick={() => props.onOpenOrder?.(status.orderKey!)}>
            {t('alibaba.po.openOrder')}
          </button>
        ) : null}
        {FINAL_STATES.has(status?.state ?? '') ? (
          <button type="button" data-testid="purchase-new" onClick={props.onStartOver}>
            {t('alibaba.po.newOrder')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function StateText(props: { status: PurchaseStatus | undefined }) {
  const { t, locale } = useI18n();
  const s = props.status;
  if (s?.state === 'succeeded' && s.orderId) {
    return (
      <p class="ok">
        <span data-testid="purchase-result-text">{t('alibaba.po.state.succeeded', { id: s.orderId })}</span>
        {s.total ? <strong> {formatMoney(s.total, locale)}</strong> : null}
      </p>
    );
  }
  if (s?.state === 'failed') {
    return (
      <>
        <p class="error">{t('alibaba.po.state.failed')}</p>
        <ErrorText
          error={{ kind: s.result?.code, code: s.result?.code, message: s.result?.message }}
          testid="purchase-error"
        />
      </>
    );
  }
  if (s?.state === 'unknown') return <p class="warn">{t('alibaba.po.state.unknown')}</p>;
  const key = isChecking(s)
    ? 'alibaba.po.state.checking'
    : s?.state === 'sending'
      ? 'alibaba.po.state.sending'
      : 'alibaba.po.state.queued';
  return <p class="muted">{t(key)}</p>;
}
