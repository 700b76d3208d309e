import { buildConfig } from '../../config/build-config';
import { accountKey } from '../../domain/keys';
import { HandledError } from '../../protocol/envelope';
import type { CoreServices } from '../core/core';
import { vaultGet } from '../store/vault';
import { type CoupangClient, type CoupangCredentials, createCoupangClient, createCoupangQueue } from './api';

export const coupangAccountKey = (vendorId: string) => accountKey('coupang', vendorId);

/**
 * Builds the client for a connected vendor: its secrets from the vault, its own rate-limited
 * queue (shared by every feature), the guarded fetch. A queue 429 block is persisted so a
 * restarted worker keeps honouring it and the popup can show "blocked until".
 */
export class CoupangClients {
  private clients = new Map<string, CoupangClient>();

  constructor(private core: CoreServices) {}

  async get(accountKey: string): Promise<CoupangClient> {
    const cached = this.clients.get(accountKey);
    if (cached) return cached;
    const credentials = await vaultGet<CoupangCredentials>(accountKey);
    if (!credentials) throw new HandledError('not_connected', 'This Coupang vendor is not connected.', 'notConnected');
    return this.create(accountKey, credentials);
  }

  /** A client for credentials that are not stored yet (checking new keys before saving them). */
  create(accountKey: string, credentials: CoupangCredentials): CoupangClient {
    const queue = this.core.queues.get(accountKey, () => {
      const q = createCoupangQueue();
      let lastBlock: number | null = null;
      q.subscribe((state) => {
        if (state.blockedUntil && state.blockedUntil !== lastBlock) {
          lastBlock = state.blockedUntil;
          void this.core.accounts.setHealth(accountKey, { blockedUntil: state.blockedUntil });
        }
      });
      return q;
    });
    const client = createCoupangClient({
      baseUrl: buildConfig.coupangBaseUrl,
      credentials,
      fetch: this.core.marketplaceFetch,
      now: this.core.now,
      queue,
    });
    this.clients.set(accountKey, client);
    return client;
  }

  forget(accountKey: string): void {
    this.clients.delete(accountKey);
  }
}
