import { AlibabaApiError } from './errors';
import type { TokenResponse } from './token-schemas';

/** What the vault keeps for one connected 1688 member. Times are epoch ms. */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  /** From `refresh_token_timeout`, the only reliable refresh-token expiry (§1.6). */
  refreshTokenExpiresAt?: number;
  memberId: string;
  aliId?: string;
  resourceOwner?: string;
  uid?: string;
}

/** 1688 documents 10 h; used only when a response forgets `expires_in`. */
const DEFAULT_ACCESS_TTL_S = 36_000;

function badTokenResponse(route: string, what: string): AlibabaApiError {
  return new AlibabaApiError({
    kind: 'badResponse',
    retryable: false,
    route,
    fix: 'reportBug',
    message: `1688 token response on ${route} lacks ${what}`,
  });
}

function identity(r: TokenResponse) {
  return {
    ...(r.aliId !== undefined ? { aliId: r.aliId } : {}),
    ...(r.resource_owner !== undefined ? { resourceOwner: r.resource_owner } : {}),
    ...(r.uid !== undefined ? { uid: r.uid } : {}),
  };
}

/** Tokens of a fresh authorization (code exchange): everything must be present. */
export function tokensFromExchange(r: TokenResponse, obtainedAt: number): Tokens {
  const route = 'oauth.exchange';
  if (!r.access_token) throw badTokenResponse(route, 'access_token');
  if (!r.refresh_token) throw badTokenResponse(route, 'refresh_token');
  if (!r.memberId) throw badTokenResponse(route, 'memberId');
  return {
    accessToken: r.access_token,
    accessTokenExpiresAt: obtainedAt + (r.expires_in ?? DEFAULT_ACCESS_TTL_S) * 1000,
    refreshToken: r.refresh_token,
    ...(r.refresh_token_timeout !== undefined ? { refreshTokenExpiresAt: r.refresh_token_timeout } : {}),
    memberId: r.memberId,
    ...identity(r),
  };
}

/**
 * Tokens after a refresh or postpone: keep what the response leaves out. Whether a refresh returns
 * a new refresh token is unverified (§1.7), so store whatever comes back; postpone returns a new
 * refresh token and may not return an access token.
 */
export function mergeTokens(previous: Tokens, r: TokenResponse, obtainedAt: number): Tokens {
  const newRefresh = r.refresh_token !== undefined && r.refresh_token !== previous.refreshToken;
  const refreshTokenExpiresAt = r.refresh_token_timeout ?? (newRefresh ? undefined : previous.refreshTokenExpiresAt);
  const next: Tokens = {
    ...previous,
    ...identity(r),
    accessToken: r.access_token ?? previous.accessToken,
    accessTokenExpiresAt:
      r.access_token !== undefined
        ? obtainedAt + (r.expires_in ?? DEFAULT_ACCESS_TTL_S) * 1000
        : previous.accessTokenExpiresAt,
    refreshToken: r.refresh_token ?? previous.refreshToken,
    // A member id never changes for a token family; keep the stored one if the response differs.
    memberId: previous.memberId,
  };
  if (refreshTokenExpiresAt === undefined) delete next.refreshTokenExpiresAt;
  else next.refreshTokenExpiresAt = refreshTokenExpiresAt;
  return next;
}
