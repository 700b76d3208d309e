import { useId } from 'preact/hooks';
import { useI18n } from './i18n';

/**
 * An inline question before a destructive action: the question, a danger button that does it,
 * and Cancel, which takes the focus so Enter or Space never confirms by accident.
 */
export function ConfirmDialog(props: {
  question: string;
  confirmLabel: string;
  confirmTestId: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  cancelLabel?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{props.question}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          data-testid={props.confirmTestId}
          onClick={props.onConfirm}
          disabled={props.busy}
        >
          {props.confirmLabel}
        </button>
        <button type="button" ref={(b) => b?.focus()} onClick={props.onCancel}>
          {props.cancelLabel ?? t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
