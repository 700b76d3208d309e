import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { ExchangeRow } from '@/utils/protocol/messages/claims';
import { formatShortDateTime } from '@/utils/ui/format';
import { ClaimDeadline } from './claim-deadline';
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
      {props.rows.map((x) => (
        <li key={x.exchangeId} data-testid="claim-row" data-exchange-id={x.exchangeId} data-status={x.status}>
          <button
            type="button"
            class="claim-head"
            aria-expanded={open === x.exchangeId}
            onClick={() => setOpen(open === x.exchangeId ? undefined : x.exchangeId)}
          >
            <span class="claim-title ellipsis">{x.items[0]?.name ?? x.items[0]?.vendorItemId}</span>
            <span class="chip">{t(`claims.exchangeStatus.${x.status}` as MessageKey)}</span>
            <span class="muted small">
              {t('claims.order', { id: x.orderId })} · {formatShortDateTime(x.createdAt)}
              {x.reason ? ` · ${x.reason}` : ''}
            </span>
            <ClaimDeadline at={x.deadline} />
          </button>
          {open === x.exchangeId ? (
            <ExchangeDetail accountKey={props.accountKey} row={x} action={props.action} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
