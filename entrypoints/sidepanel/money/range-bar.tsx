import { useI18n } from '@/components/i18n';
import type { AccountView } from '@/utils/protocol/messages/connections';
import { lastDays, type MoneyRange, PRESET_DAYS } from './use-money';

const daysIn = (r: MoneyRange) => Math.round((Date.parse(r.to) - Date.parse(r.from)) / 86_400_000) + 1;

/** Account, period (presets or dates, KST, ending yesterday at the latest), refresh and export. */
export function RangeBar(props: {
  accounts: AccountView[];
  accountKey: string;
  onAccount: (key: string) => void;
  range: MoneyRange;
  onRange: (r: MoneyRange) => void;
  busy: boolean;
  onRefresh: () => void;
  onExport: () => void;
}) {
  const { t } = useI18n();
  const { range } = props;
  const span = daysIn(range);
  const latest = lastDays(1).to;
  return (
    <div class="money-bar">
      {props.accounts.length > 1 ? (
        <select
          aria-label={t('money.account')}
          data-testid="money-account"
          value={props.accountKey}
          onChange={(e) => props.onAccount(e.currentTarget.value)}
        >
          {props.accounts.map((a) => (
            <option key={a.accountKey} value={a.accountKey}>
              {a.label || a.accountId}
            </option>
          ))}
        </select>
      ) : null}
      <fieldset class="row presets">
        <legend class="sr-only">{t('money.range.label')}</legend>
        {PRESET_DAYS.map((n) => (
          <button
            key={n}
            type="button"
            data-testid={`range-${n}`}
            aria-pressed={span === n && range.to === latest}
            onClick={() => props.onRange(lastDays(n))}
          >
            {t('money.range.days', { n })}
          </button>
        ))}
      </fieldset>
      <div class="row">
        <label class="small">
          {t('money.range.from')}{' '}
          <input
            type="date"
            data-testid="money-from"
            value={range.from}
            max={range.to}
            onChange={(e) => e.currentTarget.value && props.onRange({ ...range, from: e.currentTarget.value })}
          />
        </label>
        <label class="small">
          {t('money.range.to')}{' '}
          <input
            type="date"
            data-testid="money-to"
            value={range.to}
            min={range.from}
            max={latest}
            onChange={(e) => e.currentTarget.value && props.onRange({ ...range, to: e.currentTarget.value })}
          />
        </label>
        <span class="spacer" />
        <button type="button" data-testid="money-refresh" disabled={props.busy} onClick={props.onRefresh}>
          ⟳ {t('money.refresh')}
        </button>
        <button type="button" class="primary" data-testid="money-export" disabled={props.busy} onClick={props.onExport}>
          {t('money.export')}
        </button>
      </div>
      <p class="muted small">{t('money.range.note')}</p>
    </div>
  );
}
