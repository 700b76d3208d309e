import type { AccountsService } from '../core/accounts';
import { vaultGet, vaultPut } from '../store/vault';
import type { ReauthReason, TokenStore, Tokens } from './api';

/**
 * What the vault keeps for one connected 1688 member (one entry under its accountKey). Own-app
 * mode: the seller's AppSecret. Relay mode: the relay URL and the installation key it issued at
 * pairing (the AppSecret stays on the relay). Both: the OAuth tokens once authorized.
 */
export type AlibabaSecret =
  | { mode: 'ownApp'; appKey: string; appSecret: string; tokens?: Tokens }
  | { mode: 'relay'; appKey: string; relayUrl: string; installKey: string; tokens?: Tokens };

/**
 * Serialized read-modify-write of vault entries, per account: a token refresh and a postpone
 * finishing together must not lose one another's tokens. A write never recreates an entry that
 * disconnect removed (a refresh that lands after the wipe is dropped).
 */
export class SecretStore {
  private chains = new Map<string, Promise<unknown>>();
  private forgotten = new Set<string>();

  get(accountKey: string): Promise<AlibabaSecret | undefined> {
    return vaultGet<AlibabaSecret>(accountKey);
  }

  /** Writes a whole entry (connect / reconnect). */
  put(accountKey: string, secret: AlibabaSecret): Promise<void> {
    this.forgotten.delete(accountKey);
    return this.serial(accountKey, () => vaultPut(accountKey, secret));
  }

  /** Changes an existing entry; `fn` returning undefined leaves it as it is. */
  update(accountKey: string, fn: (s: AlibabaSecret) => AlibabaSecret | undefined): Promise<AlibabaSecret | undefined> {
    return this.serial(accountKey, async () => {
      if (this.forgotten.has(accountKey)) return undefined;
      const current = await vaultGet<AlibabaSecret>(accountKey);
      if (!current) return undefined;
      const next = fn(current);
      if (next && !this.forgotten.has(accountKey)) await vaultPut(accountKey, next);
      return next;
    });
  }

  /** After disconnect: late writes for this account are dropped until it connects again. */
  forget(accountKey: string): void {
    this.forgotten.add(accountKey);
  }

  private serial<T>(accountKey: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(accountKey) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    this.chains.set(
      accountKey,
      next.catch(() => undefined),
    );
    return next;
  }
}

const REAUTH_MESSAGE = 'The 1688 authorization expired or was refused: reconnect the member.';

/**
 * The token manager's store, backed by the vault entry of one member. Saving a refresh token
 * with a new expiry also updates the account's `refreshExpiresAt` (shown in options);
 * `markNeedsReauth` puts the account in `needsReauth`, which popup and options show.
 */
export function vaultTokenStore(accountKey: string, secrets: SecretStore, accounts: AccountsService): TokenStore {
  return {
    async load() {
      return (await secrets.get(accountKey))?.tokens;
    },
    async save(tokens: Tokens) {
      const saved = await secrets.update(accountKey, (s) => ({ ...s, tokens }));
      if (!saved) return;
      const account = await accounts.get(accountKey);
      if (account && account.refreshExpiresAt !== tokens.refreshTokenExpiresAt) {
        await accounts.patch(accountKey, { refreshExpiresAt: tokens.refreshTokenExpiresAt });
      }
    },
    async markNeedsReauth(reason: ReauthReason) {
      const account = await accounts.get(accountKey);
      if (!account || account.status === 'needsReauth') return;
      await accounts.patch(accountKey, {
        status: 'needsReauth',
        lastError: {
          code: 'marketplace_error',
          kind: 'alibaba.reauthRequired',
          message: REAUTH_MESSAGE,
          params: { reason, fix: 'reconnect' },
        },
      });
    },
  };
}
