import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';

/** This feature's own refusals (`crossborder.<kind>`) in the seller's words; anything else as usual. */
export function XbError(props: { error: unknown; testid?: string }) {
  const { t } = useI18n();
  if (props.error === undefined || props.error === null) return null;
  const kind = (props.error as { kind?: string }).kind;
  if (kind?.startsWith('crossborder.')) {
    const key = `xb.err.${kind.slice('crossborder.'.length)}` as MessageKey;
    const text = t(key);
    if (text !== key)
      return (
        <div class="error-text" role="alert" data-testid={props.testid ?? 'error-text'} data-kind={kind}>
          <strong>{text}</strong>
        </div>
      );
  }
  return <ErrorText error={props.error} {...(props.testid ? { testid: props.testid } : {})} />;
}
