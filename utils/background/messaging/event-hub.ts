import type { Browser } from 'wxt/browser';
import { type EventPayload, type EventType, eventCatalog } from '../../protocol/events';
import type { ClassifiedSender } from '../../protocol/sender';

type Port = Browser.runtime.Port;

/** Background side of the events port: only extension pages may subscribe. */
export class EventHub {
  private ports = new Set<Port>();

  constructor(private classify: (sender: Browser.runtime.MessageSender) => ClassifiedSender) {}

  accept(port: Port): boolean {
    const sender = port.sender ? this.classify(port.sender) : undefined;
    if (sender?.kind !== 'extension-page') {
      port.disconnect();
      return false;
    }
    this.ports.add(port);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    return true;
  }

  emit<T extends EventType>(type: T, payload: EventPayload<T>): void {
    const checked = eventCatalog[type].parse(payload);
    for (const port of this.ports) {
      try {
        port.postMessage({ type, payload: checked });
      } catch {
        this.ports.delete(port);
      }
    }
  }
}
