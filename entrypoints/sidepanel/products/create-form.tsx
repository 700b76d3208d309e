import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { draftProblems } from '@/utils/domain/product-draft';
import type { MessageKey } from '@/utils/i18n';
import { MessageError, send } from '@/utils/protocol/client';
import type { CategoryMetaView, ProductDraft } from '@/utils/protocol/messages/products';
import { useCouriers } from '../orders/invoices/use-couriers';
import { CreateOptions, type DraftItem, emptyItem } from './create-options';
import { CreateStatus } from './create-status';
import {
  type DraftChoices,
  type DraftSeed,
  DraftSourceBox,
  draftSource,
  followSpecs,
  RecommendCategory,
  seedItems,
} from './draft-source';
import { useCreate } from './use-create';

/** The background names a refused field by its draft path: the form's own label for it. */
function fieldName(field: string, t: (k: MessageKey) => string): string {
  const option = /^items\.(\d+)\.itemName$/.exec(field);
  if (option) return `${t('products.create.itemName')} ${option[1]}`;
  const labels: Record<string, MessageKey> = {
    name: 'products.create.name',
    brand: 'products.create.brand',
    imageUrl: 'products.create.image',
  };
  return labels[field] ? t(labels[field]) : field;
}

type Base = Omit<ProductDraft, 'items' | 'notices' | 'noticeCategory' | 'certifications' | 'displayCategoryCode'>;

/**
 * A plain product registration: a leaf category code drives which buy options, notice fields and
 * certification the form asks for (Coupang's category meta); every check Coupang makes is shown
 * before sending; the create goes through the outbox exactly once. With a `seed` (a listing draft
 * from a 1688 offer) the options come from the chosen SKUs and the calculator's price, and the
 * seller's own title, image and image-rights confirmation go with 구매대행 or 사입.
 */
export function CreateForm(props: { accountKey: string; seed?: DraftSeed }) {
  const { t } = useI18n();
  const couriers = useCouriers();
  const places = useAsync(() => send('products.places', { accountKey: props.accountKey }), [props.accountKey]);
  const [code, setCode] = useState('');
  const [meta, setMeta] = useState<CategoryMetaView>();
  const [metaError, setMetaError] = useState<unknown>();
  const [base, setBase] = useState<Base>({
    name: '',
    brand: '',
    outboundShippingPlaceCode: '',
    returnCenterCode: '',
    deliveryCompanyCode: 'CJGLS',
    deliveryCharge: 0,
    returnCharge: 3000,
    imageUrl: '',
  });
  const { seed } = props;
  const [items, setItems] = useState<DraftItem[]>(() => (seed ? seedItems(seed) : [emptyItem()]));
  const [specs, setSpecs] = useState<Array<string | undefined>>(() => items.map((_, i) => seed?.specIds[i]));
  const changeItems = (next: DraftItem[]) => {
    setSpecs(followSpecs(items, next, specs));
    setItems(next);
  };
  const [choices, setChoices] = useState<DraftChoices>({ agent: false, units: '1', rights: false });
  const [notices, setNotices] = useState<Record<string, string>>({});
  const [certs, setCerts] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const create = useCreate(props.accountKey, seed ? draftSource(seed, choices, specs) : undefined);

  const loadMeta = async (c = code) => {
    setMetaError(undefined);
    try {
      setMeta(await send('products.categoryMeta', { accountKey: props.accountKey, displayCategoryCode: c.trim() }));
    } catch (e) {
      setMeta(undefined);
      setMetaError(e);
    }
  };
  const outbound = base.outboundShippingPlaceCode || places.value?.outbound[0]?.code || '';
  const returns = base.returnCenterCode || places.value?.returnCenters[0]?.code || '';
  const notice = meta?.notices[0];
  const draft: ProductDraft | undefined = meta && {
    ...base,
    outboundShippingPlaceCode: outbound,
    returnCenterCode: returns,
    displayCategoryCode: meta.displayCategoryCode,
    items,
    notices,
    noticeCategory: notice?.category ?? '',
    certifications: certs,
    ...(seed && choices.agent ? { agentBuy: true } : {}),
  };
  const problems = draft && meta ? draftProblems(draft, meta) : [];
  const text = (key: keyof Base, label: MessageKey, required = false) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        required={required}
        data-testid={`create-${key}`}
        value={String(base[key])}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setBase({ ...base, [key]: typeof base[key] === 'number' ? Number(v.replace(/[,\s]/g, '')) || 0 : v });
        }}
      />
    </label>
  );

  if (create.item)
    return (
      <CreateStatus
        create={create}
        onAnother={() => {
          create.reset();
          changeItems([emptyItem()]);
          setTried(false);
        }}
      />
    );
  return (
    <form
      class="create-form"
      data-testid="create-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (draft && !problems.length && (!seed || choices.rights)) void create.create(draft);
      }}
    >
      <p class="muted small">{t('products.create.help')}</p>
      {seed ? <DraftSourceBox seed={seed} choices={choices} tried={tried} onChange={setChoices} /> : null}
      {text('name', 'products.create.name', true)}
      <RecommendCategory
        accountKey={props.accountKey}
        name={base.name}
        onPick={(c) => {
          setCode(c);
          void loadMeta(c);
        }}
      />
      <div class="row">
        <label class="field grow">
          <span>{t('products.create.category')}</span>
          <input
            inputMode="numeric"
            data-testid="create-category"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          data-testid="create-load-meta"
          disabled={!/^\d+$/.test(code.trim())}
          onClick={() => void loadMeta()}
        >
          {t('products.create.loadMeta')}
        </button>
      </div>
      {metaError ? <ErrorText error={metaError} testid="create-meta-error" /> : null}
      {meta ? (
        <>
          {text('brand', 'products.create.brand')}
          <label class="field">
            <span>{t('products.create.outbound')}</span>
            <select
              value={outbound}
              onChange={(e) => setBase({ ...base, outboundShippingPlaceCode: e.currentTarget.value })}
            >
              {places.value?.outbound.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('products.create.returnCenter')}</span>
            <select value={returns} onChange={(e) => setBase({ ...base, returnCenterCode: e.currentTarget.value })}>
              {places.value?.returnCenters.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('products.create.courier')}</span>
            <select
              value={base.deliveryCompanyCode}
              onChange={(e) => setBase({ ...base, deliveryCompanyCode: e.currentTarget.value })}
            >
              {couriers.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <div class="row">
            {text('deliveryCharge', 'products.create.deliveryCharge')}
            {text('returnCharge', 'products.create.returnCharge')}
          </div>
          {text('imageUrl', 'products.create.image', true)}
          <CreateOptions items={items} meta={meta} onChange={changeItems} />
          {notice ? (
            <fieldset>
              <legend>{t('products.create.notices', { category: notice.category })}</legend>
              {notice.fields.map((f) => (
                <label class="field" key={f.name}>
                  <span>
                    {f.name}
                    {f.required ? <em class="required"> {t('products.create.required')}</em> : null}
                  </span>
                  <input
                    data-testid="create-notice"
                    value={notices[f.name] ?? ''}
                    onInput={(e) => setNotices({ ...notices, [f.name]: e.currentTarget.value })}
                  />
                </label>
              ))}
            </fieldset>
          ) : null}
          <fieldset>
            <legend>{t('products.create.certifications')}</legend>
            {meta.certifications.filter((c) => c.required && c.type !== 'NOT_REQUIRED').length ? (
              meta.certifications
                .filter((c) => c.required && c.type !== 'NOT_REQUIRED')
                .map((c) => (
                  <label class="field" key={c.type}>
                    <span>{c.name}</span>
                    <input
                      data-testid="create-certification"
                      value={certs[c.type] ?? ''}
                      onInput={(e) => setCerts({ ...certs, [c.type]: e.currentTarget.value })}
                    />
                  </label>
                ))
            ) : (
              <p class="muted small">{t('products.create.notRequired')}</p>
            )}
          </fieldset>
          {tried && problems.length ? (
            <div role="alert" data-testid="create-problems">
              <p class="error-text">{t('products.create.problems', { count: problems.length })}</p>
              <ul>
                {problems.map((p) => (
                  <li key={`${p.code}-${JSON.stringify(p.params)}`}>
                    {t(`products.problem.${p.code}` as MessageKey, p.params)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <button type="submit" class="primary" data-testid="create-submit" disabled={create.busy}>
            {t('products.create.submit')}
          </button>
          {create.error instanceof MessageError && create.error.kind === 'listingCopied' ? (
            <p class="error-text" role="alert" data-testid="create-copied" data-code={create.error.params?.code}>
              {t(create.error.params?.code === 'SOURCE_HOST' ? 'xb.draft.refusedHost' : 'xb.draft.refusedText', {
                field: fieldName(String(create.error.params?.field ?? ''), t),
              })}
            </p>
          ) : create.error ? (
            <ErrorText error={create.error} testid="create-error" />
          ) : null}
        </>
      ) : null}
    </form>
  );
}
