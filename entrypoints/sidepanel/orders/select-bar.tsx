import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useI18n } from '@/components/i18n';
import type { OrderTab } from '@/utils/protocol/messages/orders';

/**
 * The bar over the list: select all in the tab (or the count), and for a selection the bulk
 * actions this tab allows; stopping shipments asks first.
 */
export function SelectBar(props: {
  tab: OrderTab;
  count: number;
  total: number;
  collecting: boolean;
  sending: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAcknowledge: () => void;
  onInvoice: () => void;
  onStop: () => void;
}) {
  const { t } = useI18n();
  const [confirmStop, setConfirmStop] = useState(false);
  const { count, total, tab } = props;
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
            {tab === 'new' ? (
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
            {tab === 'toShip' ? (
              <button type="button" class="primary" data-testid="bulk-invoice" onClick={props.onInvoice}>
                {t('orders.bulk.invoice', { count })}
              </button>
            ) : null}
            {tab === 'cancelRequested' ? (
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
            {tab === 'all' ? (
              <span class="muted small" data-testid="bulk-hint">
                {t('orders.bulk.inAllTab')}
              </span>
            ) : null}
            {tab === 'inTransit' || tab === 'delivered' ? (
              <span class="muted small" data-testid="bulk-hint">
                {t('orders.bulk.noAction')}
              </span>
            ) : null}
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
