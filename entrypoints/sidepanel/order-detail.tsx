import { useEffect, useRef, useState } from 'preact/hooks';
import { LogisticsTrace } from '@/components/alibaba/logistics-trace';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { maskName, maskRecipient } from '@/utils/privacy/masking';
import { type MessageError, type ReplyOf, send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';
import type { OrderDetail as Detail } from '@/utils/protocol/messages/orders';
import { formatCountdown, formatDateTime, formatMoney, zoneOf } from '@/utils/ui/format';
import { BatchResults, useBatch } from './batch-results';
import { wsKey } from './order-list';
import { cleanTracking, useCouriers } from './use-couriers';
import { EXPIRY_SLACK_MS } from './use-order-windows';

type Recipient = ReplyOf<'orders.reveal'>['recipient'];

/**
 * One order: lines, amounts, shipping, timeline, the recipient masked until "Show" (then hidden
 * again at `revealedUntil`, with a visible countdown), and the actions its state allows.
 */
export function OrderDetailView(props: { orderKey: string; onBack: () => void }) {
  const { t, locale } = useI18n();
  const [detail, setDetail] = useState<Detail>();
  const [error, setError] = useState<unknown>();
  const [revealed, setRevealed] = useState<{ recipient: Recipient; until: number }>();
  const [revealError, setRevealError] = useState<unknown>();
  const { batch, run, retry } = useBatch();
  const backRef = useRef<HTMLButtonElement>(null);
  const [nonce, setNonce] = useState(0);
  /** The end of a reveal the seller hid early: the background still reveals until then, the page does not. */
  const hiddenUntil = useRef<number | undefined>(undefined);
  const now = useNow(1000);

  useEffect(() => {
    let live = true;
    const load = () =>
      send('orders.detail', { key: props.orderKey }).then(
        (d) => {
          if (!live) return;
          setDetail(d);
          setError(undefined);
          if (d.revealedUntil && d.revealedUntil > Date.now() && d.revealedUntil !== hiddenUntil.current)
            setRevealed({ recipient: d.recipient, until: d.revealedUntil });
        },
        (e) => {
          if (!live) return;
          setError(e);
          // Its cache time ended (or it was removed): nothing of it stays on screen.
          if ((e as MessageError).kind === 'orderNotCached') setDetail(undefined);
        },
      );
    void load();
    if (nonce === 0) backRef.current?.focus();
    const off = subscribeEvents((e) => {
      if (e.type === 'orders.changed' || e.type === 'data.wiped') void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [props.orderKey, nonce]);

  // Read again when the order's cache time ends, even if nothing else happens (then it is gone).
  useEffect(() => {
    const at = detail?.cacheExpiresAt;
    if (at === undefined) return;
    const timer = setTimeout(() => setNonce((n) => n + 1), Math.max(0, at - Date.now()) + EXPIRY_SLACK_MS);
    return () => clearTimeout(timer);
  }, [detail?.cacheExpiresAt]);

  /** "Hide" before the end: mask in the page at once, end the reveal in the background, re-read masked values. */
  const hide = () => {
    hiddenUntil.current = revealed?.until ?? detail?.revealedUntil;
    setRevealed(undefined);
    void send('orders.hide', { key: props.orderKey }).then(
      () => setNonce((n) => n + 1),
      () => undefined,
    );
  };

  // Hide the personal data the moment the reveal ends, and re-read the masked values.
  useEffect(() => {
    if (revealed && now >= revealed.until) {
      setRevealed(undefined);
      setNonce((n) => n + 1);
    }
  }, [now, revealed]);

  const reveal = async () => {
    setRevealError(undefined);
    try {
      const r = await send('orders.reveal', { key: props.orderKey });
      setRevealed({ recipient: r.recipient, until: r.revealedUntil });
    } catch (e) {
      setRevealError(e);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onBack();
    }
  };

  const zone = zoneOf(detail?.marketplace);
  const showing = revealed && now < revealed.until;
  // Not showing, but this detail was read while the background revealed it (the seller hid it
  // early, or the reveal just ended): mask here rather than show its plain values.
  const recipient = showing
    ? revealed.recipient
    : detail
      ? detail.revealedUntil
        ? maskRecipient(detail.recipient)
        : detail.recipient
      : undefined;
  const recipientName = showing || !detail?.revealedUntil ? recipient?.name : maskName(detail.recipientName);
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
      {error ? <ErrorText error={error} /> : null}
      {detail ? (
        <>
          <dl class="kv">
            <dt>{t('det.status')}</dt>
            <dd>
              <span class={`chip ws-${detail.workState}`}>{t(wsKey(detail.workState))}</span>{' '}
              <span class="muted mono">{detail.marketStatus}</span>
            </dd>
            <dt>{t('det.orderId')}</dt>
            <dd class="mono" data-testid="detail-order-id">
              {detail.orderId}
            </dd>
            <dt>{t('det.shipmentId')}</dt>
            <dd class="mono">{detail.shipmentId}</dd>
            <dt>{t('det.account')}</dt>
            <dd>
              {detail.accountLabel} <span class="muted mono">{detail.accountId}</span>
            </dd>
            <dt>{t('det.orderedAt')}</dt>
            <dd>{formatDateTime(detail.orderedAt, zone)}</dd>
            {detail.paidAt ? (
              <>
                <dt>{t('det.paidAt')}</dt>
                <dd>{formatDateTime(detail.paidAt, zone)}</dd>
              </>
            ) : null}
            {detail.shipBy ? (
              <>
                <dt>{t('det.shipBy')}</dt>
                <dd>{formatDateTime(detail.shipBy, zone)}</dd>
              </>
            ) : null}
          </dl>
          <p class="muted small">{zone === 'KST' ? t('det.times') : t('det.timesCst')}</p>

          <h3>{t('det.lines')}</h3>
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

          <h3>{t('det.recipient')}</h3>
          <div class="recipient" data-revealed={String(!!showing)}>
            <dl class="kv">
              <dt>{t('det.name')}</dt>
              <dd data-testid="recipient-name">{recipientName ?? detail.recipientName}</dd>
              <dt>{t('det.phone')}</dt>
              <dd data-testid="recipient-phone">{recipient?.phone ?? '***'}</dd>
              <dt>{t('det.address')}</dt>
              <dd data-testid="recipient-address" class="wrap">
                {recipient ? `(${recipient.postcode}) ${recipient.address} ${recipient.addressDetail}` : '***'}
              </dd>
              {recipient?.customsCode ? (
                <>
                  <dt>{t('det.customsCode')}</dt>
                  <dd>{recipient.customsCode}</dd>
                </>
              ) : null}
              {recipient?.memo ? (
                <>
                  <dt>{t('det.memo')}</dt>
                  <dd class="wrap">{recipient.memo}</dd>
                </>
              ) : null}
            </dl>
            {showing ? (
              <div class="row">
                <span class="warn" data-testid="reveal-countdown">
                  {t('det.hidesIn', { time: formatCountdown(revealed.until - now) })}
                </span>
                <button type="button" data-testid="hide" onClick={hide}>
                  {t('common.hide')}
                </button>
              </div>
            ) : (
              <div class="row">
                <button type="button" data-testid="reveal" onClick={reveal}>
                  {t('common.reveal')}
                </button>
                <span class="muted small">{t('det.masked')}</span>
              </div>
            )}
            {revealError ? <ErrorText error={revealError} /> : null}
          </div>

          <h3>{t('det.shipping')}</h3>
          <dl class="kv">
            <dt>{t('det.courier')}</dt>
            <dd>{detail.shipping.courierName ?? detail.courierName ?? '—'}</dd>
            <dt>{t('det.tracking')}</dt>
            <dd class="mono">{detail.shipping.trackingNumber ?? detail.trackingNumber ?? '—'}</dd>
            {detail.shipping.shippedAt ? (
              <>
                <dt>{t('det.shippedAt')}</dt>
                <dd>{formatDateTime(detail.shipping.shippedAt, zone)}</dd>
              </>
            ) : null}
            {detail.shipping.deliveredAt ? (
              <>
                <dt>{t('det.deliveredAt')}</dt>
                <dd>{formatDateTime(detail.shipping.deliveredAt, zone)}</dd>
              </>
            ) : null}
          </dl>

          {detail.marketplace === 'alibaba' ? <LogisticsTrace orderKey={detail.key} /> : null}

          <h3>{t('det.actions')}</h3>
          {batch ? <BatchResults batch={batch} onRetry={() => void retry()} expanded /> : null}
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

          {detail.timeline.length ? (
            <>
              <h3>{t('det.timeline')}</h3>
              <ol class="timeline">
                {detail.timeline.map((e, i) => (
                  <li key={`${e.at}-${i}`}>
                    <span class="muted">{formatDateTime(e.at, zone)}</span> {e.label}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function DetailActions(props: {
  detail: Detail;
  busy: boolean;
  onAcknowledge: () => void;
  onInvoice: (courier: string, tracking: string, update: boolean) => void;
  onStop: () => void;
}) {
  const { t } = useI18n();
  const couriers = useCouriers();
  const { actions, shipping } = props.detail;
  const update = !actions.includes('uploadInvoice') && actions.includes('updateInvoice');
  const [courier, setCourier] = useState(update ? (shipping.courierCode ?? '') : '');
  const [tracking, setTracking] = useState(update ? (shipping.trackingNumber ?? '') : '');
  const [confirmStop, setConfirmStop] = useState(false);
  if (!actions.length) return <p class="muted">{t('det.noActions')}</p>;
  return (
    <div class="detail-actions">
      {actions.includes('acknowledge') ? (
        <button
          type="button"
          class="primary"
          data-testid="detail-acknowledge"
          disabled={props.busy}
          onClick={props.onAcknowledge}
        >
          {t('orders.action.acknowledge')}
        </button>
      ) : null}
      {actions.includes('uploadInvoice') || actions.includes('updateInvoice') ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (courier && cleanTracking(tracking).length >= 4)
              props.onInvoice(courier, cleanTracking(tracking), update);
          }}
        >
          <select
            data-testid="detail-courier"
            aria-label={t('inv.courier')}
            value={courier}
            onChange={(e) => setCourier(e.currentTarget.value)}
          >
            <option value="">{t('inv.chooseCourier')}</option>
            {couriers.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <input
            data-testid="detail-tracking"
            aria-label={t('inv.tracking')}
            placeholder={t('inv.tracking')}
            inputMode="numeric"
            size={14}
            maxLength={40}
            value={tracking}
            onInput={(e) => setTracking(e.currentTarget.value)}
          />
          <button
            type="submit"
            class="primary"
            data-testid="detail-invoice-send"
            disabled={props.busy || !courier || cleanTracking(tracking).length < 4}
          >
            {update ? t('orders.action.updateInvoice') : t('orders.action.uploadInvoice')}
          </button>
        </form>
      ) : null}
      {actions.includes('stopShipment') ? (
        confirmStop ? (
          <div class="confirm" role="alertdialog">
            <p>{t('orders.bulk.stopConfirm', { count: 1 })}</p>
            <div class="row">
              <button
                type="button"
                class="danger"
                data-testid="detail-stop-confirm"
                onClick={() => {
                  setConfirmStop(false);
                  props.onStop();
                }}
              >
                {t('orders.bulk.stopYes')}
              </button>
              <button type="button" ref={(b) => b?.focus()} onClick={() => setConfirmStop(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="danger"
            data-testid="detail-stop"
            disabled={props.busy}
            onClick={() => setConfirmStop(true)}
          >
            {t('orders.action.stopShipment')}
          </button>
        )
      ) : null}
    </div>
  );
}
