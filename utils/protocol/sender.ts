import type { Browser } from 'wxt/browser';
import { realSiteHost } from '../config/build-config';
import { MARKETPLACE_PAGE_HOSTS } from '../config/marketplace-hosts';

/**
 * Who sent a message. Decided once, here, from what the browser (not the sender) reports.
 * - extension-page: popup, side panel, options (our own origin).
 * - content-script: our content script in the top frame of a marketplace seller page; it may ask
 *   only about the ids in `pageUrl` (the tab's URL as the browser reports it).
 * - untrusted: anything else (other extensions, unmatched pages, sub-frames).
 */
export type SenderKind = 'extension-page' | 'content-script';

export type ClassifiedSender =
  | { kind: 'extension-page'; url: string }
  | { kind: 'content-script'; tabId: number; pageUrl: string; siteHost: string }
  | { kind: 'untrusted'; reason: string; origin: string };

type MessageSender = Browser.runtime.MessageSender;

export function classifySender(sender: MessageSender, extensionId: string, extensionOrigin: string): ClassifiedSender {
  const origin = safeOrigin(sender.url ?? sender.origin ?? '');
  if (sender.id !== extensionId) return { kind: 'untrusted', reason: 'foreign-extension', origin };
  // Compare as strings: URL.origin of chrome-extension: URLs is 'null' outside the browser.
  if (sender.url?.startsWith(`${extensionOrigin}/`)) return { kind: 'extension-page', url: sender.url };
  if (!sender.tab || sender.tab.id === undefined || !sender.url) return { kind: 'untrusted', reason: 'no-tab', origin };
  if (sender.frameId !== 0) return { kind: 'untrusted', reason: 'sub-frame', origin };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { kind: 'untrusted', reason: 'bad-url', origin };
  }
  const siteHost = realSiteHost(url);
  if (!MARKETPLACE_PAGE_HOSTS.includes(siteHost)) return { kind: 'untrusted', reason: 'unmatched-origin', origin };
  return { kind: 'content-script', tabId: sender.tab.id, pageUrl: sender.url, siteHost };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'unknown';
  }
}
