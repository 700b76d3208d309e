import type { connectionMessages } from '../../protocol/messages/connections';
import { maskKey } from '../core/accounts';
import type { CoreServices } from '../core/core';
import { toWireError } from '../core/to-wire-error';
import type { Handlers } from '../messaging/dispatcher';
import { vaultPut } from '../store/vault';
import { type CoupangClients, coupangAccountKey } from './client-factory';

/** Connecting a Coupang vendor: its keys checked with one signed call, and kept in the vault only when they work. */
export function coupangConnectHandlers(
  core: CoreServices,
  clients: CoupangClients,
): Handlers<Pick<typeof connectionMessages, 'connections.addCoupang'>> {
  return {
    'connections.addCoupang': async ({ vendorId, accessKey, secretKey, keyIssuedAt, label, wingUserId }) => {
      const accountKey = coupangAccountKey(vendorId);
      // Replacing a vendor's keys: its old client and queue must not be reused.
      clients.forget(accountKey);
      core.queues.drop(accountKey);
      const credentials = { vendorId, accessKey, secretKey };
      const result = await clients.create(accountKey, credentials).verifyCredentials();
      const error = result.ok ? undefined : toWireError(result.error);
      const skew = result.ok ? undefined : (result.error.params?.clockSkewSeconds as number | undefined);
      const existing = await core.accounts.get(accountKey);
      if (!result.ok) {
        // Keys that do not work are not kept: a first connect saves nothing, and a vendor already
        // connected keeps the keys it had. The page says why and the seller corrects and sends again.
        clients.forget(accountKey);
        if (!existing) core.queues.drop(accountKey);
        return {
          ...(existing ? { account: await core.accounts.toView(existing) } : {}),
          verification: { ok: false, error, clockSkewSeconds: skew },
        };
      }
      await vaultPut(accountKey, credentials);
      await core.accounts.upsert({
        accountKey,
        marketplace: 'coupang',
        accountId: vendorId,
        // The vendor id is shown beside the label everywhere: the default label does not repeat it.
        label: label || existing?.label || '',
        mode: 'apiKey',
        maskedKey: maskKey(accessKey),
        connectedAt: existing?.connectedAt ?? core.now(),
        status: 'ok',
        lastError: undefined,
        keyIssuedAt,
        wingUserId: wingUserId || existing?.wingUserId,
        lastSyncAt: existing?.lastSyncAt,
      });
      await core.accounts.setHealth(accountKey, {});
      void core.sync.sync(accountKey, { full: true });
      const account = (await core.accounts.get(accountKey))!;
      return { account: await core.accounts.toView(account), verification: { ok: true } };
    },
  };
}
