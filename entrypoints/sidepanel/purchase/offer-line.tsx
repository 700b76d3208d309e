import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { formatMoney } from '@/utils/ui/format';
import { type Line, specLabel } from './lines';
import type { OfferLines } from './use-offer-lines';

/** One offer line of the edit step: offer id (looked up on blur or on request), what it is, spec and quantity. */
export function OfferLine(props: { line: Line; index: number; lines: OfferLines; accountKey: string | undefined }) {
  const { t, locale } = useI18n();
  const { line: l, lines } = props;
  const lookUp = () => void lines.lookUp(l, props.accountKey);
  return (
    <div class="card purchase-line" data-testid="purchase-line">
      <div class="row">
        <label class="field">
          <span>{t('alibaba.po.offerId')}</span>
          <input
            data-testid="purchase-offer-id"
            inputMode="numeric"
            value={l.offerId}
            onInput={(e) => lines.patch(l.id, { offerId: e.currentTarget.value, offer: undefined, specId: '' })}
            onBlur={() => !l.offer && lookUp()}
          />
        </label>
        <button type="button" data-testid="purchase-load-offer" onClick={lookUp} disabled={l.loading}>
          {l.loading ? t('alibaba.po.loadingOffer') : t('alibaba.po.loadOffer')}
        </button>
        {lines.lines.length > 1 ? (
          <button type="button" class="link" onClick={() => lines.remove(l.id)}>
            {t('alibaba.po.removeLine')}
          </button>
        ) : null}
      </div>
      {l.offer ? (
        <div>
          <div data-testid="purchase-offer-title">
            <strong>{l.offer.title}</strong> <span class="muted">{l.offer.supplier.name}</span>
          </div>
          <div class="muted small">
            {t('alibaba.po.moq', { qty: l.offer.minOrderQty })}
            {l.offer.stock !== undefined ? ` · ${t('alibaba.po.stock', { stock: l.offer.stock })}` : ''}
          </div>
        </div>
      ) : null}
      <div class="row">
        {l.offer?.skus.some((s) => s.specId) ? (
          <label class="field">
            <span>{t('alibaba.po.spec')}</span>
            <select
              data-testid="purchase-spec"
              value={l.specId}
              onChange={(e) => lines.patch(l.id, { specId: e.currentTarget.value })}
            >
              <option value="">{t('alibaba.po.chooseSpec')}</option>
              {l.offer.skus
                .filter((s) => s.specId)
                .map((s) => (
                  <option key={s.specId} value={s.specId}>
                    {specLabel(s)}
                    {s.price ? ` · ${formatMoney(s.price, locale)}` : ''}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        <label class="field">
          <span>{t('alibaba.po.qty')}</span>
          <input
            data-testid="purchase-qty"
            type="number"
            min={1}
            value={l.quantity}
            onInput={(e) => lines.patch(l.id, { quantity: e.currentTarget.value })}
          />
        </label>
      </div>
      <ErrorText error={l.error} testid={`purchase-offer-error-${props.index}`} />
    </div>
  );
}
