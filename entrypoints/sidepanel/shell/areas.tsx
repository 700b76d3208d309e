import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useRequestedSidePanelView } from '@/components/use-side-panel-view';
import type { MessageKey } from '@/utils/i18n';
import { SidePanelApp } from './app';
import { AreaSwitch } from './area-switch';
import './areas.css';
import { sendOpeningRows } from '../products/opening-rows';
import { useAreaLink } from './area-link';
import { type LazyView, lazyView } from './lazy-view';

/** One area of the side panel: its tab label (a dictionary key) and its view. */
export interface SidePanelArea {
  id: string;
  /** Dictionary key of the tab label (in the feature's own dictionary). */
  label: MessageKey;
  render: () => ComponentChildren;
  /** Extra class on the area's host element (for the feature's own layout). */
  hostClass?: string;
  /**
   * Called as the area is first opened, before it renders: starts loading its code and sends its
   * first request, so the two go on at once instead of one after the other.
   */
  opening?: () => void;
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

/** A lazily loaded area: its code starts loading as its tab is clicked, and `request` is sent then. */
function lazyArea(
  id: string,
  label: MessageKey,
  View: LazyView<object>,
  hostClass: string,
  request?: () => void,
): SidePanelArea {
  return {
    id,
    label,
    hostClass,
    render: () => <View />,
    opening: () => {
      void View.preload();
      request?.();
    },
  };
}

const AREAS: readonly SidePanelArea[] = [
  { id: 'orders', label: 'area.orders', render: () => <SidePanelApp preload={LAZY_AREAS} /> },
  lazyArea('money', 'area.money', MoneyView, 'money-host'),
  lazyArea('claims', 'area.claims', ClaimsView, 'claims-host'),
  lazyArea('inquiries', 'area.inquiries', InquiriesView, 'inquiries-host'),
  lazyArea('crossborder', 'area.crossborder', CrossborderView, 'xb-host'),
  lazyArea('catalog', 'area.catalog', CatalogView, 'catalog-host'),
  // The products list's first rows are asked for with the click (products/opening-rows.ts).
  lazyArea('products', 'area.products', ProductsView, 'products-host', sendOpeningRows),
];

export function SidePanelAreas() {
  const { t } = useI18n();
  const first = AREAS[0]?.id ?? '';
  const [area, setArea] = useState(first);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([first]));
  const pick = (id: string) => {
    if (!opened.has(id)) AREAS.find((a) => a.id === id)?.opening?.();
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
