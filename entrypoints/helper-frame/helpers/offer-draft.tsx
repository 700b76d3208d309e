import { useState } from 'preact/hooks';
import type { OfferViewWire } from '@/utils/protocol/messages/alibaba';
import { useT } from '../i18n';
import { openSidePanel } from './common';

/**
 * "상품 초안 만들기": opens the side panel's product registration prefilled from this offer. Only ids
 * and numbers travel (the offer id, the chosen SKUs' specIds, the landed unit cost and the
 * suggested price); the title, description and images are the seller's own (C16).
 */
export function OfferDraft(props: {
  offerId: string;
  offer?: OfferViewWire;
  unitCostKrw?: number;
  salePriceKrw?: number;
}) {
  const { t } = useT();
  const skus = (props.offer?.skus ?? []).filter((s) => s.specId && /^[0-9a-zA-Z]{1,64}$/.test(s.specId));
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(skus[0]?.specId ? [skus[0].specId] : []));
  const toggle = (specId: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(specId);
    else next.delete(specId);
    setPicked(next);
  };
  const specIds = skus.map((s) => s.specId!).filter((id) => picked.has(id));
  const make = () =>
    openSidePanel({
      area: 'products',
      offerId: props.offerId,
      ...(specIds.length ? { specIds: specIds.slice(0, 50).join(',') } : {}),
      ...(props.unitCostKrw !== undefined ? { unitCost: String(Math.round(props.unitCostKrw)) } : {}),
      ...(props.salePriceKrw !== undefined ? { salePrice: String(Math.round(props.salePriceKrw)) } : {}),
    });
  return (
    <div data-testid="offer-draft">
      <h3 class="cd-title">{t('xb.draft.title')}</h3>
      <p class="cd-muted cd-small">{t('xb.draft.help')}</p>
      {skus.length > 1 ? (
        <fieldset class="cd-grid cd-checks">
          <legend class="cd-small">{t('xb.draft.skus')}</legend>
          {skus.map((s) => (
            <label class="cd-check" key={s.skuId}>
              <input
                type="checkbox"
                data-testid="offer-draft-sku"
                data-spec-id={s.specId}
                checked={picked.has(s.specId!)}
                onChange={(e) => toggle(s.specId!, e.currentTarget.checked)}
              />
              <span>{s.specs.map((x) => x.value).join(' / ') || s.skuId}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="cd-actions">
        <button type="button" data-testid="offer-draft-make" onClick={make}>
          {t('xb.draft.make')}
        </button>
      </div>
    </div>
  );
}
