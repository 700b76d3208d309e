import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { LanguageSelect } from '@/components/language-select';
import { type MessageError, send } from '@/utils/protocol/client';
import type { ConsentStatus } from '@/utils/protocol/messages/privacy';
import type { Settings } from '@/utils/settings/schema';
import { SupportSection } from './support';

const MARKETS = ['coupang', 'alibaba'] as const;
/** The shared table style keeps cells on one line; the notice is prose. */
const PROSE = { whiteSpace: 'normal', verticalAlign: 'top' } as const;

/**
 * The first-run notice (compliance C4; 1688 §5.11.1: prior, express, informed consent): per
 * marketplace what is read and why, where it is kept and for how long — the retention times are
 * the live settings, so the notice never promises what the cache does not do.
 */
export function ConsentScreen(props: {
  status: ConsentStatus;
  settings: Settings | undefined;
  notice?: string;
  onAccepted(status: ConsentStatus): void;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { status } = props;
  const changed = status.acceptedVersion !== undefined && status.acceptedVersion !== status.currentVersion;
  const retention = {
    piiMinutes: status.retention.piiTtlMinutes,
    referenceHours: status.retention.referenceTtlHours,
  };

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      props.onAccepted(await send('privacy.acceptConsent', { version: status.currentVersion, locale }));
    } catch (e) {
      setError((e as MessageError).message ?? String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      class="consent"
      style={{ maxWidth: '900px', padding: '16px' }}
      data-testid="consent-screen"
      aria-labelledby="consent-h"
    >
      <div class="row">
        <h1 id="consent-h">{t('consent.title')}</h1>
        <LanguageSelect settings={props.settings} />
      </div>
      {props.notice && (
        <p class="ok" role="status" data-testid="consent-wiped">
          {props.notice}
        </p>
      )}
      {changed && (
        <p class="warn" role="status" data-testid="consent-changed">
          {t('consent.changed', { version: status.acceptedVersion ?? 0 })}
        </p>
      )}
      <p>{t('consent.intro')}</p>
      <table data-testid="consent-table">
        <thead>
          <tr>
            <td />
            {MARKETS.map((m) => (
              <th key={m} scope="col">
                {t(`consent.market.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" style={PROSE}>
              {t('consent.reads')}
            </th>
            {MARKETS.map((m) => (
              <td key={m} style={PROSE} data-testid={`consent-reads-${m}`}>
                {t(`consent.${m}.reads`)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" style={PROSE}>
              {t('consent.why')}
            </th>
            {MARKETS.map((m) => (
              <td key={m} style={PROSE}>
                {t(`consent.${m}.why`)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" style={PROSE}>
              {t('consent.where')}
            </th>
            <td colSpan={2} style={PROSE}>
              {t('consent.where.text')}
            </td>
          </tr>
          <tr>
            <th scope="row" style={PROSE}>
              {t('consent.howLong')}
            </th>
            <td colSpan={2} style={PROSE} data-testid="consent-retention">
              {t('consent.howLong.text', retention)}
            </td>
          </tr>
        </tbody>
      </table>
      <p>{t('consent.rights')}</p>
      <p class="muted">{t('consent.noCall')}</p>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="consent-accept"
          disabled={busy}
          onClick={() => void accept()}
        >
          {busy ? t('consent.accepting') : t('consent.accept')}
        </button>
        <span class="muted" data-testid="consent-version">
          {t('consent.version', { version: status.currentVersion })}
        </span>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      <SupportSection />
    </main>
  );
}
