import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import { formatWon } from './use-money';

/** Payouts (Wing 정산내역): by type, with the expected or actual pay date, this month and the two before. */
export function PayoutsTab(props: { accountKey: string }) {
  const { t, locale } = useI18n();
  const payouts = useAsync(
    () => send('money.payouts', { accountKey: props.accountKey, months: 3 }),
    [props.accountKey],
  );
  const label = (prefix: string, value: string | undefined) => {
    if (!value) return '';
    const key = `${prefix}.${value}` as MessageKey;
    const text = t(key);
    return text === key ? value : text;
  };
  if (payouts.error) return <ErrorText error={payouts.error} />;
  const rows = payouts.value?.rows;
  if (!rows) return <p class="muted">{t('money.loading')}</p>;
  if (!rows.length) return <p class="muted">{t('money.payouts.empty')}</p>;
  return (
    <div class="table-scroll">
      <table class="dense" data-testid="money-payouts">
        <thead>
          <tr>
            <th scope="col">{t('money.payouts.date')}</th>
            <th scope="col">{t('money.col.basis')}</th>
            <th scope="col">{t('money.payouts.status')}</th>
            <th scope="col">{t('money.payouts.period')}</th>
            <th scope="col" class="num">
              {t('money.col.sale')}
            </th>
            <th scope="col" class="num">
              {t('money.payouts.target')}
            </th>
            <th scope="col" class="num">
              {t('money.payouts.amount')}
            </th>
            <th scope="col" class="num">
              {t('money.payouts.last')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.settlementType}:${r.from}:${r.settlementDate}`}
              data-testid="money-payout"
              data-type={r.settlementType}
              data-status={r.status}
              data-amount={r.amount}
            >
              <td>{r.settlementDate ?? ''}</td>
              <td>{label('money.payouts.type', r.settlementType)}</td>
              <td>
                <span class={`badge ${r.status === 'DONE' ? 'actual' : 'estimated'}`}>
                  {label('money.payouts.status', r.status)}
                </span>
              </td>
              <td>
                {r.from ?? ''} – {r.to ?? ''}
              </td>
              <td class="num">{formatWon(r.totalSale, locale)}</td>
              <td class="num">{formatWon(r.targetAmount, locale)}</td>
              <td class="num">{formatWon(r.amount, locale)}</td>
              <td class="num">{formatWon(r.lastAmount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
