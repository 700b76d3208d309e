import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { ReturnAction } from '@/utils/domain/claim-status';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { ReturnRow } from '@/utils/protocol/messages/claims';
import { ActionButtons } from './claim-list';
import { InvoiceFields, type InvoiceInput } from './invoice-fields';
import type { ClaimActionRunner } from './use-claim-action';

const NEEDS_INVOICE: readonly ReturnAction[] = ['alreadyShipped', 'pickupInvoice'];

/** The actions the return's tab allows; each opens its small form, sends through the outbox, shows its own result. */
export function ReturnActions(props: { accountKey: string; row: ReturnRow; action: ClaimActionRunner }) {
  const { t } = useI18n();
  const r = props.row;
  const [picked, setPicked] = useState<ReturnAction>();
  const [invoice, setInvoice] = useState<InvoiceInput>({ courierCode: '', trackingNumber: '' });
  const [count, setCount] = useState(r.cancelCount);
  const { action, accountKey } = props;

  /** Where the receipt is now, in the seller's words (any tab: a done action moves it). */
  const lookup = async () => {
    const { rows } = await send('claims.returns', { accountKey, receiptId: r.receiptId });
    return rows[0] ? t(`claims.tab.${rows[0].tab}` as MessageKey) : undefined;
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (!picked) return;
    void action.start(
      `${t(`claims.action.${picked}` as MessageKey)} · ${t('claims.receipt', { id: r.receiptId })}`,
      () =>
        send('claims.returnAction', {
          accountKey,
          receiptId: r.receiptId,
          action: picked,
          ...(picked === 'approve' ? { cancelCount: count } : {}),
          ...(NEEDS_INVOICE.includes(picked) ? invoice : {}),
        }),
      lookup,
    );
  };

  return (
    <div class="claim-actions">
      {r.actions.length ? (
        <ActionButtons actions={r.actions} picked={picked} onPick={setPicked} />
      ) : (
        <p class="muted small">{t('claims.noActions')}</p>
      )}
      {picked ? (
        <form class="claim-form" onSubmit={submit} data-testid="claim-form">
          {picked === 'approve' ? (
            <label>
              <span class="small muted">{t('claims.approveCount')}</span>
              <input
                type="number"
                data-testid="claim-count"
                min={1}
                value={count}
                onInput={(e) => setCount(Number((e.target as HTMLInputElement).value))}
              />
              <span class="small muted">{t('claims.approveNote', { n: r.cancelCount })}</span>
            </label>
          ) : null}
          {picked === 'stopShipment' ? <p class="small">{t('claims.stopNote', { n: r.cancelCount })}</p> : null}
          {NEEDS_INVOICE.includes(picked) ? <InvoiceFields value={invoice} onChange={setInvoice} /> : null}
          <button type="submit" class="primary" data-testid="claim-submit" disabled={action.busy}>
            {t(`claims.action.${picked}` as MessageKey)}
          </button>
        </form>
      ) : null}
    </div>
  );
}
