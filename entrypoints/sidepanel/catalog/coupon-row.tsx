import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CouponView } from '@/utils/protocol/messages/catalog';
import { RequestProgress } from './request-progress';
import { useWrite, WriteStatus } from './use-write';
import { won, wordFor } from './words';

const ENDED = new Set(['EXPIRED', 'DELETED', 'DETACHED']);

/** One coupon: discount, period, state; add options or end it (종료) after a confirmation. */
export function CouponRow(props: { accountKey: string; coupon: CouponView; onAttach: () => void }) {
  const { t, locale } = useI18n();
  const c = props.coupon;
  const [asking, setAsking] = useState(false);
  const [userId, setUserId] = useState('');
  // Ended here: the row stays (with the result) until the seller reloads the list, which hides it.
  const [ended, setEnded] = useState(false);
  const write = useWrite(props.accountKey, (r) => {
    if (r.write.state === 'succeeded' && !r.requestedId) setEnded(true);
  });
  const status = ended ? 'EXPIRED' : c.status;
  const discount =
    c.discountType === 'RATE'
      ? t('catalog.coupon.rate', { n: c.discount, max: won(c.maxDiscount ?? 0, locale) })
      : won(c.discount, locale);
  const expire = () =>
    void write
      .run(() =>
        send('catalog.coupons.expire', {
          accountKey: props.accountKey,
          kind: c.kind,
          couponId: c.couponId,
          ...(c.kind === 'download' ? { userId: userId.trim() } : {}),
        }),
      )
      .then(() => setAsking(false));
  return (
    <li data-testid="coupon-row" data-kind={c.kind} data-id={c.couponId} data-status={c.status}>
      <div class="row nowrap">
        <span class={`badge ${c.kind}`}>{t(`catalog.coupon.kind.${c.kind}`)}</span>
        <strong class="grow clip" title={c.name}>
          {c.name}
        </strong>
        <span class="badge">{wordFor(t, 'catalog.coupon.status', status)}</span>
      </div>
      <div class="small">
        {discount}
        {c.minimumPrice ? ` · ${t('catalog.coupon.minimum', { won: won(c.minimumPrice, locale) })}` : ''}
        <span class="muted">
          {' '}
          · {c.startAt} ~ {c.endAt} · ID {c.couponId}
          {c.itemCount !== undefined ? ` · ${t('catalog.coupon.items', { n: c.itemCount })}` : ''}
        </span>
      </div>
      {!ENDED.has(status) ? (
        <div class="row nowrap">
          <button type="button" class="small" data-testid="coupon-attach" onClick={props.onAttach}>
            {t('catalog.coupon.attach')}
          </button>
          <button type="button" class="small" data-testid="coupon-expire" onClick={() => setAsking(true)}>
            {t('catalog.coupon.expire')}
          </button>
        </div>
      ) : null}
      {asking ? (
        <>
          {c.kind === 'download' ? (
            <input
              placeholder={t('catalog.userId')}
              aria-label={t('catalog.userId')}
              value={userId}
              onInput={(e) => setUserId(e.currentTarget.value)}
            />
          ) : null}
          <ConfirmDialog
            question={t('catalog.coupon.expireQuestion', { name: c.name })}
            confirmLabel={t('catalog.coupon.expire')}
            confirmTestId="coupon-expire-confirm"
            busy={write.busy || (c.kind === 'download' && !userId.trim())}
            onConfirm={expire}
            onCancel={() => setAsking(false)}
          />
        </>
      ) : null}
      <WriteStatus write={write.reply?.write} error={write.error} testid="coupon-expire-write" />
      {write.reply?.requestedId ? (
        <RequestProgress
          accountKey={props.accountKey}
          requestedId={write.reply.requestedId}
          onDone={(r) => setEnded(r.status === 'DONE')}
        />
      ) : null}
    </li>
  );
}
