import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { ConfirmStep } from './confirm-step';
import { EditStep } from './edit-step';
import { ResultStep } from './result-step';
import { usePurchaseFlow } from './use-purchase-flow';
import './purchase.css';

/**
 * A 1688 purchase order from the side panel (issue #5): edit → confirm → result, one file per
 * step; the state and the rules (one idempotency key per confirmation, the create through the
 * background's durable outbox) are in use-purchase-flow.ts.
 */
export function PurchaseOrderView(props: {
  onBack?: () => void;
  onOpenOrder?: (orderKey: string) => void;
  offerId?: string;
}) {
  const { t } = useI18n();
  const flow = usePurchaseFlow(props.offerId);
  const { step } = flow;
  return (
    <div class="view purchase" data-testid="purchase-view">
      <div class="view-head">
        {props.onBack ? (
          <button type="button" data-testid="purchase-back" onClick={props.onBack}>
            ← {t('alibaba.po.back')}
          </button>
        ) : null}
        <h2>{t('alibaba.po.title')}</h2>
      </div>
      {flow.accounts.value && flow.members.length === 0 ? (
        <p class="muted" data-testid="purchase-no-account">
          {t('alibaba.po.noAccount')}
        </p>
      ) : null}
      {step.kind === 'edit' && flow.members.length > 0 ? <EditStep flow={flow} /> : null}
      {step.kind === 'confirm' ? <ConfirmStep flow={flow} preview={step.preview} /> : null}
      {step.kind === 'result' ? (
        <ResultStep status={flow.status} onOpenOrder={props.onOpenOrder} onStartOver={flow.startOver} />
      ) : null}
      <ErrorText error={flow.error} testid="purchase-form-error" />
    </div>
  );
}
