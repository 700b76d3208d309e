import '@/assets/ui.css';
import { render } from 'preact';
import { useI18n } from '@/components/i18n';
import { PageRoot } from '@/components/page-root';

function SidePanel() {
  const { t } = useI18n();
  return (
    <div style={{ padding: '8px' }}>
      <h1>{t('sidepanel.title')}</h1>
      <p class="muted" data-testid="sidepanel-ready">
        {t('app.tagline')}
      </p>
    </div>
  );
}

render(<PageRoot>{() => <SidePanel />}</PageRoot>, document.getElementById('app')!);
