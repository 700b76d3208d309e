import type { AnyEvent } from '../protocol/events';

/** Checks a raw port message against the event schemas (protocol/events.ts `parseEvent`). */
export type EventParser = (raw: unknown) => AnyEvent | undefined;

/**
 * The schemas load with the first event, not with the page: they bring zod, which a page does
 * not need for its first paint (the side panel's first rows), and events come later.
 */
const loadParser = () => import('../protocol/events').then((m) => m.parseEvent);

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
 * a dropped port is reopened after RECONNECT_MS for as long as the hub is not closed. Events that
 * arrive while the schemas are still loading wait for them, and are then delivered in order.
 */
export function createEventHub(
  connect: () => EventPortLike,
  schedule: (run: () => void, ms: number) => unknown = setTimeout,
  parser: () => Promise<EventParser> = loadParser,
): EventHub {
  const subscribers = new Set<EventSubscriber>();
  let port: EventPortLike | undefined;
  let closed = false;
  let waiting = false;
  let parse: EventParser | undefined;
  let loading = false;
  const early: unknown[] = [];

  const deliver = (raw: unknown, check: EventParser) => {
    const event = check(raw);
    if (event) for (const s of [...subscribers]) s.onEvent(event);
  };
  const receive = (raw: unknown) => {
    if (closed) return;
    if (parse) return deliver(raw, parse);
    early.push(raw);
    if (loading) return;
    loading = true;
    parser().then(
      (p) => {
        parse = p;
        for (const r of early.splice(0)) if (!closed) deliver(r, p);
      },
      // The code could not load (the extension was updated under the page): the next event tries again.
      () => {
        loading = false;
      },
    );
  };

  const open = (reconnected: boolean) => {
    if (closed || port) return;
    const p = connect();
    port = p;
    p.onMessage.addListener(receive);
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
