/**
 * What every sample page holds that an extension must never read or change: a pre-filled
 * password field, cookies (HTTP and script-set) and web storage. Tests compare these values
 * before and after the content scripts ran.
 */
export const PAGE_SECRETS = {
  username: 'sandbox-seller',
  password: 'hunter2-sandbox',
  /** Set-Cookie on every page response (readable by scripts). */
  cookie: { name: 'session', value: 'sandbox-session-secret' },
  /** Set-Cookie, HttpOnly: only the network stack sees it. */
  httpOnlyCookie: { name: 'auth_token', value: 'sandbox-httponly-secret' },
  /** Set by page script through document.cookie. */
  scriptCookie: { name: 'page_token', value: 'sandbox-page-token-secret' },
  localStorage: { key: 'sandbox-local-secret', value: 'local-storage-secret-value' },
  sessionStorage: { key: 'sandbox-session-secret', value: 'session-storage-secret-value' },
} as const;
