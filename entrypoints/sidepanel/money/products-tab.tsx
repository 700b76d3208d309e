import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { RevenueProduct } from '@/utils/protocol/messages/money';
import { formatWon } from '@/utils/ui/format';

/**
 * Revenue by product (vendor item), with the seller's unit cost typed in place: the cost is the
 * seller's own number, stored in this browser only, and feeds profit per order.
 */
function CostInput(props: { product: RevenueProduct; onSaved: () => void; onError: (e: unknown) => void }) {
  const { t } = useI18n();
  const p = props.product;
  const [text, setText] = useState(p.unitCost === undefined ? '' : String(p.unitCost));
  const save = async () => {
    const clean = text.replace(/[,\s₩원]/g, '');
    if (clean === (p.unitCost === undefined ? '' : String(p.unitCost))) return;
    if (clean !== '' && !/^\d{1,9}$/.test(clean))
      return props.onError(new Error(t('money.cost.label', { name: p.productName })));
    try {
      await send('money.setCost', { vendorItemId: p.vendorItemId, unitCost: clean === '' ? null : Number(clean) });
      props.onSaved();
    } catch (e) {
      props.onError(e);
    }
  };
  return (
    <input
      class="cost-input num"
      inputMode="numeric"
      data-testid="unit-cost"
      data-vendor-item-id={p.vendorItemId}
      aria-label={t('money.cost.label', { name: p.productName })}
      placeholder={t('money.cost.placeholder')}
      value={text}
      onInput={(e) => setText(e.currentTarget.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save();
      }}
    />
  );
}

export function ProductsTab(props: { products: RevenueProduct[]; onCostsChanged: () => void }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<unknown>();
  if (!props.products.length) return <p class="muted">{t('money.empty')}</p>;
  return (
    <div>
      {error ? <ErrorText error={error} /> : null}
      <div class="table-scroll">
        <table class="dense" data-testid="money-products">
          <thead>
            <tr>
              <th scope="col">{t('money.col.product')}</th>
              <th scope="col" class="num">
                {t('money.col.quantity')}
              </th>
              <th scope="col" class="num">
                {t('money.col.sale')}
              </th>
              <th scope="col" class="num">
                {t('money.col.fees')}
              </th>
              <th scope="col" class="num">
                {t('money.col.sellerDiscount')}
              </th>
              <th scope="col" class="num">
                {t('money.col.settlement')}
              </th>
              <th scope="col">{t('money.col.unitCost')}</th>
            </tr>
          </thead>
          <tbody>
            {props.products.map((p) => (
              <tr key={p.vendorItemId} data-vendor-item-id={p.vendorItemId}>
                <th scope="row" class="ellipsis" title={p.productName}>
                  {p.productName || p.vendorItemId}
                </th>
                <td class="num">{p.quantity}</td>
                <td class="num">{formatWon(p.sale, locale)}</td>
                <td class="num">{formatWon(p.serviceFee + p.feeVat, locale)}</td>
                <td class="num">{formatWon(p.sellerDiscount, locale)}</td>
                <td class="num">{formatWon(p.settlement, locale)}</td>
                <td>
                  <CostInput product={p} onSaved={props.onCostsChanged} onError={setError} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
