import { send } from '@/utils/protocol/client';
import { formatDateTime, formatMoney } from '@/utils/ui/format';
import { orderStateKey } from '@/utils/ui/order-state';
import { useT } from '../i18n';
import { HelperNotice, type HelperProps, Loading, openSidePanel, useLoad } from './common';

/**
 * 1688 order pages (trade order detail, workbench order routes): the order as Crossdock synced
 * it through the API, in the view of the member that has it, masked; logistics from the API.
 * List pages (no order id in the URL) get a way to the side panel.
 */
export function Order1688Helper(props: HelperProps) {
  const orderId = props.ids.orderId;
  return orderId ? <OrderView orderId={orderId} /> : <OrderList />;
}

function OrderList() {
  const { t } = useT();
  return (
    <div data-testid="order-helper-list">
      <p>{t('order.list')}</p>
      <button type="button" data-testid="helper-open-sidepanel" onClick={() => openSidePanel({ tab: 'all' })}>
        {t('helper.openSidePanel')}
      </button>
    </div>
  );
}

function OrderView(props: { orderId: string }) {
  const { t, locale } = useT();
  const data = useLoad(() => send('helper.order1688', { orderId: props.orderId }));
  if (data.loading && !data.value) return <Loading />;
  if (data.error || !data.value) {
    return data.error ? <HelperNotice error={data.error} marketplace="alibaba" onRetry={data.reload} /> : null;
  }
  const { order, logistics, logisticsError } = data.value;
  const money = (m: { currency: 'KRW' | 'CNY'; minor: number } | undefined) => (m ? formatMoney(m, locale) : '');
  return (
    <div class="cd-order" data-testid="order-helper" data-order-key={order.orderKey} data-role={order.role}>
      <h2 class="cd-title">{t('order.heading', { id: order.orderId })}</h2>
      <p class="cd-muted" data-testid="order-role">
        {t(order.role === 'seller' ? 'order.role.seller' : 'order.role.buyer', { account: order.accountLabel })}
      </p>
      <dl class="cd-facts">
        <dt>{t('order.status')}</dt>
        <dd data-testid="helper-order-status" data-work-state={order.workState} data-status={order.marketStatus}>
          {t(orderStateKey({ ...order, marketplace: 'alibaba' }))}
        </dd>
        <dt>{t('order.total')}</dt>
        <dd data-testid="helper-order-total">{money(order.total)}</dd>
        {order.shippingFee && (
          <>
            <dt>{t('order.shippingFee')}</dt>
            <dd>{money(order.shippingFee)}</dd>
          </>
        )}
        {order.counterpartyName && (
          <>
            <dt>{t(order.role === 'seller' ? 'order.counterparty.seller' : 'order.counterparty.buyer')}</dt>
            <dd data-testid="order-counterparty">{order.counterpartyName}</dd>
          </>
        )}
        <dt>{t('order.recipient')}</dt>
        <dd data-testid="order-recipient">
          {[order.recipient.name, order.recipient.region].filter(Boolean).join(' · ')}
        </dd>
      </dl>
      <ul class="cd-lines" data-testid="helper-order-lines">
        {order.lines.map((l, i) => (
          <li key={i} data-testid="order-line">
            <span class="cd-line-name">{l.productName}</span>
            {l.optionName ? <span class="cd-muted">{` · ${l.optionName}`}</span> : null}
            <span>{` × ${l.quantity} · ${money(l.unitPrice)}`}</span>
          </li>
        ))}
      </ul>
      <h3>{t('order.logistics')}</h3>
      <div data-testid="order-logistics">
        {logisticsError && <p class="cd-warn">{t('order.logisticsError', { message: logisticsError.message })}</p>}
        {logistics?.notShipped && <p>{t('order.notShipped')}</p>}
        {logistics?.shipments.map((s, i) => (
          <p key={i} data-testid="order-shipment">
            {[s.carrierName, s.trackingNumber, s.status].filter(Boolean).join(' · ')}
          </p>
        ))}
        {logistics && !logistics.notShipped && logistics.steps.length === 0 && (
          <p class="cd-muted">{t('order.noTrace')}</p>
        )}
        {logistics && logistics.steps.length > 0 && (
          <ol class="cd-trace" data-testid="order-trace">
            {logistics.steps.map((s, i) => (
              <li key={i}>
                <span class="cd-muted">{formatDateTime(s.at, 'CST')}</span> {s.remark}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div class="cd-actions">
        <button
          type="button"
          data-testid="helper-open-sidepanel"
          onClick={() => openSidePanel({ orderKey: order.orderKey })}
        >
          {t('helper.openSidePanel')}
        </button>
      </div>
    </div>
  );
}
