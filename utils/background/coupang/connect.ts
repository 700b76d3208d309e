import type { connectionMessages } from '../../protocol/messages/connections';
import { maskKey } from '../core/accounts';
import type { CoreServices } from '../core/core';
import { toWireError } from '../core/to-wire-error';
import type { Handlers } from '../messaging/dispatcher';
import { vaultPut } from '../store/vault';
import { type CoupangClients, coupangAccountKey } from './client-factory';

/** Connecting a Coupang vendor: its keys checked with one signed call, then kept in the vault. */
export function coupangConnectHandlers(
  core: CoreServices,
  clients: CoupangClients,
): Handlers<Pick<typeof connectionMessages, 'connections.addCoupang'>> {
  return {
    'connections.addCoupang': async ({ vendorId, accessKey, secretKey, keyIssuedAt, label }) => {
      const accountKey = coupangAccountKey(vendorId);
      // Replacing a vendor's keys: its old client and queue must not be reused.
      clients.forget(accountKey);
      core.queues.drop(accountKey);
      const credentials = { vendorId, accessKey, secretKey };
      const result = await clients.create(accountKey, credentials).verifyCredentials();
      await vaultPut(accountKey, credentials);
      const error = result.ok ? undefined : toWireError(result.error);
      const existing = await core.accounts.get(accountKey);
      await core.accounts.upsert({
        accountKey,
        marketplace: 'coupang',
        accountId: vendorId,
        label: label || existing?.label || `Coupang ${vendorId}`,
        mode: 'apiKey',
        maskedKey: maskKey(accessKey),
        connectedAt: existing?.connectedAt ?? core.now(),
        status: result.ok ? 'ok' : 'error',
        lastError: error,
        keyIssuedAt,
        lastSyncAt: existing?.lastSyncAt,
      });
      if (result.ok) {
        await core.accounts.setHealth(accountKey, {});
        void core.sync.sync(accountKey, { full: true });
      }
      const account = (await core.accounts.get(accountKey))!;
      const skew = result.ok ? undefined : (result.error.params?.clockSkewSeconds as number | undefined);
      return {
        account: await core.accounts.toView(account),
        verification: { ok: result.ok, error, clockSkewSeconds: skew },
      };
    },
  };
}
