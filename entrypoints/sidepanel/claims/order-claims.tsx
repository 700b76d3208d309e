import { useAsync, useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import { openArea } from '../shell/area-link';

/**
 * An order's returns and exchanges (from the cached claims), each a link to it in the claims area:
 * the order view's way to its claims, as the claim's "open order" is the way back.
 */
export function OrderClaims(props: { orderKey: string }) {
  const { t } = useI18n();
  const claims = useAsync(() => send('claims.forOrder', { orderKey: props.orderKey }), [props.orderKey]);
  const returns = claims.value?.returns ?? [];
  const exchanges = claims.value?.exchanges ?? [];
  if (!returns.length && !exchanges.length) return null;
  return (
    <section data-testid="order-claims">
      <h3>{t('claims.orderClaims')}</h3>
      <ul class="plain">
        {returns.map((r) => (
          <li key={r.receiptId}>
            <button
              type="button"
              class="link"
              data-testid="order-claim"
              data-receipt-id={r.receiptId}
              onClick={() => openArea({ area: 'claims', focus: { tab: r.tab, id: r.receiptId } })}
            >
              {t('claims.receipt', { id: r.receiptId })} · {t(`claims.tab.${r.tab}` as MessageKey)}
            </button>
          </li>
        ))}
        {exchanges.map((x) => (
          <li key={x.exchangeId}>
            <button
              type="button"
              class="link"
              data-testid="order-claim"
              data-exchange-id={x.exchangeId}
              onClick={() => openArea({ area: 'claims', focus: { tab: 'exchange', id: x.exchangeId } })}
            >
              {t('claims.exchangeNo', { id: x.exchangeId })} · {t(`claims.exchangeStatus.${x.status}` as MessageKey)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
