import { send } from '@/utils/protocol/client';
import type { SidePanelView } from '@/utils/protocol/messages/ui';
import { formatDateTime, formatMoney, formatRelative } from '@/utils/ui/format';
import { orderStateKey, tabLabelKey } from '@/utils/ui/order-state';
import type { HelperMessageKey as MessageKey } from '../i18n';
import { useT } from '../i18n';
import { HelperNotice, type HelperProps, Loading, openSidePanel, useLoad } from './common';
import { WingPurchase } from './wing-purchase';

/**
 * Coupang Wing: today's work over every connected vendor (from the synced orders), each count a
 * way into the side panel's list; on an order page, that order's status and next step. Actions
 * (acknowledge, invoice, stop shipment) are never run from here: the button opens the side panel
 * at the order, where the seller confirms them.
 * Unanswered customer inquiries (from the synced inquiries) open the side panel's inquiries area.
 */
export function WingCoupangHelper(props: HelperProps) {
  const { t, locale } = useT();
  const { orderId, shipmentBoxId } = props.ids;
  const data = useLoad(() =>
    send('helper.wing', {
      ...(orderId ? { orderId } : {}),
      ...(shipmentBoxId ? { shipmentBoxId } : {}),
    }),
  );
  if (data.loading && !data.value) return <Loading />;
  if (data.error || !data.value) {
    return data.error ? <HelperNotice error={data.error} marketplace="coupang" onRetry={data.reload} /> : null;
  }
  const w = data.value;
  const row = (key: string, label: string, count: number, view?: SidePanelView) => (
    <li key={key} data-testid={`wing-count-${key}`} data-count={count}>
      {view ? (
        <button type="button" class="cd-link" data-testid={`wing-open-${key}`} onClick={() => openSidePanel(view)}>
          <span>{label}</span> <strong>{count}</strong>
        </button>
      ) : (
        <>
          <span>{label}</span> <strong>{count}</strong>
        </>
      )}
    </li>
  );
  const o = w.order;
  return (
    <div class="cd-wing" data-testid="wing-helper">
      <h2 class="cd-title">{t('wing.heading')}</h2>
      <ul class="cd-counts">
        {row('toAcknowledge', t(tabLabelKey('new')), w.counts.toAcknowledge, { tab: 'new' })}
        {row('toShip', t(tabLabelKey('toShip')), w.counts.toShip, { tab: 'toShip' })}
        {row('dueSoon', t('wing.dueSoon', { hours: w.dueSoonHours }), w.counts.dueSoon)}
        {row('overdue', t('wing.overdue'), w.counts.overdue)}
        {row('cancelRequests', t(tabLabelKey('cancelRequested')), w.counts.cancelRequests, {
          tab: 'cancelRequested',
        })}
        {w.counts.unansweredInquiries !== undefined &&
          row('inquiries', t('wing.inquiries'), w.counts.unansweredInquiries, { area: 'inquiries' })}
      </ul>
      {w.syncedAt && <p class="cd-muted cd-small">{t('wing.synced', { time: formatRelative(w.syncedAt, locale) })}</p>}
      {w.orderNotCached && (
        <p class="cd-warn" data-testid="wing-order-not-cached">
          {t('helper.error.orderNotCached')}
        </p>
      )}
      {o && (
        <section class="cd-wing-order" data-testid="wing-order" data-order-key={o.orderKey} data-next-step={o.nextStep}>
          <h3>{t('wing.order', { id: o.orderId })}</h3>
          <p data-testid="wing-order-status" data-work-state={o.workState} data-status={o.marketStatus}>
            {t(orderStateKey({ ...o, marketplace: 'coupang' }))}
          </p>
          <p data-testid="wing-order-product">
            {o.productSummary}
            {` × ${o.itemCount} · ${formatMoney(o.total, locale)}`}
          </p>
          <p class="cd-muted" data-testid="wing-order-recipient">
            {o.recipientName}
          </p>
          {o.shipBy && <p>{t('wing.shipBy', { time: formatDateTime(o.shipBy, 'KST') })}</p>}
          {(o.courierName || o.trackingNumber) && (
            <p>{[o.courierName, o.trackingNumber].filter(Boolean).join(' · ')}</p>
          )}
          {o.pendingAction && (
            <p class="cd-muted">
              {t('wing.pending', { action: o.pendingAction.action, state: o.pendingAction.state })}
            </p>
          )}
          <p class="cd-strong" data-testid="wing-next-step">
            {t(`wing.next.${o.nextStep}` as MessageKey)}
          </p>
          <WingPurchase {...(orderId ? { orderId } : {})} {...(shipmentBoxId ? { shipmentBoxId } : {})} />
          <button type="button" data-testid="wing-open-order" onClick={() => openSidePanel({ orderKey: o.orderKey })}>
            {o.nextStep === 'none' || o.nextStep === 'track' ? t('helper.openSidePanel') : t('wing.confirmInPanel')}
          </button>
        </section>
      )}
    </div>
  );
}
