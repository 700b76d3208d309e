import { parseEvent } from '@/utils/protocol/events';
import type { EventParser, EventPortLike } from '@/utils/ui/event-hub';
import { createEventHub, RECONNECT_MS } from '@/utils/ui/event-hub';

/** Lets the hub's pending promises (the schemas loading) settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A port the test drives: deliver a message, drop the connection. */
function fakePort() {
  const onMessage: Array<(raw: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const port: EventPortLike & { emit(raw: unknown): void; drop(): void; disconnected: boolean } = {
    onMessage: { addListener: (l) => onMessage.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) },
    disconnected: false,
    disconnect() {
      port.disconnected = true;
    },
    emit: (raw) => {
      for (const l of onMessage) l(raw);
    },
    drop: () => {
      for (const l of onDisconnect) l();
    },
  };
  return port;
}

/** A hub on fake ports; `parser` is how it loads the schemas (by default the real lazy import). */
function setup(parser?: () => Promise<EventParser>) {
  const ports: ReturnType<typeof fakePort>[] = [];
  const scheduled: Array<{ run: () => void; ms: number }> = [];
  const hub = createEventHub(
    () => {
      const p = fakePort();
      ports.push(p);
      return p;
    },
    (run, ms) => scheduled.push({ run, ms }),
    parser,
  );
  return { hub, ports, scheduled };
}

describe('event hub (one port per page)', () => {
  it('opens one port for any number of subscribers and fans every event out to all of them', async () => {
    const { hub, ports } = setup();
    const seen = [vi.fn(), vi.fn(), vi.fn()];
    for (const onEvent of seen) hub.subscribe({ onEvent });
    expect(ports).toHaveLength(1);
    ports[0].emit({ type: 'outbox.changed', payload: { accountKey: 'coupang:A1' } });
    await settle();
    for (const onEvent of seen) {
      expect(onEvent).toHaveBeenCalledExactlyOnceWith({
        type: 'outbox.changed',
        payload: { accountKey: 'coupang:A1' },
      });
    }
  });

  it('drops events that fail their schema, and stops calling a subscriber that left', async () => {
    const { hub, ports } = setup();
    const stays = vi.fn();
    const leaves = vi.fn();
    hub.subscribe({ onEvent: stays });
    const off = hub.subscribe({ onEvent: leaves });
    ports[0].emit({ type: 'sync.progress', payload: { accountKey: 1 } });
    ports[0].emit({ type: 'no.such.event', payload: {} });
    await settle();
    off();
    ports[0].emit({ type: 'accounts.changed', payload: {} });
    await settle();
    expect(stays).toHaveBeenCalledExactlyOnceWith({ type: 'accounts.changed', payload: {} });
    expect(leaves).not.toHaveBeenCalled();
  });

  it('reconnects a dropped port after a pause and tells subscribers to re-read what they follow', async () => {
    const { hub, ports, scheduled } = setup();
    const onEvent = vi.fn();
    const onReconnect = vi.fn();
    hub.subscribe({ onEvent, onReconnect });
    ports[0].drop();
    expect(ports).toHaveLength(1);
    expect(scheduled).toEqual([{ run: expect.any(Function), ms: RECONNECT_MS }]);
    // A subscriber arriving while the hub waits does not open a second port.
    hub.subscribe({ onEvent: vi.fn() });
    expect(ports).toHaveLength(1);
    scheduled[0].run();
    expect(ports).toHaveLength(2);
    expect(onReconnect).toHaveBeenCalledOnce();
    ports[1].emit({ type: 'orders.changed', payload: {} });
    await settle();
    expect(onEvent).toHaveBeenCalledOnce();
  });

  it('closes its port for good when the page goes away', () => {
    const { hub, ports, scheduled } = setup();
    hub.subscribe({ onEvent: vi.fn() });
    hub.close();
    expect(ports[0].disconnected).toBe(true);
    ports[0].drop();
    expect(scheduled).toHaveLength(0);
  });

  it('holds events that arrive while the schemas load, then checks and delivers them in order', async () => {
    let loaded: (p: EventParser) => void = () => undefined;
    const parser = vi.fn(() => new Promise<EventParser>((r) => (loaded = r)));
    const { hub, ports } = setup(parser);
    const onEvent = vi.fn();
    hub.subscribe({ onEvent });
    ports[0].emit({ type: 'orders.changed', payload: { accountKey: 'coupang:A1' } });
    ports[0].emit({ type: 'sync.progress', payload: { accountKey: 1 } });
    ports[0].emit({ type: 'accounts.changed', payload: {} });
    await settle();
    expect(onEvent).not.toHaveBeenCalled();
    expect(parser).toHaveBeenCalledOnce();
    loaded(parseEvent);
    await settle();
    expect(onEvent.mock.calls.map(([e]) => e.type)).toEqual(['orders.changed', 'accounts.changed']);
    // Loaded: later events are delivered as they come, without loading again.
    ports[0].emit({ type: 'settings.changed', payload: {} });
    expect(onEvent).toHaveBeenCalledTimes(3);
    expect(parser).toHaveBeenCalledOnce();
  });

  it('keeps the held events when the schemas failed to load, and loads again with the next event', async () => {
    const parser = vi
      .fn<() => Promise<EventParser>>()
      .mockRejectedValueOnce(new Error('chunk gone'))
      .mockResolvedValue(parseEvent);
    const { hub, ports } = setup(parser);
    const onEvent = vi.fn();
    hub.subscribe({ onEvent });
    ports[0].emit({ type: 'orders.changed', payload: {} });
    await settle();
    expect(onEvent).not.toHaveBeenCalled();
    ports[0].emit({ type: 'outbox.changed', payload: {} });
    await settle();
    expect(parser).toHaveBeenCalledTimes(2);
    expect(onEvent.mock.calls.map(([e]) => e.type)).toEqual(['orders.changed', 'outbox.changed']);
  });

  it('delivers nothing held once the page closed the hub', async () => {
    let loaded: (p: EventParser) => void = () => undefined;
    const { hub, ports } = setup(() => new Promise<EventParser>((r) => (loaded = r)));
    const onEvent = vi.fn();
    hub.subscribe({ onEvent });
    ports[0].emit({ type: 'orders.changed', payload: {} });
    hub.close();
    loaded(parseEvent);
    await settle();
    expect(onEvent).not.toHaveBeenCalled();
  });
});
