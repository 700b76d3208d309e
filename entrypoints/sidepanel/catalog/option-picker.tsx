import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';

type Product = { sellerProductId: string; name: string; status?: string };
type Option = { vendorItemId: string; name: string };

/** Find a product by name, open it, tick its options (approved options only: they have an option id). */
export function OptionPicker(props: {
  accountKey: string;
  picked: ReadonlySet<string>;
  onPicked: (ids: ReadonlySet<string>) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [products, setProducts] = useState<Product[]>();
  const [open, setOpen] = useState<{ id: string; options: Option[] }>();
  const [error, setError] = useState<unknown>();
  const search = async () => {
    setError(undefined);
    try {
      setProducts(
        (
          await send('catalog.products', {
            accountKey: props.accountKey,
            ...(name.trim() ? { name: name.trim() } : {}),
          })
        ).products,
      );
    } catch (e) {
      setError(e);
    }
  };
  const openProduct = async (id: string) => {
    setError(undefined);
    try {
      setOpen({
        id,
        options: (await send('catalog.options', { accountKey: props.accountKey, sellerProductId: id })).options,
      });
    } catch (e) {
      setError(e);
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.picked);
    if (on) next.add(id);
    else next.delete(id);
    props.onPicked(next);
  };
  return (
    <div class="picker" data-testid="option-picker">
      <form
        class="row nowrap"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          class="grow"
          placeholder={t('catalog.attach.productSearch')}
          aria-label={t('catalog.attach.productSearch')}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          data-testid="picker-search"
        />
        <button type="submit" data-testid="picker-go">
          {t('catalog.cat.searchButton')}
        </button>
      </form>
      {error ? <ErrorText error={error} /> : null}
      {products ? (
        <ul class="picker-list">
          {!products.length ? <li class="muted small">{t('catalog.attach.noProducts')}</li> : null}
          {products.map((p) => (
            <li key={p.sellerProductId}>
              <button
                type="button"
                class="cat"
                data-testid="picker-product"
                onClick={() => void openProduct(p.sellerProductId)}
              >
                <span class="grow">{p.name}</span>
                <span class="muted small">{p.status ?? ''}</span>
              </button>
              {open?.id === p.sellerProductId ? (
                <ul class="options">
                  {!open.options.length ? <li class="muted small">{t('catalog.attach.noOptions')}</li> : null}
                  {open.options.map((o) => (
                    <li key={o.vendorItemId}>
                      <label class="check small">
                        <input
                          type="checkbox"
                          data-testid="picker-option"
                          data-id={o.vendorItemId}
                          checked={props.picked.has(o.vendorItemId)}
                          onChange={(e) => toggle(o.vendorItemId, e.currentTarget.checked)}
                        />{' '}
                        {o.name} <span class="muted">{o.vendorItemId}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {props.picked.size ? <p class="small">{t('catalog.attach.picked', { n: props.picked.size })}</p> : null}
    </div>
  );
}
