import { type AnyEvent, parseEvent } from '../protocol/events';

/** The part of a `runtime.Port` the hub uses (a fake in tests). */
export interface EventPortLike {
  onMessage: { addListener(listener: (raw: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface EventSubscriber {
  onEvent(event: AnyEvent): void;
  /**
   * Called after the port came back (the service worker was suspended and restarted): events sent
   * in between were lost, so a subscriber that follows something re-reads it here instead of polling.
   */
  onReconnect?(): void;
}

export interface EventHub {
  subscribe(subscriber: EventSubscriber): () => void;
  close(): void;
}

/** How long to wait before reconnecting a dropped port (the worker needs a moment to start). */
export const RECONNECT_MS = 500;

/**
 * One background event port per page, shared by every subscriber on it. The port opens with the
 * first subscriber, each valid event (schema-checked by `parseEvent`) fans out to all of them, and
 * a dropped port is reopened after RECONNECT_MS for as long as the hub is not closed.
 */
export function createEventHub(
  connect: () => EventPortLike,
  schedule: (run: () => void, ms: number) => unknown = setTimeout,
): EventHub {
  const subscribers = new Set<EventSubscriber>();
  let port: EventPortLike | undefined;
  let closed = false;
  let waiting = false;

  const open = (reconnected: boolean) => {
    if (closed || port) return;
    const p = connect();
    port = p;
    p.onMessage.addListener((raw) => {
      const event = parseEvent(raw);
      if (event) for (const s of [...subscribers]) s.onEvent(event);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = undefined;
      if (closed || waiting) return;
      waiting = true;
      schedule(() => {
        waiting = false;
        open(true);
      }, RECONNECT_MS);
    });
    if (reconnected) for (const s of [...subscribers]) s.onReconnect?.();
  };

  return {
    subscribe(subscriber) {
      subscribers.add(subscriber);
      if (!waiting) open(false);
      return () => {
        subscribers.delete(subscriber);
      };
    },
    close() {
      closed = true;
      const p = port;
      port = undefined;
      p?.disconnect();
    },
  };
}
