import { createRelayApp } from '../../../../relay/app';
import type { AlibabaSecret } from '../../../../utils/background/alibaba/secrets';
import { vaultGet } from '../../../../utils/background/store/vault';
import { HandledError } from '../../../../utils/protocol/envelope';
import {
  connectedAndSynced,
  consentPage,
  freshStorage,
  makeCore,
  makeModule,
  page,
  sandbox,
  sandboxFetch,
} from './harness';

const errorOf = async (p: unknown) => {
  try {
    await p;
  } catch (e) {
    return e as HandledError;
  }
  throw new Error('expected a failure');
};

beforeEach(freshStorage);

describe('1688 connection: own app', () => {
  it('runs OAuth with a random state, keeps secret and tokens in the vault, and syncs both order roles', async () => {
    const s = sandbox();
    const { fetch, calls } = sandboxFetch(s);
    const core = makeCore(fetch);
    const flow = consentPage(s);
    const mod = makeModule(core, flow);
    const { account } = await mod.handlers['connections.connectAlibaba'](
      { mode: 'ownApp', appKey: s.facts.appKey, appSecret: s.facts.appSecret },
      page,
    );
    const both = s.facts.members.find((m) => m.role === 'both')!;
    expect(account).toMatchObject({ accountKey: `alibaba:${both.memberId}`, status: 'ok', mode: 'ownApp' });
    expect(account.maskedKey).not.toContain(s.facts.appKey.slice(2, 5));
    const authorize = new URL(flow.urls[0]!);
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(authorize.searchParams.get('site')).toBe('1688');

    const secret = await vaultGet<AlibabaSecret>(account.accountKey);
    expect(secret).toMatchObject({ mode: 'ownApp', appSecret: s.facts.appSecret });
    expect(secret?.tokens?.refreshToken).toBeTruthy();
    // Nothing secret in the account record that pages see.
    expect(JSON.stringify(await core.accounts.list())).not.toContain(s.facts.appSecret);
    expect(JSON.stringify(await core.accounts.list())).not.toContain(secret!.tokens!.accessToken);

    const status = await core.sync.sync(account.accountKey);
    expect(status.phase).toBe('done');
    const orders = await core.orders.all();
    expect(orders.some((o) => o.role === 'seller')).toBe(true);
    expect(orders.some((o) => o.role === 'buyer')).toBe(true);
    expect(orders.every((o) => o.key.startsWith(`alibaba:${both.memberId}:`))).toBe(true);
    expect(calls.filter((c) => c.api === 'alibaba.trade.getBuyerOrderList').length).toBeGreaterThan(0);
  });

  it('explains a denied, closed, forged or expired authorization', async () => {
    const s = sandbox();
    const { fetch } = sandboxFetch(s);
    const req = { mode: 'ownApp' as const, appKey: s.facts.appKey, appSecret: s.facts.appSecret };
    const kindFor = async (flow: ReturnType<typeof consentPage>) =>
      (await errorOf(makeModule(makeCore(fetch), flow).handlers['connections.connectAlibaba'](req, page))).kind;

    expect(await kindFor(consentPage(s, { decision: 'deny' }))).toBe('alibaba.authDenied');
    expect(await kindFor(consentPage(s, { close: true }))).toBe('alibaba.authCancelled');
    expect(await kindFor(consentPage(s, { state: 'forged-state' }))).toBe('alibaba.authStateMismatch');
    s.ctx.settings.alibabaCodeSeconds = 0;
    expect(await kindFor(consentPage(s))).toBe('alibaba.authCodeRejected');
  });

  it('refreshes an expired access token once for many waiting calls', async () => {
    const { s, calls, mod, account } = await connectedAndSynced();
    const memberId = account.accountId;
    await s.control('POST', `/members/${memberId}/expire`, {});
    const before = calls.filter((c) => c.grant === 'refresh_token').length;
    const results = await Promise.all(Array.from({ length: 6 }, () => mod.verify!(account.accountKey)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls.filter((c) => c.grant === 'refresh_token').length - before).toBe(1);
  });

  it('marks the member as needing re-authorization when the refresh token is refused, and Reconnect fixes it', async () => {
    const s = sandbox();
    const { fetch } = sandboxFetch(s);
    const core = makeCore(fetch);
    const mod = makeModule(core, consentPage(s));
    const { account } = await mod.handlers['connections.connectAlibaba'](
      { mode: 'ownApp', appKey: s.facts.appKey, appSecret: s.facts.appSecret },
      page,
    );
    await s.control('POST', `/members/${account.accountId}/expire`, { refresh: true });
    const e = await errorOf(mod.verify!(account.accountKey));
    expect(e.kind).toBe('alibaba.reauthRequired');
    expect((await core.accounts.get(account.accountKey))?.status).toBe('needsReauth');

    const again = await mod.handlers['connections.reauthorize']({ accountKey: account.accountKey }, page);
    expect(again.account.status).toBe('ok');
    expect((await mod.verify!(account.accountKey)).ok).toBe(true);
  });

  it('refuses a reconnect that signs in as another member', async () => {
    const s = sandbox();
    const { fetch } = sandboxFetch(s);
    const core = makeCore(fetch);
    const both = s.facts.members.find((m) => m.role === 'both')!;
    const seller = s.facts.members.find((m) => m.role === 'seller')!;
    const { account } = await makeModule(core, consentPage(s, { memberId: both.memberId })).handlers[
      'connections.connectAlibaba'
    ]({ mode: 'ownApp', appKey: s.facts.appKey, appSecret: s.facts.appSecret }, page);
    const other = makeModule(core, consentPage(s, { memberId: seller.memberId }));
    const e = await errorOf(other.handlers['connections.reauthorize']({ accountKey: account.accountKey }, page));
    expect(e.kind).toBe('alibaba.memberMismatch');
  });
});

describe('1688 connection: signing relay', () => {
  it('pairs, keeps only the installation key, and signs every call through the relay', async () => {
    const s = sandbox();
    const upstream = sandboxFetch(s);
    const relayLog: string[] = [];
    const relay = createRelayApp(
      {
        appKey: s.facts.appKey,
        appSecret: s.facts.appSecret,
        gatewayBaseUrl: s.facts.gatewayBaseUrl,
        pairingCode: 'pair-me-please',
        rateLimitPerSecond: 50,
      },
      { fetch: upstream.fetch, logger: (entry) => relayLog.push(JSON.stringify(entry)) },
    );
    const signs: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      if (url.origin === 'https://relay.example') {
        if (url.pathname === '/v1/sign') signs.push(url.pathname);
        return relay.request(url.pathname, init);
      }
      return upstream.fetch(input, init);
    }) as typeof globalThis.fetch;
    const core = makeCore(fetch);
    const mod = makeModule(core, consentPage(s));

    const bad = await errorOf(
      mod.handlers['connections.connectAlibaba'](
        { mode: 'relay', relayUrl: 'https://relay.example', appKey: s.facts.appKey, pairingCode: 'wrong-code' },
        page,
      ),
    );
    expect(bad.kind).toBe('alibaba.relayPairingRejected');

    const { account } = await mod.handlers['connections.connectAlibaba'](
      { mode: 'relay', relayUrl: 'https://relay.example', appKey: s.facts.appKey, pairingCode: 'pair-me-please' },
      page,
    );
    expect(account.mode).toBe('relay');
    const secret = await vaultGet<AlibabaSecret>(account.accountKey);
    expect(secret?.mode).toBe('relay');
    expect(JSON.stringify(secret)).not.toContain(s.facts.appSecret);
    expect(JSON.stringify(secret)).not.toContain('pair-me-please');

    expect((await mod.verify!(account.accountKey)).ok).toBe(true);
    expect(signs.length).toBeGreaterThan(0);
    const info = await mod.handlers['alibaba.connectionInfo']({}, page);
    expect(info.connections[0]).toMatchObject({ mode: 'relay', relayOrigin: 'https://relay.example' });
  });

  it('refuses a plain-http relay that is not on this computer', async () => {
    const s = sandbox();
    const mod = makeModule(makeCore(sandboxFetch(s).fetch), consentPage(s));
    const e = await errorOf(
      mod.handlers['connections.connectAlibaba'](
        { mode: 'relay', relayUrl: 'http://relay.example', appKey: s.facts.appKey, pairingCode: 'pair-me-please' },
        page,
      ),
    );
    expect(e).toBeInstanceOf(HandledError);
    expect(e.kind).toBe('alibaba.relayPairingRejected');
  });
});
