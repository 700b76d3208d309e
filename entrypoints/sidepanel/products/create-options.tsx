import { useI18n } from '@/components/i18n';
import type { CategoryMetaView, ProductDraft } from '@/utils/protocol/messages/products';

export type DraftItem = ProductDraft['items'][number];

export const emptyItem = (): DraftItem => ({ itemName: '', salePrice: 0, stock: 0, sellerSku: '', attributes: {} });

/** The options of a new product: name, price, stock, seller code, and the category's attributes. */
export function CreateOptions(props: {
  items: DraftItem[];
  meta: CategoryMetaView;
  onChange: (items: DraftItem[]) => void;
}) {
  const { t } = useI18n();
  const { items } = props;
  const set = (i: number, patch: Partial<DraftItem>) =>
    props.onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const num = (v: string) => Number(v.replace(/[,\s]/g, '')) || 0;
  return (
    <fieldset class="create-options">
      <legend>{t('products.create.options')}</legend>
      {items.map((item, i) => (
        <div class="create-option" key={i} data-testid="create-option">
          <label class="field">
            <span>{t('products.create.itemName')}</span>
            <input
              required
              data-testid="option-name"
              value={item.itemName}
              onInput={(e) => set(i, { itemName: e.currentTarget.value })}
            />
          </label>
          <div class="row">
            <label class="field">
              <span>{t('products.create.price')}</span>
              <input
                inputMode="numeric"
                required
                data-testid="option-price"
                value={item.salePrice || ''}
                onInput={(e) => set(i, { salePrice: num(e.currentTarget.value) })}
              />
            </label>
            <label class="field">
              <span>{t('products.create.stock')}</span>
              <input
                inputMode="numeric"
                data-testid="option-stock"
                value={item.stock || ''}
                onInput={(e) => set(i, { stock: num(e.currentTarget.value) })}
              />
            </label>
          </div>
          <label class="field">
            <span>{t('products.create.sku')}</span>
            <input
              required
              data-testid="option-sku"
              value={item.sellerSku}
              onInput={(e) => set(i, { sellerSku: e.currentTarget.value })}
            />
          </label>
          {props.meta.attributes.map((a) => (
            <label class="field" key={a.name}>
              <span>
                {a.name}
                {a.unit ? ` (${a.unit})` : ''}
                {a.required ? <em class="required"> {t('products.create.required')}</em> : null}
              </span>
              <input
                data-testid="option-attribute"
                data-name={a.name}
                list={a.values.length ? `values-${a.name}` : undefined}
                value={item.attributes[a.name] ?? ''}
                onInput={(e) => set(i, { attributes: { ...item.attributes, [a.name]: e.currentTarget.value } })}
              />
              {a.values.length ? (
                <datalist id={`values-${a.name}`}>
                  {a.values.map((v) => (
                    <option key={v} value={v} />
                  ))}
                </datalist>
              ) : null}
            </label>
          ))}
          {items.length > 1 ? (
            <button type="button" onClick={() => props.onChange(items.filter((_, j) => j !== i))}>
              {t('products.create.removeOption')}
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" data-testid="add-option" onClick={() => props.onChange([...items, emptyItem()])}>
        {t('products.create.addOption')}
      </button>
    </fieldset>
  );
}
