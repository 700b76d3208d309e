/**
 * A page helper: a panel shown on one kind of seller page. This half is URL logic only, shared by
 * the content script (which page am I on?) and the background (may this sender ask about that
 * id?). Rendering lives with the content script (entrypoints/page-helper.content/helpers/).
 */
export type HelperId = 'offer-1688' | 'order-1688' | 'wing-coupang';

export interface PageContext {
  helperId: HelperId;
  /** Ids the URL names, always strings (1688 order ids exceed 2^53). */
  ids: Record<string, string>;
}

export interface PageHelperDef {
  id: HelperId;
  /** Real-marketplace match patterns (a sandbox build rewrites them to <host>.localhost). */
  matches: readonly string[];
  /** Reads the page's ids from its URL (host already mapped to the real one), or null if not this helper's page. */
  fromUrl(url: URL, realHost: string): Record<string, string> | null;
}
