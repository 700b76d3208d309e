import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';

/** The claim's order, opened in the orders area (when that order is in the synced orders). */
export function OrderLink(props: { orderId: string; orderKey: string | undefined }) {
  const { t } = useI18n();
  const { orderKey } = props;
  return (
    <p class="small">
      {t('claims.order', { id: props.orderId })}{' '}
      {orderKey ? (
        <button
          type="button"
          class="link"
          data-testid="claim-open-order"
          onClick={() => void send('ui.openSidePanel', { view: { orderKey } }).catch(() => undefined)}
        >
          {t('claims.openOrder')}
        </button>
      ) : null}
    </p>
  );
}
