import { useI18n } from '@/components/i18n';
import { useCouriers } from '../orders/invoices/use-couriers';

export interface InvoiceInput {
  courierCode: string;
  trackingNumber: string;
}

/** Courier and tracking number, as Wing asks for them (checked again in the background). */
export function InvoiceFields(props: { value: InvoiceInput; onChange: (v: InvoiceInput) => void }) {
  const { t } = useI18n();
  const couriers = useCouriers();
  const { value } = props;
  return (
    <div class="claim-fields">
      <label>
        <span class="small muted">{t('claims.courier')}</span>
        <select
          data-testid="claim-courier"
          value={value.courierCode}
          onChange={(e) => props.onChange({ ...value, courierCode: (e.target as HTMLSelectElement).value })}
        >
          <option value="">{t('claims.courier.pick')}</option>
          {couriers.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="small muted">{t('claims.tracking')}</span>
        <input
          data-testid="claim-tracking"
          inputMode="numeric"
          autoComplete="off"
          value={value.trackingNumber}
          onInput={(e) => props.onChange({ ...value, trackingNumber: (e.target as HTMLInputElement).value })}
        />
      </label>
    </div>
  );
}
