import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { ReturnRow } from '@/utils/protocol/messages/claims';
import { formatShortDateTime } from '@/utils/ui/format';
import { ClaimDeadline } from './claim-deadline';
import { ReturnDetail } from './return-detail';
import type { ClaimActionRunner } from './use-claim-action';

/** Returns of one tab, newest first; a row opens its detail in place (Enter or click). */
export function ReturnList(props: {
  accountKey: string;
  rows: ReturnRow[];
  action: ClaimActionRunner;
  focus?: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | undefined>(props.focus);
  useEffect(() => {
    if (props.focus) setOpen(props.focus);
  }, [props.focus]);
  if (!props.rows.length)
    return (
      <p class="empty" data-testid="claims-empty">
        {t('claims.empty')}
      </p>
    );
  return (
    <ul class="claim-list" data-testid="claim-list">
      {props.rows.map((r) => (
        <li key={r.receiptId} data-testid="claim-row" data-receipt-id={r.receiptId} data-tab={r.tab}>
          <button
            type="button"
            class="claim-head"
            aria-expanded={open === r.receiptId}
            onClick={() => setOpen(open === r.receiptId ? undefined : r.receiptId)}
          >
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
          </button>
          {open === r.receiptId ? <ReturnDetail accountKey={props.accountKey} row={r} action={props.action} /> : null}
        </li>
      ))}
    </ul>
  );
}
