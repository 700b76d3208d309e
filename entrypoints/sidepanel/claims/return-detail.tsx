import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { ReturnRow } from '@/utils/protocol/messages/claims';
import { formatDateTime, formatWon } from '@/utils/ui/format';
import { OrderLink } from './order-link';
import { ReturnActions } from './return-actions';
import type { ClaimActionRunner } from './use-claim-action';

/** What a seller decides a return on: reason, fault, who pays shipping, items, pickup, its order, then the actions. */
export function ReturnDetail(props: { accountKey: string; row: ReturnRow; action: ClaimActionRunner }) {
  const { t, locale } = useI18n();
  const r = props.row;
  const charge = Math.abs(r.returnShippingCharge ?? 0);
  const courierName = r.pickup?.courierCode ?? '';
  return (
    <div class="claim-detail" data-testid="claim-detail">
      <dl class="kv">
        <dt>{t('claims.state')}</dt>
        <dd data-testid="claim-state" data-tab={r.tab}>
          {t(`claims.tab.${r.tab}` as MessageKey)} <span class="muted small">({r.receiptStatus})</span>
        </dd>
        <dt>{t('claims.receipt', { id: '' }).trim()}</dt>
        <dd class="mono">{r.receiptId}</dd>
        <dt>{t('claims.reason')}</dt>
        <dd class="wrap">{r.reason ?? '–'}</dd>
        <dt>{t('claims.fault')}</dt>
        <dd>{r.faultBy ? t(`claims.fault.${r.faultBy}` as MessageKey) : '–'}</dd>
        <dt>{t('claims.shippingPaidBy')}</dt>
        <dd data-testid="claim-shipping" data-paid-by={r.shippingPaidBy}>
          {t(`claims.paidBy.${r.shippingPaidBy}`, { amount: formatWon(charge, locale) })}
        </dd>
        <dt>{t('claims.pickup')}</dt>
        <dd data-testid="claim-pickup">
          {r.pickup?.invoiceNumber
            ? t('claims.pickup.invoice', { courier: courierName, invoice: r.pickup.invoiceNumber })
            : t('claims.pickup.none')}
          {r.returnDeliveryType ? <span class="muted small"> · {r.returnDeliveryType}</span> : null}
        </dd>
        {r.releaseStopStatus ? (
          <>
            <dt>{t('claims.releaseStop')}</dt>
            <dd>{r.releaseStopStatus}</dd>
          </>
        ) : null}
        <dt>{t('claims.created')}</dt>
        <dd>{formatDateTime(r.createdAt)}</dd>
        {r.withdrawnAt ? (
          <>
            <dt>{t('claims.withdrawnAt')}</dt>
            <dd>{formatDateTime(r.withdrawnAt)}</dd>
          </>
        ) : null}
      </dl>
      <table class="claim-items">
        <caption class="muted small">{t('claims.items')}</caption>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.vendorItemId}>
              <td class="wrap">{i.name ?? i.vendorItemId}</td>
              <td class="num">{t('claims.qty', { n: i.cancelCount })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <OrderLink orderId={r.orderId} orderKey={r.orderKey} />
      <ReturnActions accountKey={props.accountKey} row={r} action={props.action} />
    </div>
  );
}
