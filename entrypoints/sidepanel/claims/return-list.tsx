import { useI18n } from '@/components/i18n';
import type { ReturnRow } from '@/utils/protocol/messages/claims';
import { formatShortDateTime } from '@/utils/ui/format';
import { ClaimDeadline } from './claim-deadline';
import { ClaimList } from './claim-list';
import { ReturnDetail } from './return-detail';
import type { ClaimActionRunner } from './use-claim-action';

/** Returns of one Wing tab, newest first. */
export function ReturnList(props: {
  accountKey: string;
  rows: ReturnRow[];
  action: ClaimActionRunner;
  focus?: string;
}) {
  const { t } = useI18n();
  return (
    <ClaimList
      rows={props.rows}
      focus={props.focus}
      idOf={(r) => r.receiptId}
      rowAttrs={(r) => ({ 'data-receipt-id': r.receiptId, 'data-tab': r.tab })}
      head={(r) => (
        <>
          <span class="claim-title ellipsis">
            {r.items[0]?.name ?? r.items[0]?.vendorItemId}
            {r.items.length > 1 ? ` +${r.items.length - 1}` : ''}
          </span>
          <span class="num">{t('claims.qty', { n: r.cancelCount })}</span>
          <span class="muted small">
            {t('claims.order', { id: r.orderId })} · {formatShortDateTime(r.createdAt)}
            {r.reason ? ` · ${r.reason}` : ''}
          </span>
          <ClaimDeadline at={r.deadline} />
        </>
      )}
      detail={(r) => <ReturnDetail accountKey={props.accountKey} row={r} action={props.action} />}
    />
  );
}
