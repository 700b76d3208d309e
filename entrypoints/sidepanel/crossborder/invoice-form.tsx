import { useState } from 'preact/hooks';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { FlowRow } from '@/utils/protocol/messages/crossborder';
import { XbError } from './xb-error';

/**
 * The forwarder's Korean tracking number → the Coupang invoice (the orders module's invoice
 * action, through the outbox). The background refuses the 1688 supplier's waybill in China.
 */
export function InvoiceForm(props: { row: FlowRow; onDone: () => void }) {
  const { t } = useI18n();
  const couriers = useAsync(() => send('couriers.list', {}), []);
  const [courier, setCourier] = useState(props.row.forwarderTracking?.courierCode ?? 'CJGLS');
  const [number, setNumber] = useState(props.row.forwarderTracking?.trackingNumber ?? '');
  const [error, setError] = useState<unknown>();
  const [state, setState] = useState<string>();
  const upload = async () => {
    setError(undefined);
    try {
      const r = await send('crossborder.uploadInvoice', {
        orderKey: props.row.orderKey,
        courierCode: courier,
        trackingNumber: number,
      });
      setState(r.state);
      props.onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section class="xb-card" data-testid="xb-invoice">
      <h3>{t('xb.detail.invoice')}</h3>
      <p class="muted small">{t('xb.detail.waybillNote')}</p>
      <div class="xb-form">
        <label>
          {t('xb.detail.courier')}
          <select data-testid="xb-invoice-courier" value={courier} onChange={(e) => setCourier(e.currentTarget.value)}>
            {(couriers.value?.couriers ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('xb.detail.tracking')}
          <input
            data-testid="xb-invoice-number"
            class="mono"
            value={number}
            onInput={(e) => setNumber(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void upload();
            }}
          />
        </label>
      </div>
      <div class="xb-bar">
        <button
          type="button"
          class="primary"
          data-testid="xb-invoice-upload"
          disabled={number.trim().length < 4}
          onClick={() => void upload()}
        >
          {t('xb.detail.upload')}
        </button>
        {state ? (
          <span class={`small state-${state}`} data-testid="xb-invoice-state" data-state={state}>
            {t('xb.detail.uploaded', { state })}
          </span>
        ) : null}
      </div>
      <XbError error={error} testid="xb-invoice-error" />
    </section>
  );
}
