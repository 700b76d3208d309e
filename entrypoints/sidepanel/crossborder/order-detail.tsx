import { useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { statusWords } from './format';
import { InvoiceForm } from './invoice-form';
import { LinkOrderForm } from './link-order-form';
import { ProfitTable } from './profit-table';
import { PurchaseCards } from './purchase-cards';
import { XbError } from './xb-error';

/**
 * One linked Coupang order: its stage (the least advanced of its purchases), each 1688 purchase
 * with its status and trace, the next action, profit.
 */
export function OrderDetail(props: { orderKey: string; onBack: () => void; onChanged: () => void }) {
  const { t } = useI18n();
  const detail = useAsync(() => send('crossborder.detail', { orderKey: props.orderKey }), [props.orderKey]);
  useEvent(['orders.changed', 'outbox.changed'], () => detail.reload());
  const [error, setError] = useState<unknown>();
  const d = detail.value;
  const changed = () => {
    detail.reload();
    props.onChanged();
  };
  const mark = (arrived: boolean, ref?: string) =>
    void send('crossborder.markArrived', { orderKey: props.orderKey, arrived, ...(ref ? { ref } : {}) })
      .then(changed)
      .catch(setError);
  const purchases = d?.row.purchases ?? [];
  const onTheWay = purchases.some((p) => p.stage === 'toPay' || p.stage === 'supplierShipping');
  const marked = purchases.some((p) => p.arrivedAt !== undefined);
  return (
    <div class="xb-detail" data-testid="xb-detail" data-state={d?.row.state}>
      <div class="xb-bar">
        <button type="button" data-testid="xb-detail-back" onClick={props.onBack}>
          ← {t('xb.detail.back')}
        </button>
      </div>
      {detail.error ? <XbError error={detail.error} /> : null}
      {d ? (
        <>
          <h2>{t('xb.detail.title', { id: d.row.orderId })}</h2>
          <dl class="kv">
            <dt>{t('xb.detail.state')}</dt>
            <dd data-testid="xb-detail-state">{t(`xb.state.${d.row.state}`)}</dd>
            <dt>{t('xb.detail.status')}</dt>
            <dd>{statusWords(t, d.row.marketStatus)}</dd>
            {!purchases.length ? (
              <>
                <dt>{t('xb.detail.purchase')}</dt>
                <dd data-testid="xb-detail-purchase" data-order-id="">
                  {t('xb.detail.noPurchase')}
                </dd>
              </>
            ) : null}
          </dl>
          <XbError error={error} />
          <PurchaseCards
            purchases={purchases}
            lines={d.lines}
            unfilled={d.row.unfilledLines}
            onMark={(ref, arrived) => mark(arrived, ref)}
          />
          {onTheWay && d.row.state !== 'toPurchase' ? (
            <button type="button" data-testid="xb-mark-arrived" onClick={() => mark(true)}>
              {t(purchases.length > 1 ? 'xb.detail.markAllArrived' : 'xb.detail.markArrived')}
            </button>
          ) : null}
          {marked && d.row.state === 'atForwarder' ? (
            <button type="button" onClick={() => mark(false)}>
              {t('xb.detail.unmarkArrived')}
            </button>
          ) : null}
          {['atForwarder', 'readyToShip'].includes(d.row.state) ? <InvoiceForm row={d.row} onDone={changed} /> : null}
          {d.row.state === 'toPurchase' ? (
            <LinkOrderForm orderKey={props.orderKey} lines={d.lines} onDone={changed} />
          ) : null}
          <ProfitTable profit={d.profit} />
        </>
      ) : null}
    </div>
  );
}
