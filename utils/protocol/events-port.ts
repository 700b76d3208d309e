/**
 * The name of the long-lived port the background pushes events on (events.ts has their schemas).
 * A module of its own so a page can open the port without loading the schemas (and zod) before
 * its first paint.
 */
export const EVENTS_PORT = 'crossdock-events';
