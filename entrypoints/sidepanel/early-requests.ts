import { askFirstSettings, sendEarly } from '@/components/page-start';
import { OPENING_QUERY, prefetchedWindows, signatureOf, WINDOW_SIZE, wireQuery } from './orders/prefetched-windows';

/**
 * The side panel's first requests, sent by the page's first, tiny script while the browser still
 * loads and compiles the rest (main.tsx imports the app afterwards): the background answers the
 * opening order list and the settings in parallel with the page's loading, so the first render
 * already has its rows, in the seller's language.
 */
prefetchedWindows.put(
  signatureOf(OPENING_QUERY),
  sendEarly('orders.query', { ...wireQuery(OPENING_QUERY), offset: 0, limit: WINDOW_SIZE }),
);

/** The settings as first read, and the value itself once it has come. */
export const earlySettings = askFirstSettings();
