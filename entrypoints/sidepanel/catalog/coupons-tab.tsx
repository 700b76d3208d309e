import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { CouponView } from '@/utils/protocol/messages/catalog';
import { CouponAttach } from './coupon-attach';
import { CouponForm } from './coupon-form';
import { CouponRow } from './coupon-row';
import { won } from './words';

type Panel = { what: 'create' } | { what: 'attach'; coupon: CouponView };

/** Instant-discount (즉시할인) and download (다운로드) coupons with this month's budget per contract. */
export function CouponsTab(props: { accountKey: string }) {
  const { t, locale } = useI18n();
  const { accountKey } = props;
  const list = useAsync(() => send('catalog.coupons.list', { accountKey }), [accountKey]);
  const [panel, setPanel] = useState<Panel>();
  const [show, setShow] = useState<'live' | 'all'>('live');
  const [trackId, setTrackId] = useState('');
  const [trackError, setTrackError] = useState<unknown>();
  const v = list.value;
  const coupons = (v?.coupons ?? []).filter(
    (c) => show === 'all' || !['EXPIRED', 'DELETED', 'DETACHED'].includes(c.status),
  );
  const track = async () => {
    setTrackError(undefined);
    try {
      await send('catalog.coupons.track', { accountKey, couponId: trackId.trim() });
      setTrackId('');
      list.reload();
    } catch (e) {
      setTrackError(e);
    }
  };
  return (
    <div class="catalog-section" data-testid="catalog-coupons">
      {list.error ? <ErrorText error={list.error} testid="coupons-error" /> : null}
      {!v && !list.error ? <p class="muted">{t('catalog.loading')}</p> : null}
      {v ? (
        <ul class="budgets" data-testid="coupon-budgets">
          {v.budgets.map((b) => (
            <li
              key={b.contractId}
              data-testid="coupon-budget"
              data-contract={b.contractId}
              data-remaining={b.remaining}
            >
              <strong>
                {t(b.type === 'NON_CONTRACT_BASED' ? 'catalog.coupon.freeContract' : 'catalog.coupon.contract', {
                  id: b.contractId,
                })}
              </strong>
              <span class="muted small">
                {' '}
                {t('catalog.coupon.budget', {
                  month: b.month,
                  budget: won(b.budget, locale),
                  used: won(b.used, locale),
                  remaining: won(b.remaining, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="row nowrap">
        <button type="button" class="primary" data-testid="coupon-new" onClick={() => setPanel({ what: 'create' })}>
          {t('catalog.coupon.new')}
        </button>
        <span class="grow" />
        <label class="check small">
          <input
            type="checkbox"
            checked={show === 'all'}
            onChange={(e) => setShow(e.currentTarget.checked ? 'all' : 'live')}
          />{' '}
          {t('catalog.coupon.showEnded')}
        </label>
      </div>
      {panel?.what === 'create' && v ? (
        <CouponForm
          accountKey={accountKey}
          budgets={v.budgets}
          onClose={() => setPanel(undefined)}
          onCreated={() => list.reload()}
        />
      ) : null}
      {panel?.what === 'attach' ? (
        <CouponAttach
          accountKey={accountKey}
          coupon={panel.coupon}
          onClose={() => setPanel(undefined)}
          onDone={() => list.reload()}
        />
      ) : null}
      {v && !coupons.length ? <p class="muted">{t('catalog.coupon.none')}</p> : null}
      <ul class="coupon-list" data-testid="coupon-list">
        {coupons.map((c) => (
          <CouponRow
            key={`${c.kind}:${c.couponId}`}
            accountKey={accountKey}
            coupon={c}
            onAttach={() => setPanel({ what: 'attach', coupon: c })}
          />
        ))}
      </ul>
      <form
        class="row nowrap small"
        onSubmit={(e) => {
          e.preventDefault();
          void track();
        }}
      >
        <input
          class="grow"
          inputMode="numeric"
          aria-label={t('catalog.coupon.trackHint')}
          placeholder={t('catalog.coupon.trackHint')}
          value={trackId}
          onInput={(e) => setTrackId(e.currentTarget.value)}
        />
        <button type="submit" disabled={!/^\d+$/.test(trackId.trim())}>
          {t('catalog.coupon.track')}
        </button>
      </form>
      {trackError ? <ErrorText error={trackError} /> : null}
    </div>
  );
}
