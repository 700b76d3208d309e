import { AlibabaApiError, isAlibabaApiError } from './errors';
import type { TokenEndpoint } from './token-endpoint';
import { mergeTokens, type Tokens } from './tokens';

/**
 * Keeps one member's access token valid (issue #5 "OAuth"):
 * - refreshes ahead of expiry, with exactly one refresh in flight however many callers wait;
 * - renews (postpones) the refresh token once it is inside its last 30 days;
 * - when 1688 refuses the refresh token, marks the connection as needing re-authorization and
 *   stops asking 1688 with that token (no retry storm). Transient failures (network, 5xx) are
 *   thrown as retryable and do not disconnect the seller.
 */
export type ReauthReason = 'refreshRejected' | 'refreshTokenExpired' | 'unauthorizedAfterRefresh';

export interface TokenStore {
  load(): Promise<Tokens | undefined>;
  save(tokens: Tokens): Promise<void>;
  markNeedsReauth(reason: ReauthReason): Promise<void>;
}

export interface TokenManagerOptions {
  store: TokenStore;
  endpoint: Pick<TokenEndpoint, 'refresh' | 'postpone'>;
  now: () => number;
  /** Refresh this long before the access token expires. */
  refreshMarginMs?: number;
  /** Postpone the refresh token when it expires within this window (1688 allows only the last 30 days). */
  postponeWindowMs?: number;
  /** After a failed postpone, wait this long before trying again (the refresh token still works). */
  postponeRetryMs?: number;
  /** Told about a failed postpone; it is not an error for the caller. */
  onPostponeFailed?: (error: unknown) => void;
}

export interface TokenManager {
  /** A token valid for at least the refresh margin. */
  getAccessToken(): Promise<string>;
  /** The connected member (`b2b-…`), the account id of the domain model. */
  getMemberId(): Promise<string>;
  /**
   * The gateway answered `401 Request need user authorized` for `rejectedAccessToken`: refresh
   * once (shared with every other caller that saw the same 401) and return the new token.
   */
  onUnauthorized(rejectedAccessToken: string): Promise<string>;
  markNeedsReauth(reason: ReauthReason): Promise<void>;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function reauthError(reason: ReauthReason, cause?: unknown): AlibabaApiError {
  return new AlibabaApiError({
    kind: 'reauthRequired',
    retryable: false,
    route: 'oauth.refresh',
    fix: 'reconnect',
    params: { reason },
    message: `1688 connection needs re-authorization (${reason})`,
    cause,
  });
}

const notConnected = () =>
  new AlibabaApiError({
    kind: 'notConnected',
    retryable: false,
    route: 'oauth.tokens',
    fix: 'reconnect',
    message: '1688 is not connected',
  });

export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { store, endpoint, now } = options;
  const margin = options.refreshMarginMs ?? 5 * MINUTE;
  const postponeWindow = options.postponeWindowMs ?? 30 * DAY;
  const postponeRetry = options.postponeRetryMs ?? 6 * 60 * MINUTE;

  /** The one resolution in flight; every concurrent caller awaits the same promise. */
  let inflight: Promise<Tokens> | undefined;
  /** A refresh token 1688 refused: never sent again; new tokens from a reconnect clear this. */
  let refusedRefreshToken: string | undefined;
  let lastPostponeAttempt = Number.NEGATIVE_INFINITY;

  async function loadConnected(): Promise<Tokens> {
    const tokens = await store.load();
    if (!tokens) throw notConnected();
    if (tokens.refreshToken === refusedRefreshToken) throw reauthError('refreshRejected');
    return tokens;
  }

  async function reauth(reason: ReauthReason, cause?: unknown): Promise<never> {
    await store.markNeedsReauth(reason);
    throw reauthError(reason, cause);
  }

  async function refresh(tokens: Tokens): Promise<Tokens> {
    if (tokens.refreshTokenExpiresAt !== undefined && tokens.refreshTokenExpiresAt <= now()) {
      refusedRefreshToken = tokens.refreshToken;
      return reauth('refreshTokenExpired');
    }
    let response: Awaited<ReturnType<TokenEndpoint['refresh']>>;
    try {
      response = await endpoint.refresh(tokens.refreshToken);
    } catch (e) {
      if (isAlibabaApiError(e, 'tokenRejected')) {
        refusedRefreshToken = tokens.refreshToken;
        return reauth('refreshRejected', e);
      }
      throw e;
    }
    if (!response.access_token) {
      throw new AlibabaApiError({
        kind: 'badResponse',
        retryable: false,
        route: 'oauth.refresh',
        fix: 'reportBug',
        message: '1688 refresh response has no access_token',
      });
    }
    const next = mergeTokens(tokens, response, now());
    await store.save(next);
    return next;
  }

  async function postponeIfDue(tokens: Tokens): Promise<Tokens> {
    const expiresAt = tokens.refreshTokenExpiresAt;
    const t = now();
    if (expiresAt === undefined || expiresAt - t > postponeWindow || t - lastPostponeAttempt < postponeRetry) {
      return tokens;
    }
    lastPostponeAttempt = t;
    try {
      const response = await endpoint.postpone(tokens.refreshToken, tokens.accessToken);
      const next = mergeTokens(tokens, response, now());
      await store.save(next);
      return next;
    } catch (e) {
      options.onPostponeFailed?.(e);
      return tokens;
    }
  }

  async function resolve(rejectedAccessToken: string | undefined): Promise<Tokens> {
    let tokens = await loadConnected();
    const stale =
      rejectedAccessToken !== undefined
        ? tokens.accessToken === rejectedAccessToken
        : tokens.accessTokenExpiresAt - margin <= now();
    if (stale) tokens = await refresh(tokens);
    return postponeIfDue(tokens);
  }

  function shared(rejectedAccessToken?: string): Promise<Tokens> {
    if (!inflight) {
      inflight = resolve(rejectedAccessToken).finally(() => {
        inflight = undefined;
      });
    }
    return inflight;
  }

  return {
    async getAccessToken() {
      return (await shared()).accessToken;
    },
    async getMemberId() {
      return (await loadConnected()).memberId;
    },
    async onUnauthorized(rejectedAccessToken) {
      // The shared resolution we join may have started before this 401 (and not refreshed);
      // then one more round, itself shared, forces the refresh.
      for (let round = 0; round < 2; round++) {
        const tokens = await shared(rejectedAccessToken);
        if (tokens.accessToken !== rejectedAccessToken) return tokens.accessToken;
      }
      throw reauthError('unauthorizedAfterRefresh');
    },
    async markNeedsReauth(reason) {
      await store.markNeedsReauth(reason);
    },
  };
}
