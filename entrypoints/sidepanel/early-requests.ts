import type { MessageType, ReplyOf, RequestOf } from '@/utils/protocol/client';
import { unwrapReply } from '@/utils/protocol/reply';
import type { Settings } from '@/utils/settings/schema';
import { OPENING_QUERY, prefetchedWindows, signatureOf, WINDOW_SIZE, wireQuery } from './orders/prefetched-windows';

/**
 * The side panel's first requests, sent by the page's first, tiny script while the browser still
 * loads and compiles the rest (main.tsx imports the app afterwards): the background answers the
 * opening order list and the settings in parallel with the page's loading, so the first render
 * already has its rows, in the seller's language. Plain `chrome.runtime.sendMessage` — the
 * polyfill and the schema library belong to the code still loading; the background checks these
 * like any other message.
 */
function sendEarly<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ReplyOf<T>> {
  return chrome.runtime.sendMessage({ type, payload }).then((reply) => unwrapReply<ReplyOf<T>>(reply));
}

prefetchedWindows.put(
  signatureOf(OPENING_QUERY),
  sendEarly('orders.query', { ...wireQuery(OPENING_QUERY), offset: 0, limit: WINDOW_SIZE }),
);

/** The settings as first read, and the value itself once it has come. */
export const earlySettings: { reply: Promise<Settings>; settled?: Settings } = {
  reply: sendEarly('settings.get', {}),
};
earlySettings.reply.then(
  (s) => {
    earlySettings.settled = s;
  },
  () => undefined,
);
