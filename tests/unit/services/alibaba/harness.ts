import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OpeningWindows } from '@/utils/background/orders/opening-windows';
import { createAlibabaModule as createSandbox1688 } from '../../../../sandbox/alibaba';
import { createContext, type SandboxContext } from '../../../../sandbox/core/context';
import type { AuthFlow } from '../../../../utils/background/alibaba/connect';
import { createAlibabaModule } from '../../../../utils/background/alibaba/module';
import { AccountsService } from '../../../../utils/background/core/accounts';
import type { CoreServices } from '../../../../utils/background/core/core';
import { QueueRegistry } from '../../../../utils/background/core/queues';
import { SettingsService } from '../../../../utils/background/core/settings-service';
import { WarmUp } from '../../../../utils/background/core/warm-up';
import { OrderStore } from '../../../../utils/background/orders/order-store';
import { Outbox } from '../../../../utils/background/outbox/outbox';
import { resetCacheKey } from '../../../../utils/background/store/cache';
import { deleteDatabase } from '../../../../utils/background/store/db';
import { resetVaultKeyCache } from '../../../../utils/background/store/vault';
import { CheckpointStore } from '../../../../utils/background/sync/checkpoints';
import { SyncCoordinator } from '../../../../utils/background/sync/sync-coordinator';

export const CALLBACK = 'https://naeaknobmblkkcjjehdfpbdpjgkkfdlp.chromiumapp.org/alibaba';

export type Sandbox = ReturnType<typeof sandbox>;

/** The real 1688 sandbox module, in process (requests go to `app.request`, no ports). */
export function sandbox(orders = 12) {
  const ctx: SandboxContext = createContext({
    coupangBaseUrl: 'http://127.0.0.1:1',
    alibabaBaseUrl: 'http://127.0.0.1:2',
    pagesPort: 3,
    controlUrl: 'http://127.0.0.1:4/__control',
  });
  const m = createSandbox1688(ctx);
  m.reset({ seed: 20261122, orders });
  const facts = m.describe();
  const control = async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await m.control.request(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return (await res.json()) as T;
  };
  return { ctx, m, facts, control };
}

export interface Recorded {
  path: string;
  grant?: string;
  api?: string;
}

/**
 * The extension's fetch, routed to the sandbox whatever the origin (the build config points at
 * the real hosts in unit tests). `hold` can keep chosen requests from ever answering, as a worker
 * killed mid-request would never see them answer.
 */
export function sandboxFetch(s: Sandbox, opts: { hold?: (path: string) => 'forward' | 'drop' | 'pass' } = {}) {
  const calls: Recorded[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const body = init?.body instanceof URLSearchParams ? init.body : undefined;
    calls.push({ path: url.pathname, grant: body?.get('grant_type') ?? undefined, api: url.pathname.split('/')[5] });
    const rule = opts.hold?.(url.pathname) ?? 'pass';
    if (rule === 'drop') return new Promise<Response>(() => {});
    const res = s.m.app.request(url.pathname + url.search, init);
    if (rule === 'forward') {
      // 1688 runs the request, but the caller never hears back.
      void res;
      return new Promise<Response>(() => {});
    }
    return res;
  }) as typeof fetch;
  return { fetch: fn, calls };
}

export function makeCore(fetchFn: typeof fetch, now: () => number = () => Date.now()): CoreServices {
  const accounts = new AccountsService();
  // As in app.ts: an unsettled write is looked at again when the outbox asks.
  const outbox: Outbox = new Outbox({
    now,
    schedule: (accountKey, atMs) => setTimeout(() => void outbox.process(accountKey), Math.max(0, atMs - now())),
  });
  const orders = new OrderStore(now);
  const settings = new SettingsService();
  return {
    accounts,
    orders,
    openingWindows: new OpeningWindows(orders, now, async () => (await settings.get()).cache),
    outbox,
    queues: new QueueRegistry(),
    checkpoints: new CheckpointStore(now),
    sync: new SyncCoordinator({ accounts, now, onProgress: () => undefined }),
    settings,
    consent: { hasConsent: async () => true },
    events: { emit: () => undefined },
    warmUp: new WarmUp(),
    marketplaceFetch: fetchFn,
    allowOrigin: () => undefined,
    now,
  } as unknown as CoreServices;
}

export interface ConsentChoice {
  decision?: 'authorize' | 'deny';
  memberId?: string;
  /** Replace the state on the way back (a forged or crossed-over answer). */
  state?: string;
  /** The user closed the window. */
  close?: boolean;
}

/** Plays the 1688 consent page the way launchWebAuthFlow would show it. */
export function consentPage(s: Sandbox, choice: ConsentChoice = {}): AuthFlow & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    redirectUri: () => CALLBACK,
    async launch(url) {
      urls.push(url);
      if (choice.close) throw new Error('The user did not approve access.');
      const u = new URL(url);
      const page = await s.m.app.request(u.pathname + u.search);
      if (page.status !== 200) throw new Error('Authorization page could not be loaded.');
      const res = await s.m.app.request('/oauth/authorize', {
        method: 'POST',
        body: new URLSearchParams({
          ...Object.fromEntries(u.searchParams),
          ...(choice.state !== undefined ? { state: choice.state } : {}),
          member_id: choice.memberId ?? s.facts.members.find((m) => m.role === 'both')!.memberId,
          decision: choice.decision ?? 'authorize',
        }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      return res.headers.get('location') ?? undefined;
    },
  };
}

export async function freshStorage() {
  fakeBrowser.reset();
  await deleteDatabase();
  resetVaultKeyCache();
  resetCacheKey();
}

export function makeModule(core: CoreServices, flow: AuthFlow) {
  return createAlibabaModule(core, { authFlow: flow });
}

export const page = { kind: 'extension-page', url: 'chrome-extension://x/options.html' } as const;

/** The sandbox's default member connected in own-app mode and synced once: the usual start of a test. */
export async function connectedAndSynced(orders = 12) {
  const s = sandbox(orders);
  const { fetch, calls } = sandboxFetch(s);
  const core = makeCore(fetch);
  const mod = makeModule(core, consentPage(s));
  const { account } = await mod.handlers['connections.connectAlibaba'](
    { mode: 'ownApp', appKey: s.facts.appKey, appSecret: s.facts.appSecret },
    page,
  );
  await core.sync.sync(account.accountKey);
  return { s, calls, core, mod, account };
}
