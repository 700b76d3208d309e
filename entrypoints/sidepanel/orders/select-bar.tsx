import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useI18n } from '@/components/i18n';
import { TAB_ACTION } from '@/utils/domain/order-status';
import type { OrderTab } from '@/utils/protocol/messages/orders';

/**
 * The bar over the list: select all in the tab (or the count), and for a selection the bulk
 * actions this tab allows; stopping shipments asks first.
 */
export function SelectBar(props: {
  market: 'coupang' | 'alibaba';
  tab: OrderTab;
  count: number;
  total: number;
  collecting: boolean;
  sending: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAcknowledge: () => void;
  onInvoice: (update: boolean) => void;
  onStop: () => void;
}) {
  const { t } = useI18n();
  const [confirmStop, setConfirmStop] = useState(false);
  const { count, total, tab } = props;
  // The tab's own action from the status table; 1688 tabs and "all" have none.
  const action = tab === 'all' ? undefined : TAB_ACTION[tab as keyof typeof TAB_ACTION];
  const hint =
    props.market === 'alibaba' ? 'orders.bulk.on1688' : tab === 'all' ? 'orders.bulk.inAllTab' : 'orders.bulk.noAction';
  return (
    <>
      <div class="select-bar" data-testid="select-bar">
        <label class="select-all">
          <input
            type="checkbox"
            data-testid="select-all"
            checked={total > 0 && count >= total}
            disabled={total === 0 || props.collecting}
            onChange={(e) => (e.currentTarget.checked ? props.onSelectAll() : props.onClear())}
          />
          {count > 0 ? (
            <span data-testid="selected-count">{t('orders.selected', { count })}</span>
          ) : (
            <span class="muted" data-testid="list-total">
              {props.collecting ? t('orders.preparing') : t('orders.count', { count: total })}
            </span>
          )}
        </label>
        <span class="spacer" />
        {count > 0 ? (
          <div class="bulk" data-testid="bulk-bar">
            {action === 'acknowledge' ? (
              <button
                type="button"
                class="primary"
                data-testid="bulk-acknowledge"
                disabled={props.sending}
                onClick={props.onAcknowledge}
              >
                {t('orders.bulk.acknowledge', { count })}
              </button>
            ) : null}
            {action === 'uploadInvoice' || action === 'updateInvoice' ? (
              <button
                type="button"
                class="primary"
                data-testid={action === 'updateInvoice' ? 'bulk-update-invoice' : 'bulk-invoice'}
                onClick={() => props.onInvoice(action === 'updateInvoice')}
              >
                {t(action === 'updateInvoice' ? 'orders.bulk.updateInvoice' : 'orders.bulk.invoice', { count })}
              </button>
            ) : null}
            {action === 'stopShipment' ? (
              <button
                type="button"
                class="danger"
                data-testid="bulk-stop"
                disabled={props.sending}
                onClick={() => setConfirmStop(true)}
              >
                {t('orders.bulk.stop', { count })}
              </button>
            ) : null}
            {action ? null : (
              <span class="muted small" data-testid="bulk-hint">
                {t(hint)}
              </span>
            )}
            <button type="button" class="link" data-testid="clear-selection" onClick={props.onClear}>
              {t('orders.clearSelection')}
            </button>
          </div>
        ) : null}
      </div>
      {confirmStop ? (
        <ConfirmDialog
          question={t('orders.bulk.stopConfirm', { count })}
          confirmLabel={t('orders.bulk.stopYes')}
          confirmTestId="bulk-stop-confirm"
          onConfirm={() => {
            setConfirmStop(false);
            props.onStop();
          }}
          onCancel={() => setConfirmStop(false)}
        />
      ) : null}
    </>
  );
}
