import type { Browser } from 'wxt/browser';
import { type EventPayload, type EventType, eventCatalog, HELPER_FRAME_EVENTS } from '../../protocol/events';
import type { ClassifiedSender } from '../../protocol/sender';

type Port = Browser.runtime.Port;

/**
 * Background side of the events port: extension pages hear every event; helper frames hear only
 * HELPER_FRAME_EVENTS (the wipe, so an open helper drops what it shows); nobody else subscribes.
 */
export class EventHub {
  /** Each port with the events it may hear (undefined: all). */
  private ports = new Map<Port, ReadonlySet<EventType> | undefined>();

  /** Background services that follow an event too (the badge follows `inquiries.changed`). */
  private local = new Map<EventType, Set<(payload: unknown) => void>>();

  constructor(private classify: (sender: Browser.runtime.MessageSender) => ClassifiedSender) {}

  accept(port: Port): boolean {
    const sender = port.sender ? this.classify(port.sender) : undefined;
    if (sender?.kind !== 'extension-page' && sender?.kind !== 'helper-frame') {
      port.disconnect();
      return false;
    }
    this.ports.set(port, sender.kind === 'helper-frame' ? HELPER_FRAME_EVENTS : undefined);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    return true;
  }

  /** Calls `listener` for each `type` event emitted in this worker; returns the unsubscribe. */
  on<T extends EventType>(type: T, listener: (payload: EventPayload<T>) => void): () => void {
    const set = this.local.get(type) ?? new Set();
    this.local.set(type, set);
    const l = listener as (payload: unknown) => void;
    set.add(l);
    return () => set.delete(l);
  }

  emit<T extends EventType>(type: T, payload: EventPayload<T>): void {
    const checked = eventCatalog[type].parse(payload);
    for (const l of this.local.get(type) ?? []) {
      try {
        l(checked);
      } catch {
        // A listener's failure is its own; the pages still hear the event.
      }
    }
    for (const [port, allowed] of this.ports) {
      if (allowed && !allowed.has(type)) continue;
      try {
        port.postMessage({ type, payload: checked });
      } catch {
        this.ports.delete(port);
      }
    }
  }
}
