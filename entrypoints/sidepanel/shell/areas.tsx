import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { MoneyView } from '../money/money-view';
import { ProductsView } from '../products/products-view';
import { SidePanelApp } from './app';

/** One area of the side panel: its tab label (a dictionary key) and its view. */
interface SidePanelArea {
  id: string;
  /** Dictionary key of the tab label (in the feature's own dictionary). */
  label: MessageKey;
  render: () => ComponentChildren;
  /** Extra class on the area's host element (for the feature's own layout). */
  hostClass?: string;
}

/**
 * The side panel's view registry: a new area is one entry here (docs/adding-a-feature.md, step 5).
 * The first area is open when the panel opens and stays mounted (the orders list, filters and
 * selection survive a look elsewhere); every other area mounts when first opened and then stays.
 */
const AREAS: readonly SidePanelArea[] = [
  { id: 'orders', label: 'area.orders', render: () => <SidePanelApp /> },
  { id: 'money', label: 'area.money', render: () => <MoneyView />, hostClass: 'money-host' },
  { id: 'products', label: 'area.products', render: () => <ProductsView />, hostClass: 'products-host' },
];

export function SidePanelAreas() {
  const { t } = useI18n();
  const first = AREAS[0]?.id ?? '';
  const [area, setArea] = useState(first);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([first]));
  const pick = (id: string) => {
    setArea(id);
    if (!opened.has(id)) setOpened(new Set([...opened, id]));
  };
  return (
    <div class="panel areas">
      <div class="area-switch" role="tablist" aria-label={t('area.label')}>
        {AREAS.map((a) => (
          <button
            key={a.id}
            type="button"
            role="tab"
            data-testid={`area-${a.id}`}
            aria-selected={area === a.id}
            class={area === a.id ? 'current' : ''}
            onClick={() => pick(a.id)}
          >
            {t(a.label)}
          </button>
        ))}
      </div>
      {AREAS.filter((a) => opened.has(a.id)).map((a) => (
        <div key={a.id} class={a.hostClass ? `area-host ${a.hostClass}` : 'area-host'} hidden={area !== a.id}>
          {a.render()}
        </div>
      ))}
    </div>
  );
}
