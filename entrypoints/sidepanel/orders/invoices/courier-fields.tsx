import { useId, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { checkTrackingNumber } from '@/utils/domain/tracking-number';
import { describeImportError } from '@/utils/ui/errors/import-words';
import { type Courier, cleanTracking, useCouriers } from './use-couriers';

/**
 * Why this tracking number cannot go to this courier, in the words the invoice import uses for the
 * same problem (the same check: utils/domain/tracking-number.ts); undefined when it can be sent or
 * when there is nothing to judge yet (no courier, nothing typed).
 */
export function useTrackingProblem(): (courierCode: string, tracking: string) => string | undefined {
  const { t } = useI18n();
  const couriers = useCouriers();
  return (courierCode, tracking) => trackingProblem(couriers, courierCode, tracking, t);
}

function trackingProblem(
  couriers: Courier[],
  courierCode: string,
  tracking: string,
  t: ReturnType<typeof useI18n>['t'],
): string | undefined {
  const courier = couriers.find((c) => c.code === courierCode);
  if (!courier || !cleanTracking(tracking)) return undefined;
  const check = checkTrackingNumber(courier.rule, tracking);
  return check.ok ? undefined : describeImportError('badTrackingNumber', { expected: check.expected }, t);
}

/** A courier and a tracking number in that courier's format: ready to send. */
export function invoiceReady(courierCode: string, tracking: string, problem: string | undefined): boolean {
  return !!courierCode && !!cleanTracking(tracking) && !problem;
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

/**
 * A tracking number as sellers type it (dashes and spaces allowed; cleanTracking strips them
 * before sending). Its `problem` shows once the seller has left the field or tried to send
 * (`shown`), never while typing the first digits.
 */
export function TrackingInput(props: {
  value: string;
  onChange: (value: string) => void;
  testid: string;
  placeholder?: boolean;
  problem?: string;
  shown?: boolean;
}) {
  const { t } = useI18n();
  const [left, setLeft] = useState(false);
  const id = useId();
  const visible = props.problem && (left || props.shown) ? props.problem : undefined;
  return (
    <>
      <input
        data-testid={props.testid}
        aria-label={t('inv.tracking')}
        aria-invalid={visible ? true : undefined}
        aria-describedby={visible ? id : undefined}
        placeholder={props.placeholder ? t('inv.tracking') : undefined}
        inputMode="numeric"
        size={14}
        maxLength={40}
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
        onBlur={() => setLeft(true)}
      />
      {visible ? (
        <span id={id} class="error small field-problem" data-testid={`${props.testid}-problem`}>
          {visible}
        </span>
      ) : null}
    </>
  );
}
