import { useI18n } from '@/components/i18n';
import type { OrderQuery } from './use-order-windows';

type Market = OrderQuery['market'];
const MARKETS: readonly Market[] = ['coupang', 'alibaba'];

/**
 * Coupang or 1688 orders: each marketplace has its own tabs and words (Wing's 결제완료…, 1688's
 * 待发货…), so the list shows one marketplace at a time. Shown only when both are connected.
 */
export function MarketSwitch(props: { market: Market; onMarket: (m: Market) => void }) {
  const { t } = useI18n();
  return (
    <div class="market-switch" role="tablist" aria-label={t('orders.market.label')}>
      {MARKETS.map((m) => (
        <button
          key={m}
          type="button"
          role="tab"
          aria-selected={props.market === m}
          class={props.market === m ? 'current' : ''}
          data-testid={`market-${m}`}
          onClick={() => props.onMarket(m)}
        >
          {t(`orders.market.${m}`)}
        </button>
      ))}
    </div>
  );
}
