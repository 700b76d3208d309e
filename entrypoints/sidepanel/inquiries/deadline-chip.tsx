import { useI18n } from '@/components/i18n';
import { deadlineStanding } from '@/utils/domain/inquiry-deadline';
import type { InquiryRow } from '@/utils/protocol/messages/inquiries';

/**
 * "3시간 12분" / "45분" under a day (no seconds: the list ticks every 30 s); whole days beyond
 * ("10일"), where minutes no longer matter.
 */
export function formatSpan(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 24) {
    const d = Math.floor(h / 24);
    return locale === 'ko' ? `${d}일` : locale === 'zh_CN' ? `${d}天` : `${d} d`;
  }
  if (locale === 'ko') return h ? `${h}시간 ${m}분` : `${m}분`;
  if (locale === 'zh_CN') return h ? `${h}小时${m}分钟` : `${m}分钟`;
  return h ? `${h} h ${m} min` : `${m} min`;
}

/** The countdown to an inquiry's answer deadline, coloured by how close it is. */
export function DeadlineChip(props: { row: InquiryRow; now: number }) {
  const { t, locale } = useI18n();
  const { row, now } = props;
  const waiting = row.state === 'unanswered' || row.state === 'needsConfirm';
  if (!waiting || row.deadlineAt === undefined) return null;
  const standing = deadlineStanding(row.deadlineAt, now);
  const left = row.deadlineAt - now;
  return (
    <span
      class={`chip deadline inq-${standing}`}
      data-testid="inquiry-countdown"
      data-standing={standing}
      data-deadline-at={row.deadlineAt}
    >
      {left > 0
        ? t('inquiries.left', { time: formatSpan(left, locale) })
        : t('inquiries.late', { time: formatSpan(left, locale) })}
    </span>
  );
}
