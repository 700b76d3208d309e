/**
 * The callback domains the sandbox app is "registered" with. The real platform only redirects to
 * the domain registered for the app (1688-api.md §1.2); a browser extension's callbacks are:
 * - `https://<32 a-p>.chromiumapp.org/…` (chrome.identity.launchWebAuthFlow),
 * - `chrome-extension://<id>/…` (tab-based flow),
 * - `http://127.0.0.1:<port>/…` / `http://localhost:<port>/…` (local tools, relays).
 * Anything else is refused, as an unregistered domain would be.
 */
export function isAllowedRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && /^[a-p]{32}\.chromiumapp\.org$/.test(url.hostname)) return true;
  if (url.protocol === 'chrome-extension:' && /^[a-p]{32}$/.test(url.hostname)) return true;
  if (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost')) return true;
  return false;
}

/** `redirect_uri` plus parameters, keeping whatever query it already has. */
export function withParams(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}
