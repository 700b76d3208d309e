import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CouponRequestView } from '@/utils/protocol/messages/catalog';

const POLL_MS = 1_000;
/** Coupang usually finishes in seconds; after this many looks the page stops asking and says so. */
const MAX_LOOKS = 120;

/** Follows an instant-coupon request until Coupang says DONE or FAIL, then lists the options that failed and why. */
export function RequestProgress(props: {
  accountKey: string;
  requestedId: string;
  onDone?: (r: CouponRequestView) => void;
}) {
  const { t } = useI18n();
  const [r, setR] = useState<CouponRequestView>();
  const [error, setError] = useState<unknown>();
  const [looks, setLooks] = useState(0);
  const done = useRef(props.onDone);
  done.current = props.onDone;
  const finished = r?.status === 'DONE' || r?.status === 'FAIL';

  useEffect(() => {
    if (finished || error || looks >= MAX_LOOKS) return;
    const timer = setTimeout(
      async () => {
        try {
          setR(await send('catalog.coupons.request', { accountKey: props.accountKey, requestedId: props.requestedId }));
        } catch (e) {
          setError(e);
        }
        setLooks((n) => n + 1);
      },
      looks === 0 ? 0 : POLL_MS,
    );
    return () => clearTimeout(timer);
  }, [looks, finished, error, props.accountKey, props.requestedId]);

  useEffect(() => {
    if (finished && r) done.current?.(r);
  }, [finished, r]);

  if (error) return <ErrorText error={error} />;
  return (
    <div
      class="request"
      data-testid="coupon-request"
      data-status={r?.status ?? 'REQUESTED'}
      data-failed={r?.failed ?? 0}
    >
      <p class="small" role="status">
        {finished
          ? t(r?.status === 'FAIL' ? 'catalog.request.fail' : 'catalog.request.done', {
              ok: r?.succeeded ?? 0,
              failed: r?.failed ?? 0,
              total: r?.total ?? 0,
            })
          : looks >= MAX_LOOKS
            ? t('catalog.request.slow')
            : t('catalog.request.waiting')}
        <span class="muted"> · {t('catalog.request.id', { id: props.requestedId })}</span>
      </p>
      {r?.failedItems.length ? (
        <ul class="failed small" data-testid="coupon-failed-items">
          {r.failedItems.map((f) => (
            <li key={f.vendorItemId} data-testid="coupon-failed-item" data-id={f.vendorItemId}>
              {f.vendorItemId}: {f.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
