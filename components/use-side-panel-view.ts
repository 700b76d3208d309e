import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { SidePanelView } from '@/utils/protocol/messages/ui';
import { useEvent } from './events';

/**
 * The pending view is taken (and removed) once per page: every part of the panel that follows
 * requests (the area switch, the order list) gets the same one.
 */
let pendingOnce: Promise<SidePanelView | undefined> | undefined;
function takePendingOnce(): Promise<SidePanelView | undefined> {
  pendingOnce ??= send('ui.takePendingView', {}).then((r) => r.view);
  return pendingOnce;
}

/** The latest view asked for: a part of the panel mounted after the request (a new area) still gets it. */
let latest: SidePanelView | undefined;

/**
 * The view the side panel was asked to show (from the popup, a notification or a page helper):
 * the pending one when the panel opens, then any later `ui.navigate` while it is open.
 */
export function useRequestedSidePanelView(): SidePanelView | undefined {
  const [view, setView] = useState<SidePanelView | undefined>(latest);
  useEffect(() => {
    takePendingOnce().then(
      (v) => {
        if (!v) return;
        latest ??= v;
        setView(latest);
      },
      () => undefined,
    );
  }, []);
  useEvent('ui.navigate', (e) => {
    latest = e.payload.view as SidePanelView;
    setView(latest);
  });
  return view;
}

/** Asks the background to open the side panel at `view`; call it directly in a click handler. */
export function openSidePanelAt(view: SidePanelView, windowId?: number): Promise<unknown> {
  return send('ui.openSidePanel', { view, ...(windowId === undefined ? {} : { windowId }) });
}
