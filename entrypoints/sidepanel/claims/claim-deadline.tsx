import { useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { formatShortDateTime, parseInstant } from '@/utils/ui/format';

/** A claim's deadline (KST), red once it has passed. */
export function ClaimDeadline(props: { at: string | undefined }) {
  const { t } = useI18n();
  const now = useNow();
  const at = parseInstant(props.at, 'KST');
  if (at === undefined || !props.at) return null;
  const time = formatShortDateTime(props.at, 'KST', now);
  const late = at < now;
  return (
    <span class={late ? 'chip chip-overdue' : 'chip'} data-testid="claim-deadline" data-overdue={String(late)}>
      {late ? t('claims.deadlinePassed', { time }) : t('claims.deadline', { time })}
    </span>
  );
}
