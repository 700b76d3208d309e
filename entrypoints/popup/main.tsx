import '@/assets/ui.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { PageRoot } from '@/components/page-root';

function Popup() {
  const { t } = useI18n();
  // sidePanel.open needs the user's click: resolve the window first so the click handler stays synchronous.
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  return (
    <div style={{ width: '320px', padding: '10px' }}>
      <h1>{t('popup.title')}</h1>
      <p class="muted">{t('app.tagline')}</p>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="open-sidepanel"
          disabled={windowId === undefined}
          onClick={() => windowId !== undefined && void browser.sidePanel.open({ windowId })}
        >
          {t('common.openSidePanel')}
        </button>
        <button type="button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('common.openOptions')}
        </button>
      </div>
    </div>
  );
}

render(<PageRoot>{() => <Popup />}</PageRoot>, document.getElementById('app')!);
