import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { OrderProfit } from '@/utils/protocol/messages/money';
import { formatWon } from '@/utils/ui/format';
import type { MoneyRange } from './use-money';

const PAGE = 100;

/**
 * Profit per order: actual from Coupang's revenue line, or estimated (marked) for orders Coupang
 * has not recognised yet. Rows come a page at a time; the background holds the lines.
 */
export function OrdersTab(props: { accountKey: string; range: MoneyRange; version: number }) {
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<OrderProfit[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>();

  const load = async (offset: number) => {
    try {
      const r = await send('money.orders', { accountKey: props.accountKey, ...props.range, offset, limit: PAGE });
      setRows((prev) => (offset === 0 ? r.rows : [...prev, ...r.rows]));
      setTotal(r.total);
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => {
    setError(undefined);
    void load(0);
  }, [props.accountKey, props.range.from, props.range.to, props.version]);

  return (
    <div>
      {error ? <ErrorText error={error} /> : null}
      <p class="muted small">
        {t('money.orders.count', { count: total })} · {t('money.basis.estimatedNote')}
      </p>
      <ul class="money-cards" data-testid="money-orders">
        {rows.map((r) => (
          <li
            key={`${r.orderId}:${r.saleType}:${r.date}`}
            data-testid="money-order"
            data-order-id={r.orderId}
            data-basis={r.basis}
            data-settlement={r.settlement}
            data-seller-discount={r.sellerDiscount}
            data-calculator={r.calculatorSettlement}
            data-profit={r.profit}
          >
            <div class="row nowrap">
              <span>{r.date}</span>
              <span class="mono small">{r.orderId}</span>
              <span class={`badge ${r.basis}`}>{t(`money.basis.${r.basis}`)}</span>
              {r.saleType === 'REFUND' ? <span class="badge refund">{t('money.type.refund')}</span> : null}
              <span class="spacer" />
              <strong class="num">{formatWon(r.profit, locale)}</strong>
            </div>
            <div class="ellipsis wide" title={r.productSummary}>
              {r.productSummary}
            </div>
            <div class="muted small amounts">
              {t('money.col.sale')} {formatWon(r.sale + r.shippingFee, locale)} · {t('money.col.fees')}{' '}
              {formatWon(r.fees, locale)}
              {r.sellerDiscount ? ` · ${t('money.col.sellerDiscount')} ${formatWon(r.sellerDiscount, locale)}` : ''} ·{' '}
              <span
                title={
                  r.calculatorSettlement === undefined
                    ? undefined
                    : t('money.calculatorSettlement', { amount: formatWon(r.calculatorSettlement, locale) })
                }
              >
                {t('money.col.settlement')} {formatWon(r.settlement, locale)}
              </span>{' '}
              · {t('money.col.cost')} {r.costKnown ? formatWon(r.cost, locale) : '–'}
            </div>
          </li>
        ))}
      </ul>
      {rows.length < total ? (
        <button type="button" data-testid="money-orders-more" onClick={() => void load(rows.length)}>
          {t('money.orders.more')}
        </button>
      ) : null}
    </div>
  );
}
