import { useEffect, useState } from 'preact/hooks';
import { I18nProvider, useI18n } from '@/components/i18n';
import type { LanguageSetting } from '@/utils/i18n';
import type { PageContext } from '@/utils/page-helpers/types';
import { send } from '@/utils/protocol/client';

function PanelBody(props: { context: PageContext; collapsed: boolean; onToggle(): void }) {
  const { t } = useI18n();
  return (
    <aside class="cd-panel" data-testid="crossdock-panel" data-helper={props.context.helperId}>
      <header>
        <strong>{t('panel.title')}</strong>
        <button type="button" data-testid="panel-toggle" aria-expanded={!props.collapsed} onClick={props.onToggle}>
          {props.collapsed ? t('panel.expand') : t('panel.collapse')}
        </button>
      </header>
      {!props.collapsed && (
        <div class="cd-body" data-testid="panel-body">
          <p data-testid="panel-status">{t('panel.connected')}</p>
        </div>
      )}
    </aside>
  );
}

/** The panel shell: asks the background whether this helper is on and in which language. */
export function HelperPanel(props: { context: PageContext }) {
  const [state, setState] = useState<{ language: LanguageSetting; enabled: boolean; collapsed: boolean }>();
  useEffect(() => {
    send('settings.forPage', { helperId: props.context.helperId }).then(setState, () => setState(undefined));
  }, [props.context.helperId]);
  if (!state?.enabled) return null;
  const toggle = (e: MouseEvent) => {
    // Only a real click by the seller counts; a page script's synthetic click does nothing.
    if (!e.isTrusted) return;
    const collapsed = !state.collapsed;
    setState({ ...state, collapsed });
    void send('settings.setCollapsed', { collapsed });
  };
  return (
    <I18nProvider language={state.language}>
      <PanelBody context={props.context} collapsed={state.collapsed} onToggle={toggle as () => void} />
    </I18nProvider>
  );
}
