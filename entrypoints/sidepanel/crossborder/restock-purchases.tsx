import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { RestockPurchaseView } from '@/utils/protocol/messages/crossborder-restock';
import { formatShortDateTime } from '@/utils/ui/format';
import { orderStateKey } from '@/utils/ui/order-state';
import { yuan } from './format';
import { XbError } from './xb-error';

/** The plan's own words before and after 1688's part; 1688's stage words (one name per state) in between. */
function stateKey(p: RestockPurchaseView) {
  if (p.state === 'creating' || p.state === 'failed' || p.state === 'received') return `rs.state.${p.state}` as const;
  return orderStateKey({ marketplace: 'alibaba', marketStatus: p.status ?? 'waitbuyerpay', workState: 'other' });
}

/** The 1688 purchases bought for stock, each with its 1688 state, until the seller marks it received. */
export function RestockPurchases(props: {
  purchases: RestockPurchaseView[];
  /** The option's name in the plan, when known. */
  nameOf: (vendorItemId: string) => string | undefined;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>();
  const mark = (p: RestockPurchaseView, received: boolean) => {
    setError(undefined);
    send('restock.markReceived', { idempotencyKey: p.idempotencyKey, received }).then(props.onChanged, setError);
  };
  return (
    <section data-testid="rs-purchases">
      <h2>{t('rs.purchases')}</h2>
      <XbError error={error} testid="rs-purchase-error" />
      {!props.purchases.length ? <p class="muted">{t('rs.noPurchases')}</p> : null}
      <ul class="xb-list">
        {props.purchases.map((p) => (
          <li
            key={p.idempotencyKey}
            class="xb-row"
            data-testid="rs-purchase"
            data-key={p.idempotencyKey}
            data-order-id={p.orderId ?? ''}
            data-state={p.state}
          >
            <div class="rs-main">
              <span class="xb-line1">
                <span class="mono">{p.orderId ? `1688 ${p.orderId}` : '1688 —'}</span>
                <span class={`xb-badge rs-state-${p.state}`} data-testid="rs-purchase-state">
                  {t(stateKey(p))}
                </span>
              </span>
              <span class="muted small">
                {formatShortDateTime(p.createdAt, 'KST')}
                {p.totalFen !== undefined ? ` · ${yuan(p.totalFen)}` : ''}
              </span>
              <ul class="rs-purchase-lines small">
                {p.lines.map((l) => (
                  <li key={`${l.vendorItemId}/${l.offerId}/${l.specId ?? ''}`}>
                    {props.nameOf(l.vendorItemId) ?? <span class="mono">{l.vendorItemId}</span>} ×{l.items} → 1688 ×
                    {l.quantity}
                  </li>
                ))}
              </ul>
            </div>
            {p.state !== 'failed' && p.state !== 'closed' && p.state !== 'creating' ? (
              <button type="button" data-testid="rs-mark-received" onClick={() => mark(p, p.state !== 'received')}>
                {p.state === 'received' ? t('rs.unmarkReceived') : t('rs.markReceived')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
