import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useI18n } from '@/components/i18n';
import type { OrderDetail } from '@/utils/protocol/messages/orders';
import { CourierSelect, invoiceReady, TrackingInput, useTrackingProblem } from '../invoices/courier-fields';
import { cleanTracking } from '../invoices/use-couriers';

/** What this order's state allows: acknowledge, upload or correct the invoice, stop the shipment (after a question). */
export function DetailActions(props: {
  detail: OrderDetail;
  busy: boolean;
  onAcknowledge: () => void;
  onInvoice: (courier: string, tracking: string, update: boolean) => void;
  onStop: () => void;
}) {
  const { t } = useI18n();
  const { actions } = props.detail;
  if (!actions.length) return <p class="muted">{t('det.noActions')}</p>;
  return (
    <div class="detail-actions">
      {actions.includes('acknowledge') ? (
        <button
          type="button"
          class="primary"
          data-testid="detail-acknowledge"
          disabled={props.busy}
          onClick={props.onAcknowledge}
        >
          {t('orders.action.acknowledge')}
        </button>
      ) : null}
      {actions.includes('uploadInvoice') || actions.includes('updateInvoice') ? (
        <InvoiceForm detail={props.detail} busy={props.busy} onInvoice={props.onInvoice} />
      ) : null}
      {actions.includes('stopShipment') ? <StopShipment busy={props.busy} onStop={props.onStop} /> : null}
    </div>
  );
}

/** Courier + tracking number of this order; a correction starts from the invoice it has. */
function InvoiceForm(props: {
  detail: OrderDetail;
  busy: boolean;
  onInvoice: (courier: string, tracking: string, update: boolean) => void;
}) {
  const { t } = useI18n();
  const { actions, shipping } = props.detail;
  const update = !actions.includes('uploadInvoice') && actions.includes('updateInvoice');
  const [courier, setCourier] = useState(update ? (shipping.courierCode ?? '') : '');
  const [tracking, setTracking] = useState(update ? (shipping.trackingNumber ?? '') : '');
  const problem = useTrackingProblem()(courier, tracking);
  const [tried, setTried] = useState(false);
  const typed = !!courier && !!cleanTracking(tracking);
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (invoiceReady(courier, tracking, problem)) props.onInvoice(courier, cleanTracking(tracking), update);
      }}
    >
      <CourierSelect testid="detail-courier" value={courier} onChange={setCourier} />
      <TrackingInput
        testid="detail-tracking"
        value={tracking}
        onChange={setTracking}
        placeholder
        problem={problem}
        shown={tried}
      />
      <button type="submit" class="primary" data-testid="detail-invoice-send" disabled={props.busy || !typed}>
        {update ? t('orders.action.updateInvoice') : t('orders.action.uploadInvoice')}
      </button>
    </form>
  );
}

function StopShipment(props: { busy: boolean; onStop: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <ConfirmDialog
        question={t('orders.bulk.stopConfirm', { count: 1 })}
        confirmLabel={t('orders.bulk.stopYes')}
        confirmTestId="detail-stop-confirm"
        onConfirm={() => {
          setConfirming(false);
          props.onStop();
        }}
        onCancel={() => setConfirming(false)}
      />
    );
  }
  return (
    <button
      type="button"
      class="danger"
      data-testid="detail-stop"
      disabled={props.busy}
      onClick={() => setConfirming(true)}
    >
      {t('orders.action.stopShipment')}
    </button>
  );
}
