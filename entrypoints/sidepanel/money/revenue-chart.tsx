import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { useI18n } from '@/components/i18n';
import type { RevenueDay } from '@/utils/protocol/messages/money';
import { formatWon } from '@/utils/ui/format';

/**
 * Daily sales, Coupang fees and settlement as a uPlot canvas chart (fast with 90 days and large
 * numbers, no framework runtime). The x axis is the day's index with its KST date as the label,
 * so no time zone of this computer is involved. Colours come from the page's CSS variables and
 * the chart is rebuilt when the colour scheme flips, so it follows dark mode.
 */
const DARK = '(prefers-color-scheme: dark)';

/** The chart's colours: the design tokens (assets/tokens.css) in force for this element now. */
function palette(el: HTMLElement) {
  const css = getComputedStyle(el);
  // A canvas needs concrete colours; without a token the text colour is still readable.
  const v = (name: string) => css.getPropertyValue(name).trim() || css.color;
  return {
    fg: v('--fg'),
    grid: v('--line'),
    sale: v('--chart-sale'),
    saleFill: v('--chart-sale-fill'),
    fees: v('--chart-fees'),
    settlement: v('--chart-settlement'),
  };
}

export function RevenueChart(props: { days: RevenueDay[] }) {
  const { t, locale } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const { days } = props;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let plot: uPlot | undefined;
    const build = () => {
      plot?.destroy();
      const c = palette(el);
      const won = (v: number | null) => (v === null ? '–' : formatWon(v, locale));
      const axis = { stroke: c.fg, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid } };
      const opts: uPlot.Options = {
        width: Math.max(240, el.clientWidth),
        height: 200,
        scales: { x: { time: false } },
        legend: { live: true },
        series: [
          { label: t('money.col.date'), value: (_u, i) => (i === null ? '–' : (days[i]?.date ?? '–')) },
          {
            label: t('money.col.sale'),
            stroke: c.sale,
            fill: c.saleFill,
            paths: uPlot.paths.bars?.({ size: [0.7, 24] }),
            value: (_u, v) => won(v),
          },
          { label: t('money.col.fees'), stroke: c.fees, width: 2, value: (_u, v) => won(v) },
          { label: t('money.col.settlement'), stroke: c.settlement, width: 2, value: (_u, v) => won(v) },
        ],
        axes: [
          { ...axis, values: (_u, splits) => splits.map((i) => days[i]?.date.slice(5) ?? '') },
          {
            ...axis,
            size: 56,
            values: (_u, splits) => splits.map((v) => new Intl.NumberFormat('en', { notation: 'compact' }).format(v)),
          },
        ],
      };
      const data: uPlot.AlignedData = [
        days.map((_, i) => i),
        days.map((d) => d.sale),
        days.map((d) => d.serviceFee + d.feeVat + d.shippingCommission),
        days.map((d) => d.settlement),
      ];
      plot = new uPlot(opts, data, el);
    };
    build();
    const scheme = matchMedia(DARK);
    scheme.addEventListener('change', build);
    const resize = new ResizeObserver(() => {
      if (plot && Math.abs(plot.width - el.clientWidth) > 8) plot.setSize({ width: el.clientWidth, height: 200 });
    });
    resize.observe(el);
    return () => {
      scheme.removeEventListener('change', build);
      resize.disconnect();
      plot?.destroy();
    };
  }, [days, locale]);

  return (
    <figure class="money-chart">
      <figcaption>{t('money.chart.title')}</figcaption>
      <div ref={host} data-testid="money-chart" data-days={days.length} aria-hidden="true" />
    </figure>
  );
}
