import { useI18n } from '@/components/i18n';
import { buildConfig } from '@/utils/config/build-config';

/** Support contacts (agreement 1688 §5.9: e-mail and AliWangwang shown in the app). */
export function SupportSection() {
  const { t } = useI18n();
  const { email, wangwang } = buildConfig.support;
  return (
    <section id="support" aria-labelledby="support-h">
      <h2 id="support-h">{t('options.section.support')}</h2>
      <p>{t('options.support.intro')}</p>
      <dl data-testid="support-contacts">
        <dt>{t('options.support.email')}</dt>
        <dd>
          <a href={`mailto:${email}`} data-testid="support-email">
            {email}
          </a>
        </dd>
        <dt>{t('options.support.wangwang')}</dt>
        <dd data-testid="support-wangwang">{wangwang}</dd>
      </dl>
      <p class="muted">{t('options.support.deleteHint')}</p>
    </section>
  );
}
