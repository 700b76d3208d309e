import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { CategoryNodeView } from '@/utils/protocol/messages/catalog';
import type { DraftSource } from '@/utils/protocol/messages/crossborder';
import type { SidePanelView } from '@/utils/protocol/messages/ui';
import { formatMoney } from '@/utils/ui/format';
import { type DraftItem, emptyItem } from './create-options';

/** What the offer helper sent: ids and the seller's numbers, never the offer's text (C16). */
export interface DraftSeed {
  offerId: string;
  specIds: string[];
  unitCost?: number;
  salePrice?: number;
}

export function seedOf(view: SidePanelView | undefined): DraftSeed | undefined {
  if (!view?.offerId) return undefined;
  return {
    offerId: view.offerId,
    specIds: view.specIds ? view.specIds.split(',') : [],
    ...(view.unitCost ? { unitCost: Number(view.unitCost) } : {}),
    ...(view.salePrice ? { salePrice: Number(view.salePrice) } : {}),
  };
}

/** One option per chosen SKU, priced at the suggestion (Coupang's 10-won steps); names and codes are the seller's. */
export function seedItems(seed: DraftSeed): DraftItem[] {
  const price = seed.salePrice ? Math.ceil(seed.salePrice / 10) * 10 : 0;
  return Array.from({ length: Math.max(1, seed.specIds.length) }, () => ({ ...emptyItem(), salePrice: price }));
}

export interface DraftChoices {
  agent: boolean;
  units: string;
  rights: boolean;
}

/** The draft's source: option i ↔ `specs[i]` (the SKU it was made for; none for an option added by hand). */
export function draftSource(
  seed: DraftSeed,
  choices: DraftChoices,
  specs: ReadonlyArray<string | undefined>,
): DraftSource {
  const unitsPerItem = Math.max(1, Math.min(1000, Number(choices.units) || 1));
  return {
    offerId: seed.offerId,
    mode: choices.agent ? 'agent' : 'stock',
    options: specs.map((specId) => ({ ...(specId ? { specId } : {}), unitsPerItem })),
  };
}

/**
 * Each option's SKU follows the option when the list changes: an edit keeps the list (and its
 * SKUs), a removal drops that option's SKU (the other options are the same objects), an added
 * option has none.
 */
export function followSpecs(
  before: readonly DraftItem[],
  after: readonly DraftItem[],
  specs: ReadonlyArray<string | undefined>,
): Array<string | undefined> {
  if (after.length === before.length) return [...specs];
  if (after.length < before.length) return after.map((item) => specs[before.indexOf(item)]);
  return [...specs, ...Array.from({ length: after.length - before.length }, () => undefined)];
}

/** The draft's 1688 side: offer and SKUs (ids), landed cost, 구매대행, units per item, image rights. */
export function DraftSourceBox(props: {
  seed: DraftSeed;
  choices: DraftChoices;
  tried: boolean;
  onChange: (c: DraftChoices) => void;
}) {
  const { t, locale } = useI18n();
  const { seed, choices } = props;
  const set = (patch: Partial<DraftChoices>) => props.onChange({ ...choices, ...patch });
  const check = (key: 'agent' | 'rights', label: MessageKey) => (
    <label class="check">
      <input
        type="checkbox"
        data-testid={`draft-${key}`}
        checked={choices[key]}
        onChange={(e) => set({ [key]: e.currentTarget.checked })}
      />
      <span>{t(label)}</span>
    </label>
  );
  return (
    <fieldset class="draft-source" data-testid="draft-source" data-offer-id={seed.offerId}>
      <legend>{t('xb.draft.from')}</legend>
      <p class="small">
        {t('xb.draft.offer', { offerId: seed.offerId })}
        {seed.specIds.length ? ` · ${t('xb.draft.skuCount', { count: seed.specIds.length })}` : ''}
      </p>
      {seed.unitCost !== undefined ? (
        <p class="small" data-testid="draft-unit-cost">
          {t('xb.draft.unitCost', { cost: formatMoney({ currency: 'KRW', minor: seed.unitCost }, locale) })}
          {seed.salePrice !== undefined
            ? ` · ${t('xb.draft.suggested', { price: formatMoney({ currency: 'KRW', minor: seed.salePrice }, locale) })}`
            : ''}
        </p>
      ) : null}
      <p class="muted small">{t('xb.draft.ownWords')}</p>
      {check('agent', 'xb.draft.agent')}
      <label class="field">
        <span>{t('xb.links.units')}</span>
        <input
          inputMode="numeric"
          data-testid="draft-units"
          value={choices.units}
          onInput={(e) => set({ units: e.currentTarget.value })}
        />
      </label>
      {check('rights', 'xb.draft.rights')}
      {props.tried && !choices.rights ? (
        <p class="error-text" role="alert" data-testid="draft-rights-missing">
          {t('xb.draft.rightsMissing')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Coupang's category recommendation for the seller's own product name (never the 1688 title). */
export function RecommendCategory(props: { accountKey: string; name: string; onPick: (code: string) => void }) {
  const { t } = useI18n();
  const [got, setGot] = useState<{ result: string; category?: CategoryNodeView }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ask = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await send('catalog.categories.recommend', {
        accountKey: props.accountKey,
        productName: props.name.trim(),
      });
      setGot(r);
      if (r.category?.leaf) props.onPick(r.category.code);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        data-testid="create-recommend"
        disabled={busy || !props.name.trim()}
        onClick={() => void ask()}
      >
        {t('catalog.cat.recommend')}
      </button>
      {error ? <ErrorText error={error} /> : null}
      {got ? (
        <p class="small" data-testid="create-recommended" data-code={got.category?.code ?? ''}>
          {got.category
            ? t('catalog.cat.recommended', { path: got.category.path, code: got.category.code })
            : t(
                got.result === 'INSUFFICIENT_INFORMATION' ? 'catalog.cat.insufficient' : 'catalog.cat.noRecommendation',
              )}
        </p>
      ) : null}
    </>
  );
}
