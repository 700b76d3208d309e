import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { MoneyView } from '../money/money-view';
import { SidePanelApp } from './app';

/**
 * The side panel's areas, Orders and Money: its view registry (a new area is one entry here).
 * The orders area stays mounted (its list, filters and selection survive a look at the money);
 * the money area mounts when first opened.
 */
export function SidePanelAreas() {
  const { t } = useI18n();
  const [area, setArea] = useState<'orders' | 'money'>('orders');
  const [moneyOpened, setMoneyOpened] = useState(false);
  const pick = (a: 'orders' | 'money') => {
    setArea(a);
    if (a === 'money') setMoneyOpened(true);
  };
  return (
    <div class="panel areas">
      <div class="area-switch" role="tablist" aria-label={t('area.label')}>
        {(['orders', 'money'] as const).map((a) => (
          <button
            key={a}
            type="button"
            role="tab"
            data-testid={`area-${a}`}
            aria-selected={area === a}
            class={area === a ? 'current' : ''}
            onClick={() => pick(a)}
          >
            {t(`area.${a}`)}
          </button>
        ))}
      </div>
      <div class="area-host" hidden={area !== 'orders'}>
        <SidePanelApp />
      </div>
      {moneyOpened ? (
        <div class="area-host money-host" hidden={area !== 'money'}>
          <MoneyView />
        </div>
      ) : null}
    </div>
  );
}
