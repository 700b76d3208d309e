import { browser } from 'wxt/browser';
import { type AnyEvent, EVENTS_PORT, parseEvent } from './events';

/**
 * Subscribes an extension page to background events. Reconnects when the service worker restarts
 * (the port disconnects when the worker is suspended). Returns an unsubscribe function.
 */
export function subscribeEvents(onEvent: (event: AnyEvent) => void): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const connect = () => {
    if (stopped) return;
    port = browser.runtime.connect({ name: EVENTS_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const event = parseEvent(raw);
      if (event) onEvent(event);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (!stopped) setTimeout(connect, 500);
    });
  };
  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
