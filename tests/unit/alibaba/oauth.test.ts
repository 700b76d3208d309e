import { describe, expect, it } from 'vitest';
import {
  buildAuthorizeUrl,
  completeAuthorization,
  createOAuthState,
  OAuthRedirectError,
  parseAuthorizeRedirect,
} from '../../../utils/background/alibaba/api/oauth';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/alibaba';

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof OAuthRedirectError ? e.kind : 'other';
  }
  return undefined;
}

describe('authorize URL', () => {
  it('has client_id, site=1688, redirect_uri and state on a configurable base', () => {
    const url = new URL(
      buildAuthorizeUrl({
        authBaseUrl: 'http://auth.localhost:8787',
        appKey: '1000000',
        redirectUri: REDIRECT,
        state: 's1',
      }),
    );
    expect(url.origin + url.pathname).toBe('http://auth.localhost:8787/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '1000000',
      site: '1688',
      redirect_uri: REDIRECT,
      state: 's1',
    });
  });

  it('makes unguessable, URL-safe states', () => {
    const a = createOAuthState();
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(createOAuthState()).not.toBe(a);
  });
});

describe('redirect parsing', () => {
  it('returns the code when the state matches', () => {
    expect(parseAuthorizeRedirect(`${REDIRECT}?code=C0DE&state=s1`, 's1')).toEqual({ code: 'C0DE' });
  });

  it('types every failure', () => {
    expect(kindOf(() => parseAuthorizeRedirect(`${REDIRECT}?code=C0DE&state=evil`, 's1'))).toBe('stateMismatch');
    expect(kindOf(() => parseAuthorizeRedirect(`${REDIRECT}?code=C0DE`, 's1'))).toBe('stateMismatch');
    expect(kindOf(() => parseAuthorizeRedirect(`${REDIRECT}?error=access_denied&state=s1`, 's1'))).toBe('denied');
    expect(kindOf(() => parseAuthorizeRedirect(`${REDIRECT}?error=access_denied`, 's1'))).toBe('denied');
    expect(kindOf(() => parseAuthorizeRedirect(`${REDIRECT}?error=access_denied&state=evil`, 's1'))).toBe(
      'stateMismatch',
    );
    expect(kindOf(() => parseAuthorizeRedirect(undefined, 's1'))).toBe('cancelled');
    expect(kindOf(() => parseAuthorizeRedirect(`${REDIRECT}?state=s1`, 's1'))).toBe('missingCode');
  });

  it('exchanges the checked code for tokens', async () => {
    const seen: string[] = [];
    const t = await completeAuthorization({
      redirectUrl: `${REDIRECT}?code=C0DE&state=s1`,
      expectedState: 's1',
      redirectUri: REDIRECT,
      now: () => 1_000,
      endpoint: {
        exchangeCode: async (code, uri) => {
          seen.push(code, uri);
          return {
            access_token: 'AT',
            refresh_token: 'RT',
            expires_in: 36000,
            refresh_token_timeout: 2_000_000,
            memberId: 'b2b-1',
            aliId: '8888',
            resource_owner: '某某店',
          };
        },
      },
    });
    expect(seen).toEqual(['C0DE', REDIRECT]);
    expect(t).toEqual({
      accessToken: 'AT',
      accessTokenExpiresAt: 1_000 + 36_000_000,
      refreshToken: 'RT',
      refreshTokenExpiresAt: 2_000_000,
      memberId: 'b2b-1',
      aliId: '8888',
      resourceOwner: '某某店',
    });
  });
});
