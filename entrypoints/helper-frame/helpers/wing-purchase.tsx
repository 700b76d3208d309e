import { send } from '@/utils/protocol/client';
import { formatDateTime } from '@/utils/ui/format';
import type { HelperMessageKey as MessageKey } from '../i18n';
import { useT } from '../i18n';
import { useLoad } from './common';

/**
 * On a Wing order page: the 구매대행 stage of this order and the 1688 purchase that fills it, with
 * its latest logistics steps (supplier → forwarder in China). Nothing when the order is not linked.
 */
export function WingPurchase(props: { orderId?: string; shipmentBoxId?: string }) {
  const { t } = useT();
  const data = useLoad(() =>
    send('crossborder.orderHelper', {
      ...(props.orderId ? { orderId: props.orderId } : {}),
      ...(props.shipmentBoxId ? { shipmentBoxId: props.shipmentBoxId } : {}),
    }),
  );
  const p = data.value;
  if (!p?.linked || !p.state) return null;
  const status = p.purchaseStatus ? t(`xb.st.${p.purchaseStatus}` as MessageKey) : undefined;
  return (
    <section class="cd-wing-order" data-testid="wing-purchase" data-state={p.state}>
      <h3>{t('area.crossborder')}</h3>
      <p class="cd-strong">{t(`xb.state.${p.state}` as MessageKey)}</p>
      <p data-testid="wing-purchase-status" data-status={p.purchaseStatus ?? ''}>
        {t('xb.detail.purchase')}: {p.purchaseOrderId ?? t('xb.detail.noPurchase')}
        {status ? ` · ${status.startsWith('xb.st.') ? p.purchaseStatus : status}` : ''}
      </p>
      {p.trace.length ? (
        <ol class="cd-trace cd-small">
          {p.trace.map((s) => (
            <li key={`${s.at}${s.remark}`}>
              {formatDateTime(s.at, 'CST')} {s.remark}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
