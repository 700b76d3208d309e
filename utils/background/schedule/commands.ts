import { browser } from 'wxt/browser';

/**
 * Keyboard shortcuts (manifest `commands`). `_execute_action` (open the popup) is Chrome's own;
 * these two are handled in the background.
 */
const COMMANDS = {
  openSidePanel: 'open-side-panel',
  syncNow: 'sync-now',
} as const;

/** chrome.windows.WINDOW_ID_CURRENT */
const WINDOW_ID_CURRENT = -2;

/**
 * Handles a command. Opening the side panel happens synchronously, in the key press's user
 * gesture (an await first would lose it); the tab the command came with names the window.
 * Returns what was done (for tests), or undefined for an unknown command.
 */
export function handleCommand(
  command: string,
  tab: { windowId?: number } | undefined,
  deps: { syncAll(): Promise<unknown>; onError?(where: string, e: unknown): void },
): 'openSidePanel' | 'syncNow' | undefined {
  if (command === COMMANDS.openSidePanel) {
    try {
      browser.sidePanel
        .open({ windowId: tab?.windowId ?? WINDOW_ID_CURRENT })
        .catch((e: unknown) => deps.onError?.('command.openSidePanel', e));
    } catch (e) {
      deps.onError?.('command.openSidePanel', e);
    }
    return 'openSidePanel';
  }
  if (command === COMMANDS.syncNow) {
    deps.syncAll().catch((e: unknown) => deps.onError?.('command.syncNow', e));
    return 'syncNow';
  }
  return undefined;
}
