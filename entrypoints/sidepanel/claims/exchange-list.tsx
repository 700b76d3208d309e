import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { ExchangeRow } from '@/utils/protocol/messages/claims';
import { formatShortDateTime } from '@/utils/ui/format';
import { ClaimDeadline } from './claim-deadline';
import { ClaimList } from './claim-list';
import { ExchangeDetail } from './exchange-detail';
import type { ClaimActionRunner } from './use-claim-action';

/** Exchanges of the last 30 days (read in 7-day windows, stitched), newest first. */
export function ExchangeList(props: {
  accountKey: string;
  rows: ExchangeRow[];
  action: ClaimActionRunner;
  focus?: string;
}) {
  const { t } = useI18n();
  return (
    <ClaimList
      rows={props.rows}
      focus={props.focus}
      idOf={(x) => x.exchangeId}
      rowAttrs={(x) => ({ 'data-exchange-id': x.exchangeId, 'data-status': x.status })}
      head={(x) => (
        <>
          <span class="claim-title ellipsis">{x.items[0]?.name ?? x.items[0]?.vendorItemId}</span>
          <span class="chip">{t(`claims.exchangeStatus.${x.status}` as MessageKey)}</span>
          <span class="muted small">
            {t('claims.order', { id: x.orderId })} · {formatShortDateTime(x.createdAt)}
            {x.reason ? ` · ${x.reason}` : ''}
          </span>
          <ClaimDeadline at={x.deadline} />
        </>
      )}
      detail={(x) => <ExchangeDetail accountKey={props.accountKey} row={x} action={props.action} />}
    />
  );
}
