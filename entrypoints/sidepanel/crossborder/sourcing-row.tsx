import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { landedCostInputOf, suggestedPrice } from '@/utils/calculator/from-settings';
import { calculateLandedCost, type LandedCostResult } from '@/utils/calculator/landed-cost';
import { tiersOf } from '@/utils/calculator/offer-tiers';
import { send } from '@/utils/protocol/client';
import type { OfferViewWire } from '@/utils/protocol/messages/alibaba';
import type { SourcingRow } from '@/utils/protocol/messages/crossborder-sourcing';
import { formatShortDateTime, formatWon } from '@/utils/ui/format';
import { yuan } from './format';
import { XbError } from './xb-error';

type Figures = { result: LandedCostResult } | { missing: 'rate' | 'price' | 'input' };

/** The landed cost and margin from the seller's kept numbers and 1688's tiers (none: only the seller's own price). */
function sourcingFigures(row: SourcingRow, offer: OfferViewWire | undefined): Figures {
  const input = landedCostInputOf(row.settings, row.inputs, offer ? tiersOf(offer) : []);
  if ('missing' in input) return input;
  try {
    return { result: calculateLandedCost(input) };
  } catch {
    return { missing: 'input' };
  }
}

/** One kept offer: its numbers and links; opened, 1688's title and prices with the figures and a listing draft. */
export function SourcingRowCard(props: { row: SourcingRow; onRemoved: () => void }) {
  const { t, locale } = useI18n();
  const r = props.row;
  const [open, setOpen] = useState(false);
  const [offer, setOffer] = useState<{ value?: OfferViewWire; error?: unknown; loading: boolean }>();
  const [skus, setSkus] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>();

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && !offer) {
      setOffer({ loading: true });
      send('offers.get', { offerId: r.offerId }).then(
        (o) => {
          setOffer({ value: o.offer, loading: false });
          const first = o.offer.skus.find((s) => s.specId)?.specId;
          if (first) setSkus(new Set([first]));
        },
        (e) => setOffer({ error: e, loading: false }),
      );
    }
  };
  const figures = offer && !offer.loading ? sourcingFigures(r, offer.value) : undefined;
  const result = figures && 'result' in figures ? figures.result : undefined;
  const specIds = (offer?.value?.skus ?? []).flatMap((s) => (s.specId && skus.has(s.specId) ? [s.specId] : []));

  const draft = () => {
    setError(undefined);
    const price = suggestedPrice(r.inputs.salePriceKrw, result?.breakEvenKrw);
    send('ui.openSidePanel', {
      view: {
        area: 'products',
        offerId: r.offerId,
        ...(specIds.length ? { specIds: specIds.slice(0, 50).join(',') } : {}),
        ...(result ? { unitCost: String(result.landedKrw) } : {}),
        ...(price ? { salePrice: String(price) } : {}),
      },
    }).catch(setError);
  };
  const remove = () => {
    setError(undefined);
    send('sourcing.remove', { offerId: r.offerId }).then(props.onRemoved, setError);
  };

  return (
    <li class="xb-card src-row" data-testid="sourcing-row" data-offer-id={r.offerId} data-links={r.links.length}>
      <button type="button" class="src-head" aria-expanded={open} data-testid="sourcing-open" onClick={toggle}>
        <span class="xb-line1">
          <span class="mono grow">1688 {r.offerId}</span>
          {r.links.length ? (
            <span class="xb-badge" data-testid="sourcing-linked">
              {t('src.linked', { count: r.links.length })}
            </span>
          ) : (
            <span class="xb-badge estimated">{t('src.notLinked')}</span>
          )}
        </span>
        <span class="muted small">
          {t('src.kept', { when: formatShortDateTime(r.updatedAt) })} · {t('src.qty', { count: r.inputs.quantity })}
          {r.inputs.salePriceKrw ? ` · ${t('src.salePrice')} ${formatWon(r.inputs.salePriceKrw, locale)}` : ''}
          {r.inputs.unitPriceFenOverride !== undefined
            ? ` · ${t('src.ownPrice')} ${yuan(r.inputs.unitPriceFenOverride)}`
            : ''}
        </span>
      </button>
      {open ? (
        <div class="src-detail" data-testid="sourcing-detail">
          {offer?.loading ? <p class="muted small">{t('src.reading')}</p> : null}
          {offer?.value ? (
            <p class="src-title ellipsis" title={offer.value.title} data-testid="sourcing-title">
              {offer.value.title} · <span class="muted">{offer.value.supplier.name}</span>
            </p>
          ) : null}
          {offer?.error ? (
            <div class="small">
              <p class="muted">{t('src.noOffer')}</p>
              <XbError error={offer.error} testid="sourcing-offer-error" />
            </div>
          ) : null}
          {figures && 'missing' in figures ? (
            <p class="xb-warn small" data-testid="sourcing-missing" data-missing={figures.missing}>
              {t(`src.missing.${figures.missing}`)}
            </p>
          ) : null}
          {result ? (
            <dl class="kv small" data-testid="sourcing-figures" data-landed={result.landedKrw}>
              <dt>{t('src.unitPrice')}</dt>
              <dd class="num">{yuan(result.unitPriceFen)}</dd>
              <dt>{t('src.landed')}</dt>
              <dd class="num" data-testid="sourcing-landed">
                {formatWon(result.landedKrw, locale)}
              </dd>
              <dt>{t('src.breakEven')}</dt>
              <dd class="num">{result.breakEvenKrw !== undefined ? formatWon(result.breakEvenKrw, locale) : '—'}</dd>
              {result.marginKrw !== undefined ? (
                <>
                  <dt>{t('src.margin')}</dt>
                  <dd class="num" data-testid="sourcing-margin">
                    {formatWon(result.marginKrw, locale)}
                    {result.marginPercent !== undefined ? ` (${result.marginPercent.toFixed(1)}%)` : ''}
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
          {(offer?.value?.skus.filter((s) => s.specId).length ?? 0) > 1 ? (
            <fieldset class="src-skus small">
              <legend>{t('src.skus')}</legend>
              {offer!
                .value!.skus.filter((s) => s.specId)
                .map((s) => (
                  <label key={s.skuId}>
                    <input
                      type="checkbox"
                      data-testid="sourcing-sku"
                      checked={skus.has(s.specId!)}
                      onChange={(e) => {
                        const next = new Set(skus);
                        if (e.currentTarget.checked) next.add(s.specId!);
                        else next.delete(s.specId!);
                        setSkus(next);
                      }}
                    />{' '}
                    {s.specs.map((x) => x.value).join(' / ') || s.skuId}
                  </label>
                ))}
            </fieldset>
          ) : null}
          <div class="row">
            <button type="button" class="primary" data-testid="sourcing-draft" onClick={draft}>
              {t('src.draft')}
            </button>
            <a
              class="button"
              href={`https://detail.1688.com/offer/${r.offerId}.html`}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="sourcing-open-1688"
            >
              {t('src.open1688')}
            </a>
            <button type="button" data-testid="sourcing-remove" onClick={remove}>
              {t('src.remove')}
            </button>
          </div>
          <XbError error={error} testid="sourcing-row-error" />
        </div>
      ) : null}
    </li>
  );
}
