import { AlibabaApiError } from './errors';
import { type RelayConnection, relayPost } from './relay-http';
import { computeAopSignature, importAopKey } from './signing';

/**
 * Where `_aop_signature` comes from. Own-app mode signs in the background with the seller's
 * secret; relay mode asks the relay, which holds the secret (agreement §5.3: the secret is never
 * shipped in the extension package).
 */
export interface AopSigner {
  sign(urlPath: string, params: Record<string, string>): Promise<string>;
}

export class LocalSigner implements AopSigner {
  // The secret is turned into a non-extractable CryptoKey once and the string is not kept.
  readonly #key: Promise<CryptoKey>;

  constructor(appSecret: string) {
    if (appSecret === '') throw new Error('AppSecret is empty');
    this.#key = importAopKey(appSecret);
  }

  async sign(urlPath: string, params: Record<string, string>): Promise<string> {
    return computeAopSignature(await this.#key, urlPath, params);
  }
}

export interface RelaySignerOptions {
  relayUrl: string;
  installKey: string;
  fetch: typeof fetch;
}

const SIGNATURE = /^[0-9A-F]{40}$/;

export class RelaySigner implements AopSigner {
  readonly #conn: RelayConnection;

  constructor(options: RelaySignerOptions) {
    this.#conn = { relayUrl: options.relayUrl, installKey: options.installKey, fetch: options.fetch };
  }

  async sign(urlPath: string, params: Record<string, string>): Promise<string> {
    const reply = await relayPost(this.#conn, '/v1/sign', { urlPath, params }, 'relay.sign');
    const signature = (reply.body as { signature?: unknown } | undefined)?.signature;
    if (reply.status !== 200 || typeof signature !== 'string' || !SIGNATURE.test(signature)) {
      throw new AlibabaApiError({
        kind: 'relayRejected',
        retryable: false,
        route: 'relay.sign',
        fix: 'contactRelayOperator',
        httpStatus: reply.status,
        message: `relay returned no signature (HTTP ${reply.status})`,
      });
    }
    return signature;
  }
}
