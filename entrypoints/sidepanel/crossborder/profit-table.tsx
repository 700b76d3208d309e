import { useI18n } from '@/components/i18n';
import type { CrossborderProfit } from '@/utils/protocol/messages/crossborder';
import { formatWon } from '@/utils/ui/format';
import { yuanNumber } from './format';

/** Profit of one order, line by line to the won, with where each figure came from. */
export function ProfitTable(props: { profit: CrossborderProfit }) {
  const { t, locale } = useI18n();
  const p = props.profit;
  const line = (label: string, value: number, testid: string, sign = -1) => (
    <>
      <dt>{label}</dt>
      <dd class="num" data-testid={testid} data-value={value}>
        {formatWon(sign * value, locale)}
      </dd>
    </>
  );
  return (
    <section class="xb-card" data-testid="xb-profit" data-profit={p.profit} data-basis={p.basis}>
      <h3>
        {t('xb.profit.title')}{' '}
        <span class={`xb-badge ${p.basis}`}>
          {t(p.basis === 'actual' ? 'xb.profit.actual' : 'xb.profit.estimated')}
        </span>
      </h3>
      <dl class="kv xb-profit">
        {line(t('xb.profit.sale'), p.sale, 'xb-profit-sale', 1)}
        {line(t('xb.profit.shippingFee'), p.shippingFee, 'xb-profit-shipping', 1)}
        {line(t('xb.profit.fees'), p.coupangFees, 'xb-profit-fees')}
        {p.sellerDiscount ? line(t('xb.profit.discount'), p.sellerDiscount, 'xb-profit-discount') : null}
        {line(t('xb.profit.settlement'), p.settlement, 'xb-profit-settlement', 1)}
        {line(
          t('xb.profit.goods', { cny: yuanNumber(p.goodsFen ?? 0), rate: p.krwPerCny ?? '–' }),
          p.goodsKrw,
          'xb-profit-goods',
        )}
        {line(t('xb.profit.freight', { cny: yuanNumber(p.freightFen ?? 0) }), p.freightKrw, 'xb-profit-freight')}
        {line(t('xb.profit.forwarder'), p.forwarderKrw, 'xb-profit-forwarder')}
        {line(t('xb.profit.other'), p.otherKrw, 'xb-profit-other')}
        {line(t('xb.profit.duty'), p.dutyKrw, 'xb-profit-duty')}
        {line(t('xb.profit.vat'), p.importVatKrw, 'xb-profit-vat')}
        <dt>
          <strong>{t('xb.profit.profit')}</strong>
        </dt>
        <dd class="num" data-testid="xb-profit-value" data-value={p.profit}>
          <strong>{formatWon(p.profit, locale)}</strong>
        </dd>
      </dl>
      <p class="muted small">{t('xb.profit.customsValue', { usd: (p.customsValueUsdCents / 100).toFixed(2) })}</p>
      {p.combinedOverThreshold ? (
        <p class="xb-warn" data-testid="xb-profit-combined">
          {t('xb.profit.combined')}
        </p>
      ) : null}
      {!p.costKnown ? <p class="xb-warn">{t('xb.profit.costUnknown')}</p> : null}
    </section>
  );
}
