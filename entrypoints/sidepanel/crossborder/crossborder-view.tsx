import './crossborder.css';
import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { FlowTab } from './flow-tab';
import { LinksTab } from './links-tab';
import { RestockTab } from './restock-tab';
import { SettingsTab } from './settings-tab';
import { SourcingTab } from './sourcing-tab';

const TABS = ['flow', 'restock', 'sourcing', 'links', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** The 구매대행 area: linked Coupang orders through their 1688 purchase, the 사입 restock plan, product links, forwarder and costs. */
export function CrossborderView() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('flow');
  return (
    <div class="xb" data-testid="crossborder-view">
      <div class="tabs" role="tablist" aria-label={t('area.crossborder')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            data-testid={`xb-tab-${k}`}
            aria-selected={tab === k}
            class={tab === k ? 'tab current' : 'tab'}
            onClick={() => setTab(k)}
          >
            {t(`xb.tab.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'flow' ? <FlowTab /> : null}
        {tab === 'restock' ? <RestockTab /> : null}
        {tab === 'sourcing' ? <SourcingTab /> : null}
        {tab === 'links' ? <LinksTab /> : null}
        {tab === 'settings' ? <SettingsTab /> : null}
      </div>
    </div>
  );
}
