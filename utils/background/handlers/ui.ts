import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { pageAllows } from '../../page-helpers/registry';
import { HandledError } from '../../protocol/envelope';
import {
  type OpeningLayout,
  type SidePanelView,
  sameOpeningLayout,
  sidePanelView,
  uiMessages,
} from '../../protocol/messages/ui';
import type { ClassifiedSender } from '../../protocol/sender';
import type { Handlers } from '../messaging/dispatcher';
import type { EventHub } from '../messaging/event-hub';
import { storageItem } from '../store/storage';

const pendingView = storageItem<{ view: SidePanelView; at: number }>('pendingView');
const openingLayout = storageItem<OpeningLayout>('openingLayout');

/** A pending view is handed out only within a minute of the click that asked for it. */
const PENDING_FOR_MS = 60_000;

/**
 * Called synchronously from the onMessage listener, before any await: sidePanel.open() needs the
 * user's click, and a gesture does not survive an await. Checks sender and payload itself (the
 * dispatcher checks them again when it handles the message).
 */
export function openSidePanelInGesture(msg: unknown, sender: ClassifiedSender): void {
  const m = msg as { type?: unknown; payload?: { view?: unknown; windowId?: unknown } } | undefined;
  if (m?.type !== 'ui.openSidePanel') return;
  if (sender.kind === 'untrusted' || !uiMessages['ui.openSidePanel'].senders.includes(sender.kind)) return;
  if (!sidePanelView.safeParse(m.payload?.view).success) return;
  const options: Browser.sidePanel.OpenOptions | undefined =
    sender.kind === 'helper-frame'
      ? { tabId: sender.tabId }
      : typeof m.payload?.windowId === 'number'
        ? { windowId: m.payload.windowId }
        : undefined;
  if (options) browser.sidePanel.open(options).catch(() => undefined);
}

export function uiHandlers(deps: { events: EventHub; now(): number }): Handlers<typeof uiMessages> {
  return {
    'ui.openSidePanel': async ({ view }, sender) => {
      // A helper asks for a listing draft only of the offer its own tab's URL names.
      if (
        view.offerId &&
        sender.kind === 'helper-frame' &&
        !pageAllows(sender.pageUrl, 'offer-1688', { offerId: view.offerId })
      )
        throw new HandledError('forbidden', 'This page may only draft its own offer.', 'helper.notInPage');
      await pendingView.set({ view, at: deps.now() });
      deps.events.emit('ui.navigate', { view: view as Record<string, string> });
      return { opened: true };
    },
    'ui.takePendingView': async () => {
      // Every side panel open asks, and almost always nothing is pending: then nothing is removed.
      // A removal is a write in the browser process while the panel renders its first rows, and it
      // made the next open read storage again instead of the kept answer (store/storage.ts).
      const p = await pendingView.get();
      if (p) await pendingView.remove();
      return { view: p && deps.now() - p.at < PENDING_FOR_MS ? p.view : undefined };
    },
    'ui.openingLayout': async () => {
      const [layout, p] = await Promise.all([openingLayout.get(), pendingView.get()]);
      return { layout: layout ?? undefined, viewPending: !!p && deps.now() - p.at < PENDING_FOR_MS };
    },
    'ui.keepOpeningLayout': async (layout) => {
      // The panel sends it only when its list began elsewhere than it was told; written only when
      // it changed all the same (a write is the browser process's work while a page opens).
      if (!sameOpeningLayout((await openingLayout.get()) ?? undefined, layout)) await openingLayout.set(layout);
      return {};
    },
  };
}
