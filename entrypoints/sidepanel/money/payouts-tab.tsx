import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import { formatWon } from '@/utils/ui/format';

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
    <ul class="money-cards" data-testid="money-payouts">
      {rows.map((r) => (
        <li
          key={`${r.settlementType}:${r.from}:${r.settlementDate}`}
          data-testid="money-payout"
          data-type={r.settlementType}
          data-status={r.status}
          data-amount={r.amount}
        >
          <div class="row nowrap">
            <span title={t('money.payouts.date')}>{r.settlementDate ?? ''}</span>
            <span>{label('money.payouts.type', r.settlementType)}</span>
            <span class={`badge ${r.status === 'DONE' ? 'actual' : 'estimated'}`}>
              {label('money.payouts.status', r.status)}
            </span>
            <span class="spacer" />
            <strong class="num" title={t('money.payouts.amount')}>
              {formatWon(r.amount, locale)}
            </strong>
          </div>
          <div class="muted small amounts">
            {t('money.payouts.period')} {r.from ?? ''} – {r.to ?? ''} · {t('money.col.sale')}{' '}
            {formatWon(r.totalSale, locale)} · {t('money.payouts.target')} {formatWon(r.targetAmount, locale)}
            {r.lastAmount ? ` · ${t('money.payouts.last')} ${formatWon(r.lastAmount, locale)}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
