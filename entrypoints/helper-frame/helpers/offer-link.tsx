import { useState } from 'preact/hooks';
import { MessageError, send } from '@/utils/protocol/client';
import type { OfferViewWire } from '@/utils/protocol/messages/alibaba';
import type { LinkMode } from '@/utils/protocol/messages/crossborder';
import { useT } from '../i18n';
import { HelperNotice, useLoad } from './common';

/**
 * Links this offer (and one of its SKUs) to a Coupang option: the vendorItemId typed or picked
 * from synced Coupang orders, units per Coupang item, 사입 or 구매대행. Only ids and the seller's
 * numbers are kept (C16); the background checks the offer id against this tab's URL.
 */
export function OfferLink(props: { offer: OfferViewWire }) {
  const { t } = useT();
  const offerId = props.offer.id;
  const data = useLoad(() => send('crossborder.offerLinks', { offerId }));
  const [vendorItemId, setVendorItemId] = useState('');
  const [specId, setSpecId] = useState(props.offer.skus[0]?.specId ?? '');
  const [units, setUnits] = useState('1');
  const [mode, setMode] = useState<LinkMode>('agent');
  const [saved, setSaved] = useState<number>();
  const [error, setError] = useState<MessageError>();
  const save = async () => {
    setError(undefined);
    try {
      const r = await send('crossborder.link', {
        link: { vendorItemId, offerId, ...(specId ? { specId } : {}), unitsPerItem: Number(units), mode },
      });
      setSaved(r.count);
      data.reload();
    } catch (e) {
      setError(e instanceof MessageError ? e : new MessageError({ code: 'handler_error', message: String(e) }));
    }
  };
  const links = data.value?.links ?? [];
  const valid = /^\d{1,30}$/.test(vendorItemId) && /^\d{1,4}$/.test(units) && Number(units) >= 1;
  return (
    <section class="cd-calc" data-testid="offer-link">
      <h3 class="cd-title">{t('xb.links.title')}</h3>
      {links.length ? (
        <p class="cd-muted cd-small" data-testid="offer-link-existing" data-count={links.length}>
          {t('xb.links.existing', { count: links.length })}:{' '}
          {links.map((l) => `${l.vendorItemId}${l.specId ? `/${l.specId}` : ''} ×${l.unitsPerItem}`).join(', ')}
        </p>
      ) : null}
      <div class="cd-grid">
        <label class="cd-field">
          {t('xb.links.option')}
          <input
            inputMode="numeric"
            data-testid="offer-link-vendor-item"
            value={vendorItemId}
            onInput={(e) => setVendorItemId(e.currentTarget.value.trim())}
          />
        </label>
        <label class="cd-field">
          {t('xb.links.pick')}
          <select data-testid="offer-link-pick" value="" onChange={(e) => setVendorItemId(e.currentTarget.value)}>
            <option value="">—</option>
            {(data.value?.choices ?? []).map((c) => (
              <option key={c.vendorItemId} value={c.vendorItemId}>
                {c.productName}
                {c.optionName ? ` · ${c.optionName}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label class="cd-field">
          {t('xb.links.spec')}
          <select data-testid="offer-link-spec" value={specId} onChange={(e) => setSpecId(e.currentTarget.value)}>
            {props.offer.skus.length === 0 ? <option value="">{t('xb.links.noSpec')}</option> : null}
            {props.offer.skus.map((s) => (
              <option key={s.skuId} value={s.specId ?? ''}>
                {s.specs.map((x) => x.value).join(' / ') || s.skuId}
              </option>
            ))}
          </select>
        </label>
        <label class="cd-field">
          {t('xb.links.units')}
          <input
            inputMode="numeric"
            data-testid="offer-link-units"
            value={units}
            onInput={(e) => setUnits(e.currentTarget.value)}
          />
        </label>
        <label class="cd-field">
          {t('xb.links.mode')}
          <select
            data-testid="offer-link-mode"
            value={mode}
            onChange={(e) => setMode(e.currentTarget.value as LinkMode)}
          >
            <option value="agent">{t('xb.mode.agent')}</option>
            <option value="stock">{t('xb.mode.stock')}</option>
          </select>
        </label>
      </div>
      <div class="cd-actions">
        <button type="button" data-testid="offer-link-save" disabled={!valid} onClick={() => void save()}>
          {t('xb.links.add')}
        </button>
      </div>
      {saved !== undefined ? (
        <p class="cd-ok" data-testid="offer-link-saved">
          {t('xb.links.saved', { count: saved })}
        </p>
      ) : null}
      {error ? <HelperNotice error={error} marketplace="alibaba" /> : null}
    </section>
  );
}
