import { z } from 'zod';

/**
 * Events the background pushes to open extension pages (side panel, popup, options) over a
 * long-lived port. Same discipline as requests: each event has a schema, checked before sending.
 */
export { EVENTS_PORT } from './events-port';

export const eventCatalog = {
  'accounts.changed': z.lazy(() => z.object({})),
  'orders.changed': z.lazy(() => z.object({ accountKey: z.string().optional() })),
  'sync.progress': z.lazy(() =>
    z.object({
      accountKey: z.string(),
      phase: z.enum(['idle', 'running', 'done', 'failed', 'blocked']),
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative().optional(),
      message: z.string().optional(),
      blockedUntil: z.number().optional(),
      errorKind: z.string().optional(),
    }),
  ),
  'outbox.changed': z.lazy(() => z.object({ accountKey: z.string().optional() })),
  /** A vendor's cached inquiries were replaced by a full read, or one was read back after a write. */
  'inquiries.changed': z.lazy(() => z.object({ accountKey: z.string() })),
  /** A vendor's cached returns and exchanges were replaced by a read. */
  'claims.changed': z.lazy(() => z.object({ accountKey: z.string() })),
  'data.wiped': z.lazy(() => z.object({ reason: z.string() })),
  'settings.changed': z.lazy(() => z.object({})),
  'consent.changed': z.lazy(() => z.object({ granted: z.boolean() })),
  /** An open side panel should show this view (someone clicked a link to it). */
  'ui.navigate': z.lazy(() => z.object({ view: z.record(z.string(), z.string()) })),
} as const;

/**
 * What a helper frame (our frame inside a seller page's tab, judged by that tab's URL) may hear:
 * only that the seller deleted all data, so it drops what it shows. Nothing with an id or a count.
 */
export const HELPER_FRAME_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['data.wiped']);

export type EventCatalog = typeof eventCatalog;
export type EventType = keyof EventCatalog;
export type EventPayload<T extends EventType> = z.infer<EventCatalog[T]>;
export type AnyEvent = { [K in EventType]: { type: K; payload: EventPayload<K> } }[EventType];

export function parseEvent(raw: unknown): AnyEvent | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { type, payload } = raw as { type?: string; payload?: unknown };
  if (!type || !Object.hasOwn(eventCatalog, type)) return undefined;
  const parsed = eventCatalog[type as EventType].safeParse(payload);
  return parsed.success ? ({ type, payload: parsed.data } as AnyEvent) : undefined;
}
