import { browser } from 'wxt/browser';
import { catalog } from '../protocol/catalog';
import { createDispatcher } from '../protocol/dispatcher';
import { EVENTS_PORT } from '../protocol/events';
import { EventHub } from '../protocol/event-hub';
import { classifySender } from '../protocol/sender';
import { migrate } from '../store/migrations';
import { settingsHandlers, systemHandlers } from './handlers/system';
import { SecurityLog } from './security-log';
import { SettingsService } from './settings-service';

/**
 * The background's composition root: builds every service once and registers the listeners.
 * Listeners are registered synchronously (MV3 requires it); message handling waits for start-up
 * work (migrations) so a message arriving right after launch never sees half-initialized state.
 */
export function startBackgroundApp() {
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  const classify = (s: Parameters<typeof classifySender>[0]) => classifySender(s, browser.runtime.id, extensionOrigin);

  const securityLog = new SecurityLog();
  const settings = new SettingsService();
  const events = new EventHub(classify);

  const ready = migrate();

  const dispatch = createDispatcher(
    catalog,
    {
      ...systemHandlers({ securityLog }),
      ...settingsHandlers({ settings }),
    },
    {
      onRejected: (r) => void securityLog.record(r),
      onHandlerError: (type, e) => console.warn(`[crossdock] ${type} failed:`, e instanceof Error ? e.name : 'error'),
    },
  );

  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const classified = classify(sender);
    ready.then(() => dispatch(msg, classified)).then(sendResponse, () =>
      sendResponse({ ok: false, error: { code: 'handler_error', message: 'Background failed to start.' } }),
    );
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === EVENTS_PORT) events.accept(port);
    else port.disconnect();
  });

  settings.onChange(() => events.emit('settings.changed', {}));

  return { ready, settings, securityLog, events, dispatch };
}
