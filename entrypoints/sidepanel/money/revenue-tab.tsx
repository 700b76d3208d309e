import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { RevenueAmounts, RevenueReport } from '@/utils/protocol/messages/money';
import { formatWon } from '@/utils/ui/format';
import { RevenueChart } from './revenue-chart';
import { formatTenths } from './use-money';

/** The columns every revenue table shows, in Wing's order. */
export const AMOUNT_COLUMNS: Array<{ key: keyof RevenueAmounts; label: MessageKey }> = [
  { key: 'sale', label: 'money.col.sale' },
  { key: 'serviceFee', label: 'money.col.serviceFee' },
  { key: 'feeVat', label: 'money.col.feeVat' },
  { key: 'shippingFee', label: 'money.col.shippingFee' },
  { key: 'shippingCommission', label: 'money.col.shippingCommission' },
  { key: 'sellerDiscount', label: 'money.col.sellerDiscount' },
  { key: 'settlement', label: 'money.col.settlement' },
];

/** A labelled amount; `data-won` carries the exact integer for tests and copy-paste. */
function Figure(props: { label: string; won: number; testid: string; strong?: boolean }) {
  const { locale } = useI18n();
  return (
    <div class={props.strong ? 'figure strong' : 'figure'}>
      <span class="muted small">{props.label}</span>
      <span class="num" data-testid={props.testid} data-won={props.won}>
        {formatWon(props.won, locale)}
      </span>
    </div>
  );
}

function Totals({ report }: { report: RevenueReport }) {
  const { t } = useI18n();
  return (
    <section class="card" data-testid="money-totals" aria-labelledby="money-totals-title">
      <h2 id="money-totals-title">
        {t('money.totals.title', { from: report.from, to: report.to })}{' '}
        <span class="muted small" data-testid="money-order-count" data-count={report.totals.orders}>
          {t('money.orders.count', { count: report.totals.orders })}
        </span>
      </h2>
      <div class="figures">
        {AMOUNT_COLUMNS.map((c) => (
          <Figure
            key={c.key}
            label={t(c.label)}
            won={report.totals[c.key]}
            testid={`total-${c.key}`}
            strong={c.key === 'settlement'}
          />
        ))}
      </div>
    </section>
  );
}

function Profit({ report }: { report: RevenueReport }) {
  const { t } = useI18n();
  const p = report.profit;
  return (
    <section class="card" data-testid="money-profit" aria-labelledby="money-profit-title">
      <h2 id="money-profit-title">{t('money.summary.title')}</h2>
      <div class="figures">
        <Figure label={t('money.summary.revenue')} won={p.revenue} testid="profit-revenue" />
        <Figure label={t('money.summary.fees')} won={p.fees} testid="profit-fees" />
        <Figure label={t('money.summary.discounts')} won={p.discounts} testid="profit-discounts" />
        <Figure label={t('money.summary.cost')} won={p.cost} testid="profit-cost" />
        <Figure label={t('money.summary.profit')} won={p.profit} testid="profit-profit" strong />
        <div class="figure">
          <span class="muted small">{t('money.summary.margin')}</span>
          <span class="num" data-testid="profit-margin">
            {formatTenths(p.marginTenths)}
          </span>
        </div>
      </div>
      {p.linesWithoutCost > 0 ? (
        <p class="muted small">{t('money.summary.costMissing', { count: p.linesWithoutCost })}</p>
      ) : null}
    </section>
  );
}

/** The chart's data as a table: what a screen reader reads, and the exact figures. */
function DayTable({ report }: { report: RevenueReport }) {
  const { t, locale } = useI18n();
  return (
    <div class="table-scroll short">
      <table class="dense" data-testid="money-days">
        <caption class="sr-only">{t('money.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('money.col.date')}</th>
            <th scope="col" class="num">
              {t('money.col.orders')}
            </th>
            {AMOUNT_COLUMNS.map((c) => (
              <th key={c.key} scope="col" class="num">
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...report.days].reverse().map((d) => (
            <tr key={d.date} data-date={d.date} data-sale={d.sale} data-settlement={d.settlement}>
              <th scope="row">{d.date}</th>
              <td class="num">{d.orders}</td>
              {AMOUNT_COLUMNS.map((c) => (
                <td key={c.key} class="num">
                  {formatWon(d[c.key], locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Gaps({ report }: { report: RevenueReport }) {
  const { t } = useI18n();
  if (!report.gaps.length) return null;
  return (
    <section class="card warn-card" data-testid="money-gaps" role="status">
      <h2>{t('money.gaps.title')}</h2>
      <p class="small">{t('money.gaps.text')}</p>
      <ul class="small">
        {report.gaps.slice(0, 50).map((g) => (
          <li key={g.orderId} data-testid="money-gap" data-order-id={g.orderId}>
            {t('money.gaps.row', { orderId: g.orderId, delivered: g.deliveredDate, expected: g.expectedDate })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RevenueTab({ report }: { report: RevenueReport }) {
  const { t } = useI18n();
  return (
    <div data-testid="money-revenue">
      <Totals report={report} />
      <Gaps report={report} />
      <Profit report={report} />
      {report.totals.lines === 0 ? <p class="muted">{t('money.empty')}</p> : null}
      <div class="chart-and-table">
        <RevenueChart days={report.days} />
        <DayTable report={report} />
      </div>
    </div>
  );
}
