import { useId } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { cleanTracking, useCouriers } from './use-couriers';

/** A courier and a tracking number are enough to send once both are there (the background checks the format). */
export function invoiceReady(courierCode: string, tracking: string): boolean {
  return !!courierCode && cleanTracking(tracking).length >= 4;
}

/**
 * The official courier list as a select; `withCodes` adds the code after the name, `label` shows
 * a visible label instead of the aria-label (both for the "one courier for all" pick).
 */
export function CourierSelect(props: {
  value: string;
  onChange: (code: string) => void;
  testid: string;
  withCodes?: boolean;
  label?: string;
}) {
  const { t } = useI18n();
  const couriers = useCouriers();
  const id = useId();
  const select = (
    <select
      id={id}
      data-testid={props.testid}
      aria-label={props.label ? undefined : t('inv.courier')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="">{t('inv.chooseCourier')}</option>
      {couriers.map((c) => (
        <option key={c.code} value={c.code}>
          {props.withCodes ? `${c.name} (${c.code})` : c.name}
        </option>
      ))}
    </select>
  );
  if (!props.label) return select;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {select}
    </div>
  );
}

/** A tracking number as sellers type it (dashes and spaces allowed; cleanTracking strips them before sending). */
export function TrackingInput(props: {
  value: string;
  onChange: (value: string) => void;
  testid: string;
  placeholder?: boolean;
}) {
  const { t } = useI18n();
  return (
    <input
      data-testid={props.testid}
      aria-label={t('inv.tracking')}
      placeholder={props.placeholder ? t('inv.tracking') : undefined}
      inputMode="numeric"
      size={14}
      maxLength={40}
      value={props.value}
      onInput={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}
