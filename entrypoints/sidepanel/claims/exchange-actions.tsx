import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { ExchangeAction } from '@/utils/domain/claim-status';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { ExchangeRow } from '@/utils/protocol/messages/claims';
import { ActionButtons } from './claim-list';
import { InvoiceFields, type InvoiceInput } from './invoice-fields';
import type { ClaimActionRunner } from './use-claim-action';

const REASONS = ['SOLDOUT', 'WITHDRAW'] as const;

/**
 * 입고확인, 교환거부 with a reason, and the replacement invoice, offered only once collection is
 * complete and Coupang has issued the new box (the reason it waits is shown instead).
 */
export function ExchangeActions(props: { accountKey: string; row: ExchangeRow; action: ClaimActionRunner }) {
  const { t } = useI18n();
  const x = props.row;
  const [picked, setPicked] = useState<ExchangeAction>();
  const [reason, setReason] = useState<(typeof REASONS)[number]>('SOLDOUT');
  const [invoice, setInvoice] = useState<InvoiceInput>({ courierCode: '', trackingNumber: '' });
  const { action, accountKey } = props;
  const offered = x.actions;

  const lookup = async () => {
    const { rows } = await send('claims.exchanges', { accountKey });
    const now = rows.find((r) => r.exchangeId === x.exchangeId);
    return now ? t(`claims.exchangeStatus.${now.status}` as MessageKey) : undefined;
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (!picked) return;
    void action.start(
      `${t(`claims.action.${picked}` as MessageKey)} · ${t('claims.exchangeNo', { id: x.exchangeId })}`,
      () =>
        send('claims.exchangeAction', {
          accountKey,
          exchangeId: x.exchangeId,
          action: picked,
          ...(picked === 'reject' ? { rejectReason: reason } : {}),
          ...(picked === 'uploadInvoice' ? invoice : {}),
        }),
      lookup,
    );
  };

  return (
    <div class="claim-actions">
      <ActionButtons actions={offered} picked={picked} onPick={setPicked} />
      {x.invoiceBlock && x.invoiceBlock !== 'closed' ? (
        <p class="small muted" data-testid="exchange-invoice-block" data-block={x.invoiceBlock}>
          {t('claims.replacementInvoice')}: {t(`claims.block.${x.invoiceBlock}` as MessageKey)}
        </p>
      ) : null}
      {!offered.length ? <p class="muted small">{t('claims.noActions')}</p> : null}
      {picked && offered.includes(picked) ? (
        <form class="claim-form" onSubmit={submit} data-testid="claim-form">
          {picked === 'reject' ? (
            <label>
              <span class="small muted">{t('claims.rejectReason')}</span>
              <select
                data-testid="claim-reject-reason"
                value={reason}
                onChange={(e) => setReason((e.target as HTMLSelectElement).value as (typeof REASONS)[number])}
              >
                {REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`claims.reject.${r}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {picked === 'uploadInvoice' ? <InvoiceFields value={invoice} onChange={setInvoice} /> : null}
          <button type="submit" class="primary" data-testid="claim-submit" disabled={action.busy}>
            {t(`claims.action.${picked}` as MessageKey)}
          </button>
        </form>
      ) : null}
    </div>
  );
}
