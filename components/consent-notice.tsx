import { browser } from 'wxt/browser';
import { useConsentStatus } from './consent-status';
import { useI18n } from './i18n';

/**
 * Popup and side panel: until the seller agrees, say so and point to the consent screen in
 * options (the one place the full notice is shown). Renders nothing once consent is recorded.
 */
export function ConsentNotice() {
  const { t } = useI18n();
  const { status } = useConsentStatus();
  if (!status || status.granted) return null;
  return (
    <div class="card warn" role="status" data-testid="consent-needed">
      <p>{t('consent.needed')}</p>
      <button
        type="button"
        class="primary"
        data-testid="consent-open"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('consent.open')}
      </button>
    </div>
  );
}
