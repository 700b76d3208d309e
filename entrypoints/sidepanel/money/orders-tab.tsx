import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { OrderProfit } from '@/utils/protocol/messages/money';
import { formatWon, type MoneyRange } from './use-money';

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
      <div class="table-scroll">
        <table class="dense" data-testid="money-orders">
          <thead>
            <tr>
              <th scope="col">{t('money.col.date')}</th>
              <th scope="col">{t('money.col.product')}</th>
              <th scope="col">{t('money.col.basis')}</th>
              <th scope="col" class="num">
                {t('money.col.sale')}
              </th>
              <th scope="col" class="num">
                {t('money.col.fees')}
              </th>
              <th scope="col" class="num">
                {t('money.col.settlement')}
              </th>
              <th scope="col" class="num">
                {t('money.col.cost')}
              </th>
              <th scope="col" class="num">
                {t('money.col.profit')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.orderId}:${r.saleType}:${r.date}`}
                data-testid="money-order"
                data-order-id={r.orderId}
                data-basis={r.basis}
                data-settlement={r.settlement}
                data-seller-discount={r.sellerDiscount}
                data-calculator={r.calculatorSettlement}
                data-profit={r.profit}
              >
                <td>{r.date}</td>
                <td class="ellipsis" title={`${r.orderId} ${r.productSummary}`}>
                  <span class="mono">{r.orderId}</span> {r.productSummary}
                </td>
                <td>
                  <span class={`badge ${r.basis}`}>{t(`money.basis.${r.basis}`)}</span>
                  {r.saleType === 'REFUND' ? <span class="badge refund">{t('money.type.refund')}</span> : null}
                </td>
                <td class="num">{formatWon(r.sale + r.shippingFee, locale)}</td>
                <td class="num">{formatWon(r.fees, locale)}</td>
                <td
                  class="num"
                  title={
                    r.calculatorSettlement === undefined
                      ? undefined
                      : t('money.calculatorSettlement', { amount: formatWon(r.calculatorSettlement, locale) })
                  }
                >
                  {formatWon(r.settlement, locale)}
                </td>
                <td class="num">{r.costKnown ? formatWon(r.cost, locale) : '–'}</td>
                <td class="num">{formatWon(r.profit, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < total ? (
        <button type="button" data-testid="money-orders-more" onClick={() => void load(rows.length)}>
          {t('money.orders.more')}
        </button>
      ) : null}
    </div>
  );
}
