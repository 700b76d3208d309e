import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { ExchangeRow } from '@/utils/protocol/messages/claims';
import { formatCountdown } from '@/utils/ui/format';
import { useExchangeReveal } from './use-exchange-reveal';

/** The replacement's delivery address: masked, "Show" for a timed reveal, "Hide". */
export function ExchangeAddress(props: { accountKey: string; row: ExchangeRow }) {
  const { t } = useI18n();
  const reveal = useExchangeReveal(props.accountKey, props.row);
  const a = reveal.shown?.delivery ?? props.row.delivery;
  if (!a) return null;
  return (
    <div class="recipient" data-testid="exchange-address" data-revealed={String(!!reveal.shown)}>
      <p class="small muted">{t('claims.address')}</p>
      <p class="wrap" data-testid="exchange-address-text">
        {a.name} · {a.phone}
        <br />({a.postcode}) {a.address} {a.addressDetail}
      </p>
      {reveal.shown ? (
        <div class="row">
          <span class="warn" data-testid="reveal-countdown">
            {t('det.hidesIn', { time: formatCountdown(reveal.shown.until - reveal.now) })}
          </span>
          <button type="button" data-testid="hide" onClick={reveal.hide}>
            {t('claims.hide')}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="reveal" onClick={() => void reveal.reveal()}>
          {t('claims.reveal')}
        </button>
      )}
      {reveal.error ? <ErrorText error={reveal.error} /> : null}
    </div>
  );
}
