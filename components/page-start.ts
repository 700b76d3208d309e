import { loadWords } from '@/utils/i18n';
import { currentLocale } from '@/utils/i18n/locale';
import type { MessageType, ReplyOf, RequestOf } from '@/utils/protocol/client';
import { unwrapReply } from '@/utils/protocol/reply';
import type { Settings } from '@/utils/settings/schema';

/**
 * What a page asks for before its main code loads: plain `chrome.runtime.sendMessage`, because
 * the polyfill and the schema library belong to the code still loading (the background checks
 * these like any other message). Small on purpose: a page's entry imports this first.
 */
export function sendEarly<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ReplyOf<T>> {
  return chrome.runtime.sendMessage({ type, payload }).then((reply) => unwrapReply<ReplyOf<T>>(reply));
}

/** Settings a page asked for before its main code loaded: the answer, and the value once in. */
export interface FirstSettings {
  reply: Promise<Settings>;
  settled?: Settings;
}

export function askFirstSettings(): FirstSettings {
  const first: FirstSettings = { reply: sendEarly('settings.get', {}) };
  first.reply.then(
    (s) => {
      first.settled = s;
    },
    () => undefined,
  );
  return first;
}

/**
 * Resolves once the words of the seller's language are loaded (the browser's language when the
 * settings cannot be read), so the page's first frame is already in that language. Never rejects:
 * the page still renders, with PageRoot's own settings read and error states.
 */
export function wordsReady(first: FirstSettings): Promise<void> {
  // The browser's language, while the settings are on their way: most sellers keep 'auto' or
  // chose the browser's own language, and the words then arrive with the settings, not after.
  void loadWords(currentLocale(undefined)).catch(() => undefined);
  return first.reply
    .then(
      (s) => s.language,
      () => undefined,
    )
    .then((language) => loadWords(currentLocale(language)))
    .catch(() => undefined);
}
