import type { TokenEndpoint } from '../../../../utils/background/alibaba/api/token-endpoint';
import type { ReauthReason, TokenManager, TokenStore } from '../../../../utils/background/alibaba/api/token-manager';
import type { Tokens } from '../../../../utils/background/alibaba/api/tokens';

export const MEMBER = 'b2b-2379510033';

export class MemoryTokenStore implements TokenStore {
  saves = 0;
  reauth: ReauthReason[] = [];
  constructor(public tokens: Tokens | undefined) {}
  async load() {
    return this.tokens ? { ...this.tokens } : undefined;
  }
  async save(t: Tokens) {
    this.saves++;
    this.tokens = { ...t };
  }
  async markNeedsReauth(reason: ReauthReason) {
    this.reauth.push(reason);
  }
}

export function tokens(overrides: Partial<Tokens> = {}): Tokens {
  return {
    accessToken: 'AT-1',
    accessTokenExpiresAt: Date.UTC(2024, 0, 1, 10),
    refreshToken: 'RT-1',
    refreshTokenExpiresAt: Date.UTC(2024, 5, 1),
    memberId: MEMBER,
    ...overrides,
  };
}

/** A token manager that always hands out one fixed token (client tests that are not about tokens). */
export function fixedTokens(accessToken = 'AT-FIXED'): TokenManager & { reauth: ReauthReason[] } {
  const reauth: ReauthReason[] = [];
  return {
    reauth,
    getAccessToken: async () => accessToken,
    getMemberId: async () => MEMBER,
    onUnauthorized: async () => accessToken,
    markNeedsReauth: async (r) => {
      reauth.push(r);
    },
  };
}

/** A scripted refresh/postpone endpoint that counts calls and can be slowed down. */
export function scriptedEndpoint(now: () => number) {
  const counts = { refresh: 0, postpone: 0 };
  let refreshImpl: TokenEndpoint['refresh'] = async () => {
    counts.refresh++;
    await new Promise((r) => setTimeout(r, 10));
    return { access_token: `AT-${counts.refresh + 1}`, expires_in: 36000 };
  };
  let postponeImpl: TokenEndpoint['postpone'] = async () => {
    counts.postpone++;
    return { refresh_token: 'RT-POSTPONED', refresh_token_timeout: now() + 180 * 86_400_000 };
  };
  return {
    counts,
    endpoint: {
      refresh: (rt: string) => refreshImpl(rt),
      postpone: (rt: string, at: string) => postponeImpl(rt, at),
    },
    setRefresh(fn: TokenEndpoint['refresh']) {
      refreshImpl = async (rt) => {
        counts.refresh++;
        return fn(rt);
      };
    },
    setPostpone(fn: TokenEndpoint['postpone']) {
      postponeImpl = async (rt, at) => {
        counts.postpone++;
        return fn(rt, at);
      };
    },
  };
}
