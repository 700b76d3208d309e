import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { ExchangeRow } from '@/utils/protocol/messages/claims';
import { formatDateTime, formatWon } from '@/utils/ui/format';
import { ExchangeActions } from './exchange-actions';
import { ExchangeAddress } from './exchange-address';
import { OrderLink } from './order-link';
import type { ClaimActionRunner } from './use-claim-action';

/** One exchange: reason, fault, items, collection, the replacement's box and address, then the actions. */
export function ExchangeDetail(props: { accountKey: string; row: ExchangeRow; action: ClaimActionRunner }) {
  const { t, locale } = useI18n();
  const x = props.row;
  return (
    <div class="claim-detail" data-testid="claim-detail">
      <dl class="kv">
        <dt>{t('claims.state')}</dt>
        <dd data-testid="claim-state" data-status={x.status}>
          {t(`claims.exchangeStatus.${x.status}` as MessageKey)}
        </dd>
        <dt>{t('claims.exchangeNo', { id: '' }).trim()}</dt>
        <dd class="mono">{x.exchangeId}</dd>
        <dt>{t('claims.reason')}</dt>
        <dd class="wrap">{x.reason ?? '–'}</dd>
        <dt>{t('claims.fault')}</dt>
        <dd>{x.faultType ? t(`claims.fault.${x.faultType}` as MessageKey) : '–'}</dd>
        {x.amount ? (
          <>
            <dt>{t('claims.shippingPaidBy')}</dt>
            <dd>{formatWon(x.amount, locale)}</dd>
          </>
        ) : null}
        <dt>{t('claims.collect')}</dt>
        <dd data-testid="exchange-collect">
          {x.collectCompleteAt
            ? t('claims.collectAt', { time: formatDateTime(x.collectCompleteAt) })
            : (x.collectStatus ?? '–')}
        </dd>
        <dt>{t('claims.newBox')}</dt>
        <dd class={x.newShipmentBoxId ? 'mono' : ''} data-testid="exchange-new-box">
          {x.newShipmentBoxId ?? t('claims.newBox.none')}
        </dd>
        {x.invoice?.invoiceNumber ? (
          <>
            <dt>{t('claims.replacementInvoice')}</dt>
            <dd>
              {x.invoice.courierCode} {x.invoice.invoiceNumber}
            </dd>
          </>
        ) : null}
        <dt>{t('claims.created')}</dt>
        <dd>{formatDateTime(x.createdAt)}</dd>
      </dl>
      <table class="claim-items">
        <caption class="muted small">{t('claims.items')}</caption>
        <tbody>
          {x.items.map((i, n) => (
            <tr key={i.vendorItemId ?? n}>
              <td class="wrap">{i.name ?? i.vendorItemId}</td>
              <td class="num">{t('claims.qty', { n: i.quantity ?? 0 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExchangeAddress accountKey={props.accountKey} row={x} />
      <OrderLink orderId={x.orderId} orderKey={x.orderKey} />
      <ExchangeActions accountKey={props.accountKey} row={x} action={props.action} />
    </div>
  );
}
