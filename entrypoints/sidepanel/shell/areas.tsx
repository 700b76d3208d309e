import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useRequestedSidePanelView } from '@/components/use-side-panel-view';
import type { MessageKey } from '@/utils/i18n';
import { SidePanelApp } from './app';
import { AreaSwitch } from './area-switch';
import './areas.css';
import { useAreaLink } from './area-link';
import { lazyView } from './lazy-view';

/** One area of the side panel: its tab label (a dictionary key) and its view. */
export interface SidePanelArea {
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
 * selection survive a look elsewhere); every other area loads and mounts when first opened and
 * then stays.
 */
// Every area but the first loads its code when first opened (lazy-view.tsx).
const MoneyView = lazyView(() => import('../money/money-view').then((m) => m.MoneyView));
const ClaimsView = lazyView(() => import('../claims/claims-view').then((m) => m.ClaimsView));
const InquiriesView = lazyView(() => import('../inquiries/inquiries-view').then((m) => m.InquiriesView));
const CrossborderView = lazyView(() => import('../crossborder/crossborder-view').then((m) => m.CrossborderView));
const CatalogView = lazyView(() => import('../catalog/catalog-view').then((m) => m.CatalogView));
const ProductsView = lazyView(() => import('../products/products-view').then((m) => m.ProductsView));

// Preloaded once the first order rows are drawn: opening an area then finds its code ready.
const LAZY_AREAS = [MoneyView, ClaimsView, InquiriesView, CrossborderView, CatalogView, ProductsView];

const AREAS: readonly SidePanelArea[] = [
  { id: 'orders', label: 'area.orders', render: () => <SidePanelApp preload={LAZY_AREAS} /> },
  { id: 'money', label: 'area.money', render: () => <MoneyView />, hostClass: 'money-host' },
  { id: 'claims', label: 'area.claims', render: () => <ClaimsView />, hostClass: 'claims-host' },
  { id: 'inquiries', label: 'area.inquiries', render: () => <InquiriesView />, hostClass: 'inquiries-host' },
  { id: 'crossborder', label: 'area.crossborder', render: () => <CrossborderView />, hostClass: 'xb-host' },
  { id: 'catalog', label: 'area.catalog', render: () => <CatalogView />, hostClass: 'catalog-host' },
  { id: 'products', label: 'area.products', render: () => <ProductsView />, hostClass: 'products-host' },
];

export function SidePanelAreas() {
  const { t } = useI18n();
  const first = AREAS[0]?.id ?? '';
  const [area, setArea] = useState(first);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([first]));
  const pick = (id: string) => {
    setArea(id);
    setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
  };
  // A link from another area of this page (a claim → its order) opens its target area.
  useAreaLink(undefined, (link) => pick(link.area));
  // A view asked for from elsewhere (Wing helper, popup, notification): its area, or the orders
  // for an order, a tab or a screen.
  const requested = useRequestedSidePanelView();
  useEffect(() => {
    if (!requested) return;
    const target = requested.area ?? first;
    if (AREAS.some((a) => a.id === target)) pick(target);
  }, [requested]);
  return (
    <div class="panel areas">
      <AreaSwitch areas={AREAS} current={area} label={t('area.label')} onPick={pick} />
      {AREAS.filter((a) => opened.has(a.id)).map((a) => (
        <div key={a.id} class={a.hostClass ? `area-host ${a.hostClass}` : 'area-host'} hidden={area !== a.id}>
          {a.render()}
        </div>
      ))}
    </div>
  );
}
