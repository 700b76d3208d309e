import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { formatMoney, formatTimeHM } from '@/utils/ui/format';
import { type Line, specLabel } from './lines';
import type { Preview, PurchaseFlow } from './use-purchase-flow';

/** Step 2: what 1688 will charge (per supplier order, goods, freight, total), trade mode, warnings; then "create". */
export function ConfirmStep(props: { flow: PurchaseFlow; preview: Preview }) {
  const { t, locale } = useI18n();
  const f = props.flow;
  const p = props.preview.preview;
  const totalText = formatMoney(p.total, locale);
  const warningText = (w: { code: string; offerId?: string }) => {
    const key = `alibaba.po.warn.${w.code}`;
    const text = t(key as MessageKey, { offer: w.offerId ?? '' });
    return text === key ? w.code : text;
  };
  return (
    <div class="purchase-confirm" data-testid="purchase-confirm">
      <h3>{t('alibaba.po.confirmTitle')}</h3>
      {p.orders.map((o, i) => (
        <SupplierOrder key={i} n={i + 1} order={o} lines={f.lines.lines} />
      ))}
      <dl class="kv">
        <dt>{t('alibaba.po.goods')}</dt>
        <dd data-testid="purchase-goods">{formatMoney(p.goods, locale)}</dd>
        <dt>{t('alibaba.po.shipping')}</dt>
        <dd data-testid="purchase-shipping">{formatMoney(p.shipping, locale)}</dd>
        {p.discount.minor ? (
          <>
            <dt>{t('alibaba.po.discount')}</dt>
            <dd>-{formatMoney(p.discount, locale)}</dd>
          </>
        ) : null}
        <dt>{t('alibaba.po.total')}</dt>
        <dd data-testid="purchase-total" data-minor={p.total.minor}>
          <strong>{totalText}</strong>
        </dd>
      </dl>
      <TradeMode flow={f} preview={props.preview} />
      {p.warnings.length ? (
        <ul class="warn" data-testid="purchase-warnings">
          {p.warnings.map((w, i) => (
            <li key={i}>{warningText(w)}</li>
          ))}
        </ul>
      ) : null}
      <p class="muted small">
        {t('alibaba.po.expiresAt', { time: formatTimeHM(props.preview.expiresAt, 'KST') })} ·{' '}
        {t('alibaba.po.confirmHint')}
      </p>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="purchase-create"
          disabled={f.busy || !p.orderable}
          onClick={() => void f.create()}
        >
          {t('alibaba.po.create', { total: totalText })}
        </button>
        <button type="button" data-testid="purchase-edit" onClick={f.startOver} disabled={f.busy}>
          {t('alibaba.po.edit')}
        </button>
      </div>
    </div>
  );
}

type PreviewOrder = Preview['preview']['orders'][number];

/** One supplier's part of the preview, each line matched to the seller's own line (title, spec, quantity). */
function SupplierOrder(props: { n: number; order: PreviewOrder; lines: Line[] }) {
  const { t, locale } = useI18n();
  return (
    <table class="dense" data-testid="purchase-preview-order">
      <caption>{t('alibaba.po.supplierOrder', { n: props.n })}</caption>
      <tbody>
        {props.order.lines.map((l, j) => {
          const mine = props.lines.find((x) => x.offerId.trim() === l.offerId && (!l.specId || x.specId === l.specId));
          const sku = mine?.offer?.skus.find((k) => k.specId === l.specId);
          return (
            <tr key={j} data-testid="purchase-preview-line" data-ok={String(l.ok)}>
              <td class="wrap">
                {mine?.offer?.title ?? <span class="mono">{l.offerId}</span>}
                {sku ? <div class="muted small">{specLabel(sku)}</div> : null}
              </td>
              <td class="num">{mine ? `× ${mine.quantity}` : ''}</td>
              <td class="num">{l.unitPrice ? formatMoney(l.unitPrice, locale) : ''}</td>
              <td class="num">{l.amount ? formatMoney(l.amount, locale) : ''}</td>
              <td>{l.ok ? '' : <span class="error">{t('alibaba.po.lineRejected')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A choice when 1688 offers several trade modes, the name when it offers one. */
function TradeMode(props: { flow: PurchaseFlow; preview: Preview }) {
  const { t } = useI18n();
  const modes = props.preview.preview.orders.flatMap((o) => o.tradeModes).filter((m) => m.tradeType);
  if (modes.length === 1) {
    return (
      <p class="muted small">
        {t('alibaba.po.tradeMode')}: {modes[0]!.name}
      </p>
    );
  }
  if (modes.length === 0) return null;
  return (
    <label class="field">
      <span>{t('alibaba.po.tradeMode')}</span>
      <select
        data-testid="purchase-trade-mode"
        value={props.flow.tradeType}
        onChange={(e) => props.flow.setTradeType(e.currentTarget.value)}
      >
        {modes.map((m) => (
          <option key={m.tradeType} value={m.tradeType}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
