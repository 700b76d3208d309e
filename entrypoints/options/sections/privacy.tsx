import { useConsentStatus } from '@/components/consent-status';
import { ConfirmButton, DeleteAllButton } from '@/components/delete-all-button';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { Settings } from '@/utils/settings/schema';
import { CacheTtlForm } from './privacy-ttl';
import { StoredView } from './stored-view';

/**
 * Privacy & data: what is stored, how long the cache keeps it, and the seller's rights —
 * delete everything, or withdraw consent (which also deletes everything).
 */
export function PrivacySection(props: { settings: Settings | undefined }) {
  const { t, locale } = useI18n();
  const { status } = useConsentStatus();
  return (
    <div data-testid="privacy-section">
      {status?.granted && status.acceptedAt !== undefined && (
        <p class="muted" data-testid="consent-given">
          {t('privacy.consent.given', {
            version: status.acceptedVersion ?? status.currentVersion,
            date: new Date(status.acceptedAt).toLocaleDateString(locale === 'zh_CN' ? 'zh-CN' : locale),
          })}
        </p>
      )}
      <StoredView />
      <CacheTtlForm settings={props.settings} />
      <section class="card" aria-labelledby="delete-h">
        <h3 id="delete-h">{t('privacy.delete.title')}</h3>
        <p>{t('privacy.delete.text')}</p>
        <DeleteAllButton />
      </section>
      <section class="card" aria-labelledby="withdraw-h">
        <h3 id="withdraw-h">{t('privacy.withdraw.title')}</h3>
        <p>{t('privacy.withdraw.text')}</p>
        <ConfirmButton
          testId="withdraw-consent"
          label={t('privacy.withdraw.button')}
          question={t('privacy.withdraw.confirm')}
          confirmLabel={t('privacy.withdraw.confirmButton')}
          run={() => send('privacy.withdrawConsent', {})}
        />
      </section>
    </div>
  );
}
