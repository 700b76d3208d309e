import type { Browser } from 'wxt/browser';
import { realSiteHost } from '../config/build-config';
import { MARKETPLACE_PAGE_HOSTS } from '../config/marketplace-hosts';

/** The helper panels' extension-origin frame (entrypoints/helper-frame/), web-accessible on seller pages. */
export const HELPER_FRAME_PATH = '/helper-frame.html';

/**
 * Who sent a message. Decided once, here, from what the browser (not the sender) reports.
 * - extension-page: popup, side panel, options (our own origin, not the helper frame).
 * - content-script: our content script in the top frame of a marketplace seller page; it may ask
 *   only about the ids in `pageUrl` (the tab's URL as the browser reports it).
 * - helper-frame: our helper frame inside a marketplace seller page's tab. It is our code, but any
 *   page on a helper host can embed it (it is web-accessible) with any URL parameters, so it gets
 *   only what that tab's URL allows: `pageUrl` is the tab's current URL as the browser reports it.
 * - untrusted: anything else (other extensions, unmatched pages, sub-frames).
 */
export type SenderKind = 'extension-page' | 'content-script' | 'helper-frame';

export type ClassifiedSender =
  | { kind: 'extension-page'; url: string }
  | { kind: 'content-script' | 'helper-frame'; tabId: number; pageUrl: string; siteHost: string }
  | { kind: 'untrusted'; reason: string; origin: string };

type MessageSender = Browser.runtime.MessageSender;

export function classifySender(sender: MessageSender, extensionId: string, extensionOrigin: string): ClassifiedSender {
  const origin = safeOrigin(sender.url ?? sender.origin ?? '');
  if (sender.id !== extensionId) return { kind: 'untrusted', reason: 'foreign-extension', origin };
  // Compare as strings: URL.origin of chrome-extension: URLs is 'null' outside the browser.
  // The helper frame first: it is on our origin too, but must never pass for a trusted page.
  if (isHelperFrameUrl(sender.url, extensionOrigin)) return classifyHelperFrame(sender, origin);
  if (sender.url?.startsWith(`${extensionOrigin}/`)) return { kind: 'extension-page', url: sender.url };
  if (!sender.tab || sender.tab.id === undefined || !sender.url) return { kind: 'untrusted', reason: 'no-tab', origin };
  if (sender.frameId !== 0) return { kind: 'untrusted', reason: 'sub-frame', origin };
  const page = marketplacePage(sender.url);
  if (!page) return { kind: 'untrusted', reason: 'unmatched-origin', origin };
  return { kind: 'content-script', tabId: sender.tab.id, pageUrl: sender.url, siteHost: page.siteHost };
}

function isHelperFrameUrl(url: string | undefined, extensionOrigin: string): boolean {
  if (!url?.startsWith(`${extensionOrigin}/`)) return false;
  try {
    return new URL(url).pathname === HELPER_FRAME_PATH;
  } catch {
    return false;
  }
}

/** The frame is judged by its tab: a sub-frame of a tab whose (current) URL is a marketplace page. */
function classifyHelperFrame(sender: MessageSender, origin: string): ClassifiedSender {
  if (!sender.tab || sender.tab.id === undefined || !sender.tab.url)
    return { kind: 'untrusted', reason: 'no-tab', origin };
  // Opened as a tab of its own, it has no seller page around it.
  if (!sender.frameId) return { kind: 'untrusted', reason: 'frame-not-embedded', origin };
  const page = marketplacePage(sender.tab.url);
  if (!page) return { kind: 'untrusted', reason: 'unmatched-origin', origin };
  return { kind: 'helper-frame', tabId: sender.tab.id, pageUrl: sender.tab.url, siteHost: page.siteHost };
}

function marketplacePage(href: string): { siteHost: string } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const siteHost = realSiteHost(url);
  return MARKETPLACE_PAGE_HOSTS.includes(siteHost) ? { siteHost } : undefined;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'unknown';
  }
}
