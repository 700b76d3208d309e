import { buildConfig } from '../../config/build-config';
import type { CoreServices } from '../core/core';
import { RequestQueue } from '../net';
import {
  type AlibabaClient,
  type AopSigner,
  createAlibabaClient,
  createDirectTokenEndpoint,
  createRelayTokenEndpoint,
  createTokenManager,
  LocalSigner,
  RelaySigner,
  type TokenEndpoint,
  type TokenManager,
} from './api';
import { alibabaError, classifyAlibabaError } from './errors';
import type { AlibabaSecret, SecretStore } from './secrets';
import { vaultTokenStore } from './secrets';

/**
 * 1688 has no published rate limits (1688-api.md §3.3); field reports hit gw.QosAppFrequencyLimit
 * with 8 parallel calls. One queue per member: at most 2 calls in flight, 2 per second, back off
 * 10 s on the frequency limit (the whole queue pauses), no retry of writes that may have run.
 * Reads wait the pause out (15 s covers the gateway's 10 s and the relay's 1 s) instead of
 * failing; a read that meets the limit again and again still fails after its `maxAttempts` (no
 * retry storm: nothing is sent while paused). Writes fail "not sent" and the outbox resends them.
 */
const ALIBABA_QUEUE_LIMITS = {
  ratePerSecond: 2,
  burst: 2,
  maxConcurrent: 2,
  timeoutMs: 20_000,
  retry: { maxAttempts: 3, baseMs: 1_000, maxMs: 20_000 },
  defaultBlockMs: 10_000,
  waitOutBlockMs: 15_000,
  breaker: { failureThreshold: 5, cooldownMs: 30_000 },
} as const;

export interface AlibabaConnection {
  accountKey: string;
  secret: AlibabaSecret;
  client: AlibabaClient;
  tokens: TokenManager;
  queue: RequestQueue;
}

export const relayOrigin = (relayUrl: string) => new URL(relayUrl).origin;

/** Signer and token endpoint for a set of app credentials, in either mode. */
export function appBindings(core: CoreServices, secret: AlibabaSecret): { signer: AopSigner; endpoint: TokenEndpoint } {
  const fetch = core.marketplaceFetch;
  if (secret.mode === 'ownApp') {
    return {
      signer: new LocalSigner(secret.appSecret),
      endpoint: createDirectTokenEndpoint({
        gatewayBaseUrl: buildConfig.alibabaGatewayBaseUrl,
        appKey: secret.appKey,
        appSecret: secret.appSecret,
        fetch,
      }),
    };
  }
  // The guarded fetch refuses unknown origins; the seller configured this relay.
  core.allowOrigin(relayOrigin(secret.relayUrl));
  const conn = { relayUrl: secret.relayUrl, installKey: secret.installKey, fetch };
  return { signer: new RelaySigner(conn), endpoint: createRelayTokenEndpoint(conn) };
}

/**
 * One client, token manager and queue per connected member, built lazily from the vault (a
 * restarted worker rebuilds them on first use). The token manager is per member so exactly one
 * refresh is in flight however many calls wait for it.
 */
export class AlibabaClients {
  private live = new Map<string, Promise<AlibabaConnection>>();

  constructor(
    private core: CoreServices,
    private secrets: SecretStore,
  ) {}

  get(accountKey: string): Promise<AlibabaConnection> {
    let c = this.live.get(accountKey);
    if (!c) {
      c = this.build(accountKey);
      this.live.set(accountKey, c);
      c.catch(() => this.live.delete(accountKey));
    }
    return c;
  }

  /** After connect/reconnect (new secret or tokens) or disconnect. */
  drop(accountKey: string): void {
    this.live.delete(accountKey);
  }

  /** The connection if it is already built (disconnect uses it to tell the relay to forget us). */
  async peek(accountKey: string): Promise<AlibabaConnection | undefined> {
    return this.live.get(accountKey)?.catch(() => undefined);
  }

  queue(accountKey: string): RequestQueue {
    return this.core.queues.get(
      accountKey,
      () =>
        new RequestQueue({
          ...ALIBABA_QUEUE_LIMITS,
          retry: { ...ALIBABA_QUEUE_LIMITS.retry },
          classify: (e) => classifyAlibabaError(e),
        }),
    );
  }

  private async build(accountKey: string): Promise<AlibabaConnection> {
    const secret = await this.secrets.get(accountKey);
    if (!secret) throw alibabaError('not_connected', 'noAccount', 'This 1688 member is not connected.');
    const { signer, endpoint } = appBindings(this.core, secret);
    const tokens = createTokenManager({
      store: vaultTokenStore(accountKey, this.secrets, this.core.accounts),
      endpoint,
      now: () => this.core.now(),
    });
    const client = createAlibabaClient({
      gatewayBaseUrl: buildConfig.alibabaGatewayBaseUrl,
      appKey: secret.appKey,
      signer,
      tokens,
      fetch: this.core.marketplaceFetch,
      now: () => this.core.now(),
    });
    return { accountKey, secret, client, tokens, queue: this.queue(accountKey) };
  }
}
