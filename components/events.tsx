import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnyEvent, EventType } from '@/utils/protocol/events';
import { EVENTS_PORT } from '@/utils/protocol/events-port';
import { createEventHub, type EventHub } from '@/utils/ui/event-hub';

const EventsContext = createContext<EventHub | undefined>(undefined);

/** Opens the page's one event port (through the hub) and closes it when the page goes away. */
export function EventsProvider(props: { children: ComponentChildren; hub?: EventHub }) {
  const [hub] = useState(() => props.hub ?? createEventHub(() => browser.runtime.connect({ name: EVENTS_PORT })));
  useEffect(() => () => hub.close(), [hub]);
  return <EventsContext.Provider value={hub}>{props.children}</EventsContext.Provider>;
}

function useHub(): EventHub {
  const hub = useContext(EventsContext);
  if (!hub) throw new Error('useEvent needs an <EventsProvider> above it (PageRoot provides one)');
  return hub;
}

type EventOf<T extends EventType> = Extract<AnyEvent, { type: T }>;

/**
 * Calls `handler` for each background event of the given type(s). The handler may change between
 * renders (the newest one is called); the subscription itself lasts as long as the component.
 */
export function useEvent<T extends EventType>(types: T | readonly T[], handler: (event: EventOf<T>) => void): void {
  const hub = useHub();
  const latest = useRef(handler);
  latest.current = handler;
  const key = (Array.isArray(types) ? [...types] : [types]).sort().join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    return hub.subscribe({
      onEvent: (e) => {
        if (wanted.has(e.type)) latest.current(e as EventOf<T>);
      },
    });
  }, [hub, key]);
}

/** Calls `handler` when the event port came back after the worker restarted (events may have been missed). */
export function useEventsReconnected(handler: () => void): void {
  const hub = useHub();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => hub.subscribe({ onEvent: () => undefined, onReconnect: () => latest.current() }), [hub]);
}
