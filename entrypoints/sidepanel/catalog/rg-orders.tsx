import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { addDays, formatShortDateTime, todayInZone } from '@/utils/ui/format';
import { won } from './words';

/** Rocket Growth orders of the last 7 days (KST), newest first. No buyer data exists in them. */
export function RgOrders(props: { accountKey: string }) {
  const { t, locale } = useI18n();
  const to = todayInZone('KST');
  const from = addDays(to, -6);
  const orders = useAsync(
    () => send('catalog.rg.orders', { accountKey: props.accountKey, from, to }),
    [props.accountKey, from, to],
  );
  if (orders.error) return <ErrorText error={orders.error} />;
  const list = orders.value?.orders;
  if (!list) return <p class="muted">{t('catalog.loading')}</p>;
  return (
    <>
      <p class="muted small">{t('catalog.rg.ordersRange', { from, to, count: list.length })}</p>
      <ul class="rg-orders" data-testid="rg-orders">
        {list.map((o) => (
          <li key={o.orderId} data-testid="rg-order">
            <div class="row nowrap small">
              <strong class="grow">{o.orderId}</strong>
              <span class="muted">{o.paidAt ? formatShortDateTime(o.paidAt, 'KST') : ''}</span>
            </div>
            {o.lines.map((l) => (
              <div key={l.vendorItemId} class="small">
                {l.name ?? l.vendorItemId} × {l.quantity}
                {l.amount !== undefined ? <span class="muted"> · {won(l.amount, locale)}</span> : null}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
