import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { buildConfig } from '@/utils/config/build-config';

export function AboutSection() {
  const { t } = useI18n();
  return (
    <section id="about" aria-labelledby="about-h">
      <h2 id="about-h">{t('options.section.about')}</h2>
      <table>
        <tbody>
          <tr>
            <th>{t('options.about.version')}</th>
            <td data-testid="about-version">{browser.runtime.getManifest().version}</td>
          </tr>
          <tr>
            <th>{t('options.about.build')}</th>
            <td data-testid="about-build">{buildConfig.target}</td>
          </tr>
          <tr>
            <th>{t('options.about.hosts')}</th>
            <td>
              {buildConfig.coupangBaseUrl} · {buildConfig.alibabaGatewayBaseUrl}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
