import { askFirstSettings, sendEarly } from '@/components/page-start';
import { OPENING_QUERY, prefetchedWindows, signatureOf, WINDOW_SIZE, wireQuery } from './orders/prefetched-windows';

// The side panel's first requests, sent by the page's first, tiny script while the browser still
// loads and compiles the rest (main.tsx imports the app afterwards): the background answers the
// settings, where the list began last time and the opening order list in parallel with the page's
// loading, so the first rows are drawn before the app has loaded (orders/early-rows.ts) and the
// app's first render already has them, in the seller's language.

/**
 * The settings as first read, and the value itself once it has come. Asked before the order
 * window: the worker's thread is busy 10–30 ms building, checking and sending that answer, and the
 * settings (answered in ~1 ms) reached it 15–40 ms after the window; the words of a seller's
 * chosen language start loading once the settings are in (page-start.ts).
 */
export const earlySettings = askFirstSettings();

/** The opening list's first window, kept for the list (use-order-windows.ts takes it). */
export const earlyWindow = sendEarly('orders.query', { ...wireQuery(OPENING_QUERY), offset: 0, limit: WINDOW_SIZE });
prefetchedWindows.put(signatureOf(OPENING_QUERY), earlyWindow);

/**
 * Where the list began last time, and whether a view is waiting. Asked last: it is needed only
 * with the window's answer, and is answered from memory right after it.
 */
export const earlyLayout = sendEarly('ui.openingLayout', {});
