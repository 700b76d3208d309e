import { useState } from 'preact/hooks';
import type { LanguageSetting } from '@/utils/i18n';
import type { PageContext } from '@/utils/page-helpers/types';
import { send } from '@/utils/protocol/client';
import { HELPER_RENDERERS } from './helpers';
import { trusted } from './helpers/common';
import { HelperI18n, useT } from './i18n';

export interface PageSettings {
  language: LanguageSetting;
  enabled: boolean;
  collapsed: boolean;
}

function PanelBody(props: { context: PageContext; collapsed: boolean; onToggle(e: MouseEvent): void }) {
  const { t } = useT();
  const Helper = HELPER_RENDERERS[props.context.helperId];
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
          <Helper ids={props.context.ids} />
          <p class="cd-status" data-testid="panel-status">
            {t('panel.connected')}
          </p>
        </div>
      )}
    </aside>
  );
}

/** The panel shell: collapse (remembered per site), language; the helper for this page inside. */
export function HelperPanel(props: { context: PageContext; page: PageSettings }) {
  const [collapsed, setCollapsed] = useState(props.page.collapsed);
  // Only a real click by the seller counts; a page script's synthetic click does nothing.
  const toggle = trusted(() => {
    const next = !collapsed;
    setCollapsed(next);
    void send('settings.setCollapsed', { collapsed: next }).catch(() => undefined);
  });
  return (
    <HelperI18n language={props.page.language}>
      <PanelBody context={props.context} collapsed={collapsed} onToggle={toggle} />
    </HelperI18n>
  );
}
