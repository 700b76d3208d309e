import { useEffect, useRef } from 'preact/hooks';
import { LogisticsTrace } from '@/components/alibaba/logistics-trace';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { OrderDetail } from '@/utils/protocol/messages/orders';
import { baseAction, pendingWords } from '@/utils/ui/errors/outcome-words';
import { zoneOf } from '@/utils/ui/format';
import { OrderClaims } from '../../claims/order-claims';
import { BatchResults } from '../batch-results';
import { useBatch } from '../use-batch';
import { DetailActions } from './detail-actions';
import { DetailFacts, DetailLines, ShippingFacts, Timeline } from './detail-facts';
import { RecipientSection } from './recipient-section';
import { useOrderDetail } from './use-order-detail';

/** The order's last action that did not go through, with the marketplace's reason (until it is settled). */
function PendingAction(props: { detail: OrderDetail }) {
  const { t } = useI18n();
  const p = props.detail.pendingAction;
  const words = p && pendingWords(p, t);
  if (!p || !words) return null;
  return (
    <p class="error" data-testid="detail-pending" data-state={p.state}>
      {t(`orders.action.${baseAction(p.action)}` as MessageKey)}: {words}
    </p>
  );
}

/**
 * One order: facts, lines, the recipient (masked until "Show", then hidden again at
 * `revealedUntil` with a visible countdown), shipping, 1688 logistics, the actions its state
 * allows and its timeline. Escape goes back to the list.
 */
export function OrderDetailView(props: { orderKey: string; onBack: () => void }) {
  const { t } = useI18n();
  const d = useOrderDetail(props.orderKey);
  const { batch, run, retry } = useBatch();
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), [props.orderKey]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onBack();
    }
  };

  const { detail } = d;
  const zone = zoneOf(detail?.marketplace);
  const label = (): Record<string, string> => (detail ? { [detail.key]: detail.orderId } : {});

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the detail from anywhere inside it
    <div class="view detail" data-testid="order-detail" data-key={props.orderKey} onKeyDown={onKeyDown}>
      <div class="view-head">
        <button type="button" ref={backRef} data-testid="detail-close" onClick={props.onBack}>
          ← {t('det.back')}
        </button>
        <h2>{detail ? t('det.title', { id: detail.orderId }) : t('common.loading')}</h2>
      </div>
      {d.error ? <ErrorText error={d.error} /> : null}
      {detail ? (
        <>
          <DetailFacts detail={detail} zone={zone} />
          <h3>{t('det.lines')}</h3>
          <DetailLines detail={detail} />
          <h3>{t('det.recipient')}</h3>
          <RecipientSection
            detail={detail}
            showing={d.showing}
            now={d.now}
            onReveal={() => void d.reveal()}
            onHide={d.hide}
            revealError={d.revealError}
          />
          {/* A 1688 order's shipping is its parcels, read from 1688's logistics API: one box, no
              second "Courier —" line that the list (which carries no logistics) would leave empty. */}
          {detail.marketplace === 'alibaba' ? (
            <LogisticsTrace orderKey={detail.key} />
          ) : (
            <>
              <h3>{t('det.shipping')}</h3>
              <ShippingFacts detail={detail} zone={zone} />
            </>
          )}
          {detail.marketplace === 'coupang' ? <OrderClaims orderKey={detail.key} /> : null}
          <h3>{t('det.actions')}</h3>
          {batch ? (
            <BatchResults batch={batch} onRetry={() => void retry()} expanded />
          ) : (
            <PendingAction detail={detail} />
          )}
          <DetailActions
            detail={detail}
            busy={!!batch?.sending}
            onAcknowledge={() =>
              void run('acknowledge', label(), [() => send('orders.acknowledge', { keys: [detail.key] })])
            }
            onInvoice={(courierCode, trackingNumber, update) =>
              void run(update ? 'updateInvoice' : 'uploadInvoice', label(), [
                () =>
                  send('orders.uploadInvoices', { items: [{ key: detail.key, courierCode, trackingNumber }], update }),
              ])
            }
            onStop={() =>
              void run('stopShipment', label(), [() => send('orders.stopShipment', { keys: [detail.key] })])
            }
          />
          <Timeline detail={detail} zone={zone} />
        </>
      ) : null}
    </div>
  );
}
