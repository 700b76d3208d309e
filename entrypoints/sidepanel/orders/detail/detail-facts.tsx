import { useI18n } from '@/components/i18n';
import type { OrderDetail } from '@/utils/protocol/messages/orders';
import { idBesideLabel } from '@/utils/ui/account-name';
import { formatDateTime, formatMoney, type MarketZone } from '@/utils/ui/format';
import { orderStateKey } from '@/utils/ui/order-state';

/** Status, ids, account and dates (in the marketplace's time zone, which the note under them names). */
export function DetailFacts(props: { detail: OrderDetail; zone: MarketZone }) {
  const { t } = useI18n();
  const { detail, zone } = props;
  return (
    <>
      <dl class="kv">
        <dt>{t('det.status')}</dt>
        <dd>
          {/* The marketplace's own code stays out of the text (the state's name says it) but is
              there for support on hover and for tests. */}
          <span
            class={`chip ws-${detail.workState}`}
            data-testid="detail-state"
            data-status={detail.marketStatus}
            title={detail.marketStatus}
          >
            {t(orderStateKey(detail))}
          </span>
        </dd>
        <dt>{t('det.orderId')}</dt>
        <dd class="mono" data-testid="detail-order-id">
          {detail.orderId}
        </dd>
        <dt>{t('det.shipmentId')}</dt>
        <dd class="mono">{detail.shipmentId}</dd>
        <dt>{t('det.account')}</dt>
        <dd>
          {detail.accountLabel || detail.accountId}{' '}
          {idBesideLabel({ label: detail.accountLabel, accountId: detail.accountId }) ? (
            <span class="muted mono">{detail.accountId}</span>
          ) : null}
        </dd>
        <dt>{t('det.orderedAt')}</dt>
        <dd>{formatDateTime(detail.orderedAt, zone)}</dd>
        <OptionalFact label={t('det.paidAt')} value={detail.paidAt && formatDateTime(detail.paidAt, zone)} />
        <OptionalFact label={t('det.shipBy')} value={detail.shipBy && formatDateTime(detail.shipBy, zone)} />
      </dl>
      <p class="muted small">{zone === 'KST' ? t('det.times') : t('det.timesCst')}</p>
    </>
  );
}

function OptionalFact(props: { label: string; value: string | undefined }) {
  return props.value ? (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </>
  ) : null;
}

/** Products, quantities and prices, with the shipping fee and total. */
export function DetailLines(props: { detail: OrderDetail }) {
  const { t, locale } = useI18n();
  const { detail } = props;
  return (
    <table class="dense">
      <thead>
        <tr>
          <th>{t('det.lines')}</th>
          <th class="num">{t('det.qty')}</th>
          <th class="num">{t('det.unitPrice')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.lines.map((l) => (
          <tr key={l.lineId} data-testid="detail-line">
            <td class="wrap">
              {l.productName}
              {l.optionName ? <div class="muted">{l.optionName}</div> : null}
            </td>
            <td class="num">{l.quantity}</td>
            <td class="num">{formatMoney(l.unitPrice, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {detail.shippingFee ? (
          <tr>
            <td colSpan={2}>{t('det.shippingFee')}</td>
            <td class="num">{formatMoney(detail.shippingFee, locale)}</td>
          </tr>
        ) : null}
        <tr>
          <th colSpan={2}>{t('det.total')}</th>
          <th class="num" data-testid="detail-total">
            {formatMoney(detail.total, locale)}
          </th>
        </tr>
      </tfoot>
    </table>
  );
}

/** Courier, tracking number, shipped and delivered times. */
export function ShippingFacts(props: { detail: OrderDetail; zone: MarketZone }) {
  const { t } = useI18n();
  const { detail, zone } = props;
  const at = (v: string | undefined) => v && formatDateTime(v, zone);
  return (
    <dl class="kv">
      <dt>{t('det.courier')}</dt>
      <dd>{detail.shipping.courierName ?? detail.courierName ?? '—'}</dd>
      <dt>{t('det.tracking')}</dt>
      <dd class="mono">{detail.shipping.trackingNumber ?? detail.trackingNumber ?? '—'}</dd>
      <OptionalFact label={t('det.shippedAt')} value={at(detail.shipping.shippedAt)} />
      <OptionalFact label={t('det.deliveredAt')} value={at(detail.shipping.deliveredAt)} />
    </dl>
  );
}

export function Timeline(props: { detail: OrderDetail; zone: MarketZone }) {
  const { t } = useI18n();
  if (!props.detail.timeline.length) return null;
  return (
    <>
      <h3>{t('det.timeline')}</h3>
      <ol class="timeline">
        {props.detail.timeline.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <span class="muted">{formatDateTime(e.at, props.zone)}</span>{' '}
            <span data-testid="timeline-event">{t(`timeline.${e.label}`)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
