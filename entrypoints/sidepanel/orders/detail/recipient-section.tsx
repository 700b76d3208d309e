import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { OrderDetail } from '@/utils/protocol/messages/orders';
import { formatCountdown } from '@/utils/ui/format';
import type { Recipient } from './use-order-detail';

/** "(06236) 서울 강남구 … 101호"; no empty brackets when a marketplace gives no postcode. */
function addressLine(r: Recipient): string {
  const text = [r.postcode ? `(${r.postcode})` : '', r.address, r.addressDetail].filter(Boolean).join(' ');
  return text || '—';
}

/** The recipient, masked as the background sent it until "Show"; then plain, with the time left and "Hide". */
export function RecipientSection(props: {
  detail: OrderDetail;
  showing: { recipient: Recipient; until: number } | undefined;
  now: number;
  onReveal: () => void;
  onHide: () => void;
  revealError: unknown;
}) {
  const { t } = useI18n();
  const { showing } = props;
  const r = showing?.recipient ?? props.detail.recipient;
  return (
    <div class="recipient" data-revealed={String(!!showing)}>
      <dl class="kv">
        <dt>{t('det.name')}</dt>
        <dd data-testid="recipient-name">{(showing ? r.name : props.detail.recipientName) || '—'}</dd>
        <dt>{t('det.phone')}</dt>
        <dd data-testid="recipient-phone">{r.phone || '—'}</dd>
        <dt>{t('det.address')}</dt>
        <dd data-testid="recipient-address" class="wrap">
          {addressLine(r)}
        </dd>
        {r.customsCode ? (
          <>
            <dt>{t('det.customsCode')}</dt>
            <dd>{r.customsCode}</dd>
          </>
        ) : null}
        {r.memo ? (
          <>
            <dt>{t('det.memo')}</dt>
            <dd class="wrap">{r.memo}</dd>
          </>
        ) : null}
      </dl>
      {showing ? (
        <div class="row">
          <span class="warn" data-testid="reveal-countdown">
            {t('det.hidesIn', { time: formatCountdown(showing.until - props.now) })}
          </span>
          <button type="button" data-testid="hide" onClick={props.onHide}>
            {t('common.hide')}
          </button>
        </div>
      ) : (
        <div class="row">
          <button type="button" data-testid="reveal" onClick={props.onReveal}>
            {t('common.reveal')}
          </button>
          <span class="muted small">{t('det.masked')}</span>
        </div>
      )}
      {props.revealError ? <ErrorText error={props.revealError} /> : null}
    </div>
  );
}
