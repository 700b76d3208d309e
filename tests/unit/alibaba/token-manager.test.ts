import { describe, expect, it } from 'vitest';
import { AlibabaApiError } from '../../../utils/background/alibaba/api/errors';
import { createTokenManager } from '../../../utils/background/alibaba/api/token-manager';
import { MemoryTokenStore, scriptedEndpoint, tokens } from './helpers/token-doubles';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 9, 0); // one hour before the stored access token expires

function setup(stored = tokens(), start = T0) {
  let clock = start;
  const now = () => clock;
  const store = new MemoryTokenStore(stored);
  const script = scriptedEndpoint(now);
  const manager = createTokenManager({ store, endpoint: script.endpoint, now });
  return { store, script, manager, advance: (ms: number) => (clock += ms), now };
}

describe('token manager', () => {
  it('returns the stored token while it is outside the refresh margin', async () => {
    const { manager, script } = setup();
    expect(await manager.getAccessToken()).toBe('AT-1');
    expect(script.counts.refresh).toBe(0);
  });

  it('refreshes 5 minutes ahead, exactly once for 50 concurrent callers', async () => {
    const { manager, script, store, advance } = setup();
    advance(56 * 60_000); // 4 minutes before expiry
    const results = await Promise.all(Array.from({ length: 50 }, () => manager.getAccessToken()));
    expect(script.counts.refresh).toBe(1);
    expect(new Set(results)).toEqual(new Set(['AT-2']));
    expect(store.saves).toBe(1);
    expect(store.tokens?.accessToken).toBe('AT-2');
    expect(store.tokens?.refreshToken).toBe('RT-1'); // refresh returned none: the old one stays
    // and afterwards the fresh token is reused
    expect(await manager.getAccessToken()).toBe('AT-2');
    expect(script.counts.refresh).toBe(1);
  });

  it('postpones the refresh token inside its last 30 days, once', async () => {
    const stored = tokens({ refreshTokenExpiresAt: T0 + 29 * DAY });
    const { manager, script, store } = setup(stored);
    await Promise.all([manager.getAccessToken(), manager.getAccessToken()]);
    await manager.getAccessToken();
    expect(script.counts.postpone).toBe(1);
    expect(store.tokens?.refreshToken).toBe('RT-POSTPONED');
    expect(store.tokens?.refreshTokenExpiresAt).toBe(T0 + 180 * DAY);
    expect(store.tokens?.accessToken).toBe('AT-1'); // postpone left the access token alone
  });

  it('does not postpone earlier than 30 days before expiry', async () => {
    const { manager, script } = setup(tokens({ refreshTokenExpiresAt: T0 + 31 * DAY }));
    await manager.getAccessToken();
    expect(script.counts.postpone).toBe(0);
  });

  it('keeps working when a postpone fails, and retries it later rather than on every call', async () => {
    const { manager, script, advance } = setup(tokens({ refreshTokenExpiresAt: T0 + 10 * DAY }));
    script.setPostpone(async () => {
      throw new AlibabaApiError({
        kind: 'tokenRejected',
        retryable: false,
        route: 'oauth.postpone',
        fix: 'none',
        message: 'x',
      });
    });
    expect(await manager.getAccessToken()).toBe('AT-1');
    expect(await manager.getAccessToken()).toBe('AT-1');
    expect(script.counts.postpone).toBe(1);
    advance(7 * 60 * 60_000);
    await manager.getAccessToken();
    expect(script.counts.postpone).toBe(2);
  });

  it('marks needs-reauth and throws reauthRequired when 1688 refuses the refresh token', async () => {
    const { manager, script, store, advance } = setup();
    script.setRefresh(async () => {
      throw new AlibabaApiError({
        kind: 'tokenRejected',
        retryable: false,
        route: 'oauth.refresh',
        fix: 'reconnect',
        message: 'x',
      });
    });
    advance(2 * 60 * 60_000); // expired
    const errors = await Promise.all(Array.from({ length: 5 }, () => manager.getAccessToken().catch((e) => e)));
    expect(errors.every((e) => e instanceof AlibabaApiError && e.kind === 'reauthRequired')).toBe(true);
    expect(store.reauth).toEqual(['refreshRejected']);
    // no retry storm with a refused token
    await manager.getAccessToken().catch(() => undefined);
    expect(script.counts.refresh).toBe(1);
    // a reconnect (new tokens in the store) works again
    store.tokens = tokens({ refreshToken: 'RT-NEW', accessTokenExpiresAt: Date.UTC(2024, 0, 2) });
    expect(await manager.getAccessToken()).toBe('AT-1');
  });

  it('does not disconnect on a transient refresh failure', async () => {
    const { manager, script, store, advance } = setup();
    script.setRefresh(async () => {
      throw new AlibabaApiError({
        kind: 'network',
        retryable: true,
        route: 'oauth.refresh',
        fix: 'checkConnection',
        message: 'x',
      });
    });
    advance(2 * 60 * 60_000);
    const e = await manager.getAccessToken().catch((err) => err);
    expect(e.kind).toBe('network');
    expect(e.retryable).toBe(true);
    expect(store.reauth).toEqual([]);
  });

  it('asks to reconnect without calling 1688 once the refresh token has expired', async () => {
    const { manager, script, store } = setup(tokens({ accessTokenExpiresAt: T0 - 1, refreshTokenExpiresAt: T0 - 1 }));
    expect((await manager.getAccessToken().catch((e) => e)).kind).toBe('reauthRequired');
    expect(store.reauth).toEqual(['refreshTokenExpired']);
    expect(script.counts.refresh).toBe(0);
  });

  it('onUnauthorized forces one shared refresh for every caller holding the rejected token', async () => {
    const { manager, script } = setup();
    const fresh = await Promise.all(Array.from({ length: 20 }, () => manager.onUnauthorized('AT-1')));
    expect(new Set(fresh)).toEqual(new Set(['AT-2']));
    expect(script.counts.refresh).toBe(1);
    // a late 401 for the old token does not refresh again
    expect(await manager.onUnauthorized('AT-1')).toBe('AT-2');
    expect(script.counts.refresh).toBe(1);
  });

  it('onUnauthorized joining a non-forced resolution still ends with a refresh', async () => {
    const { manager, script } = setup();
    const [plain, forced] = await Promise.all([manager.getAccessToken(), manager.onUnauthorized('AT-1')]);
    expect(plain).toBe('AT-1');
    expect(forced).toBe('AT-2');
    expect(script.counts.refresh).toBe(1);
  });

  it('still refreshes once when callers keep arriving while the refresh is in flight', async () => {
    const { manager, script, advance } = setup();
    advance(2 * 60 * 60_000);
    const early = Array.from({ length: 25 }, () => manager.getAccessToken());
    await new Promise((r) => setTimeout(r, 3)); // the scripted refresh takes 10 ms
    const late = Array.from({ length: 25 }, () => manager.getAccessToken());
    expect(new Set(await Promise.all([...early, ...late]))).toEqual(new Set(['AT-2']));
    expect(script.counts.refresh).toBe(1);
  });

  it('reports notConnected when the store is empty', async () => {
    const manager = createTokenManager({
      store: new MemoryTokenStore(undefined),
      endpoint: scriptedEndpoint(() => 0).endpoint,
      now: () => 0,
    });
    expect((await manager.getAccessToken().catch((e) => e)).kind).toBe('notConnected');
  });
});
