import type { TokenEndpoint } from './token-endpoint';
import { type Tokens, tokensFromExchange } from './tokens';

/**
 * The browser half of 1688's OAuth 2.0 code flow (docs/1688-api.md §1.2–1.3): the authorize URL
 * for `launchWebAuthFlow`, and the checks on the redirect it returns. The code → token exchange
 * goes through a `TokenEndpoint` (own app: direct with the secret; relay: through the relay).
 */
export interface AuthorizeUrlOptions {
  /** `https://auth.1688.com` in production; configurable for the sandbox. */
  authBaseUrl: string;
  appKey: string;
  /** The extension's redirect URL (`https://<id>.chromiumapp.org/…`), registered with the app. */
  redirectUri: string;
  state: string;
}

export function buildAuthorizeUrl(o: AuthorizeUrlOptions): string {
  const url = new URL('/oauth/authorize', o.authBaseUrl);
  url.search = new URLSearchParams({
    client_id: o.appKey,
    site: '1688',
    redirect_uri: o.redirectUri,
    state: o.state,
  }).toString();
  return url.toString();
}

/** A one-time CSRF value: 128 random bits, URL-safe. */
export function createOAuthState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export type OAuthRedirectErrorKind = 'stateMismatch' | 'denied' | 'cancelled' | 'missingCode';

export class OAuthRedirectError extends Error {
  override readonly name = 'OAuthRedirectError';
  /** The `error` value 1688 put on the redirect, if any (its denial parameters are undocumented, §1.3). */
  readonly providerError?: string;

  constructor(
    readonly kind: OAuthRedirectErrorKind,
    providerError?: string,
  ) {
    super(`1688 authorization ended: ${kind}${providerError ? ` (${providerError})` : ''}`);
    if (providerError !== undefined) this.providerError = providerError;
  }
}

/**
 * Checks the URL `launchWebAuthFlow` resolved with and returns the one-time code.
 * `undefined` (no URL) is a closed window. A denial is honoured only when it carries no state or
 * the right state; any other state mismatch is refused before the code is looked at.
 */
export function parseAuthorizeRedirect(redirectUrl: string | undefined, expectedState: string): { code: string } {
  if (redirectUrl === undefined || redirectUrl === '') throw new OAuthRedirectError('cancelled');
  const url = new URL(redirectUrl);
  // Some providers put the answer in the fragment; read both, the query first.
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const get = (k: string) => url.searchParams.get(k) ?? fragment.get(k);
  const state = get('state');
  const error = get('error');
  if (error !== null && (state === null || state === expectedState)) throw new OAuthRedirectError('denied', error);
  if (state !== expectedState) throw new OAuthRedirectError('stateMismatch');
  const code = get('code');
  if (!code) throw new OAuthRedirectError('missingCode');
  return { code };
}

/** `launchWebAuthFlow` rejects when the user closes the window or the page cannot load. */
export function authFlowRejection(_error: unknown): OAuthRedirectError {
  return new OAuthRedirectError('cancelled');
}

export interface CompleteAuthorizationOptions {
  redirectUrl: string | undefined;
  expectedState: string;
  redirectUri: string;
  endpoint: Pick<TokenEndpoint, 'exchangeCode'>;
  now: () => number;
}

/** Redirect → checked code → tokens ready for the vault. The code is single-use and lives 2 min. */
export async function completeAuthorization(o: CompleteAuthorizationOptions): Promise<Tokens> {
  const { code } = parseAuthorizeRedirect(o.redirectUrl, o.expectedState);
  const response = await o.endpoint.exchangeCode(code, o.redirectUri);
  return tokensFromExchange(response, o.now());
}
