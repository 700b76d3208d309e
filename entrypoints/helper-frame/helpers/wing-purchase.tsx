import { send } from '@/utils/protocol/client';
import { formatDateTime } from '@/utils/ui/format';
import type { HelperMessageKey as MessageKey } from '../i18n';
import { useT } from '../i18n';
import { useLoad } from './common';

/**
 * On a Wing order page: the 구매대행 stage of this order and each 1688 purchase that fills it (one
 * per supplier), with its latest logistics steps (supplier → forwarder in China). Nothing when the
 * order is not linked.
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
  const words = (status: string) => {
    const key = `xb.st.${status}` as MessageKey;
    const text = t(key);
    return text === key ? status : text;
  };
  return (
    <section class="cd-wing-order" data-testid="wing-purchase" data-state={p.state} data-count={p.purchases.length}>
      <h3>{t('area.crossborder')}</h3>
      <p class="cd-strong">{t(`xb.state.${p.state}` as MessageKey)}</p>
      {!p.purchases.length ? <p>{t('xb.detail.noPurchase')}</p> : null}
      {p.purchases.map((x, i) => (
        <div key={x.orderId ?? i} data-testid="wing-purchase-item" data-stage={x.stage}>
          <p data-testid="wing-purchase-status" data-status={x.status ?? ''}>
            {t('xb.detail.purchase')}: {x.orderId ?? t('xb.detail.noPurchase')}
            {x.status ? ` · ${words(x.status)}` : ''}
            {p.purchases.length > 1 ? ` · ${t(`xb.state.${x.stage}` as MessageKey)}` : ''}
          </p>
          {x.trace.length ? (
            <ol class="cd-trace cd-small">
              {x.trace.map((s) => (
                <li key={`${s.at}${s.remark}`}>
                  {formatDateTime(s.at, 'CST')} {s.remark}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ))}
    </section>
  );
}
