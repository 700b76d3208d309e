import { useEffect, useState } from 'preact/hooks';
import { useRequestedSidePanelView } from '@/components/use-side-panel-view';
import { marketplaceOfAccount } from '@/utils/domain/keys';
import type { OrderTab } from '@/utils/protocol/messages/orders';
import { marketOfTab } from '@/utils/ui/order-state';

/** What covers the order list, if anything. */
export type PanelView =
  | { kind: 'list' }
  | { kind: 'detail'; key: string }
  | { kind: 'import' }
  | { kind: 'invoices'; keys: string[]; update?: boolean }
  | { kind: 'purchase' };

/**
 * The panel's current view, and the views others ask for (popup, notification, page helper): a
 * tab and/or account go to the list's query, an order or a screen becomes the view.
 */
export function usePanelView(
  onQuery: (patch: { market?: 'coupang' | 'alibaba'; tab?: OrderTab; accountKeys?: string[] }) => void,
) {
  const [view, setView] = useState<PanelView>({ kind: 'list' });
  const requested = useRequestedSidePanelView();
  useEffect(() => {
    if (!requested) return;
    if (requested.tab || requested.accountKey) {
      // A tab belongs to one marketplace's list; "all" to the account's.
      const market =
        (requested.tab && marketOfTab(requested.tab)) ??
        (requested.accountKey ? marketplaceOfAccount(requested.accountKey) : undefined);
      onQuery({
        ...(market ? { market } : {}),
        ...(requested.tab ? { tab: requested.tab } : {}),
        ...(requested.accountKey ? { accountKeys: [requested.accountKey] } : {}),
      });
    }
    if (requested.orderKey) setView({ kind: 'detail', key: requested.orderKey });
    else if (requested.screen === 'import') setView({ kind: 'import' });
    else if (requested.screen === 'purchase') setView({ kind: 'purchase' });
    else setView({ kind: 'list' });
  }, [requested]);
  return [view, setView] as const;
}
