import '@/assets/ui.css';
import './options.css';
import { render } from 'preact';
import { useI18n } from '@/components/i18n';
import { LanguageSelect } from '@/components/language-select';
import { PageRoot } from '@/components/page-root';
import { askFirstSettings, wordsReady } from '@/components/page-start';
import type { Settings } from '@/utils/settings/schema';
import { AboutSection } from './sections/about';
import { AlibabaConnections } from './sections/alibaba';
import { CoupangConnections } from './sections/connections';
import { ConsentGate } from './sections/consent-gate';
import { HelpersSection } from './sections/helpers';
import { NotificationsSection } from './sections/notifications';
import { PrivacySection } from './sections/privacy';
import { SecurityLogView } from './sections/security-log';
import { SupportSection } from './sections/support';

function Options(props: { settings: Settings | undefined }) {
  const { t } = useI18n();
  return (
    <div class="options">
      <nav aria-label={t('options.title')}>
        <h1>{t('options.title')}</h1>
        <a href="#connections">{t('options.section.connections')}</a>
        <a href="#notifications">{t('notif.title')}</a>
        <a href="#privacy">{t('options.section.privacy')}</a>
        <a href="#helpers">{t('helper.options.title')}</a>
        <a href="#support">{t('options.section.support')}</a>
        <a href="#about">{t('options.section.about')}</a>
        <LanguageSelect settings={props.settings} />
      </nav>
      <main>
        <section id="connections" aria-labelledby="connections-h">
          <h2 id="connections-h">{t('options.section.connections')}</h2>
          <CoupangConnections />
          <AlibabaConnections />
        </section>
        <NotificationsSection settings={props.settings} />
        <section id="privacy" aria-labelledby="privacy-h">
          <h2 id="privacy-h">{t('options.section.privacy')}</h2>
          <PrivacySection settings={props.settings} />
          <SecurityLogView />
        </section>
        <HelpersSection settings={props.settings} />
        <SupportSection />
        <AboutSection />
      </main>
    </div>
  );
}

// Settings and the words of the seller's language first: the first frame is in that language.
const first = askFirstSettings();
void wordsReady(first).then(() =>
  render(
    <PageRoot first={first}>
      {(s) => (
        <ConsentGate settings={s}>
          <Options settings={s} />
        </ConsentGate>
      )}
    </PageRoot>,
    document.getElementById('app')!,
  ),
);
