import { HandledError } from '../../protocol/envelope';
import type { connectionMessages } from '../../protocol/messages/connections';
import type { CoreServices, MarketplaceModule } from '../core/core';
import type { Handlers } from '../messaging/dispatcher';
import { wipe } from '../store/wipe';

type GenericConnectionMessages = Pick<
  typeof connectionMessages,
  'connections.list' | 'connections.verify' | 'connections.update' | 'connections.disconnect'
>;

/**
 * Connection operations that are the same for every marketplace. Disconnect is logout: it stops
 * the account's work and wipes everything the registry scopes to that account (agreement 1688
 * §5.11.7), leaving other accounts untouched.
 */
export function connectionHandlers(
  core: CoreServices,
  modules: Record<'coupang' | 'alibaba', MarketplaceModule<unknown>>,
): Handlers<GenericConnectionMessages> {
  const requireAccount = async (accountKey: string) => {
    const a = await core.accounts.get(accountKey);
    if (!a) throw new HandledError('not_connected', 'This account is not connected.', 'notConnected');
    return a;
  };
  return {
    'connections.list': async () => ({
      accounts: await Promise.all((await core.accounts.list()).map((a) => core.accounts.toView(a))),
    }),
    'connections.verify': async ({ accountKey }) => {
      const a = await requireAccount(accountKey);
      const verify = modules[a.marketplace].verify;
      if (!verify) throw new HandledError('handler_error', 'Verification is not available.');
      const verification = await verify(accountKey);
      // Re-read: verifying may itself have changed the status (e.g. a refused refresh → needsReauth).
      const now = await core.accounts.get(accountKey);
      const account = await core.accounts.patch(accountKey, {
        status: verification.ok ? 'ok' : now?.status === 'needsReauth' ? 'needsReauth' : 'error',
        lastError: verification.error,
      });
      return { account: await core.accounts.toView(account ?? a), verification };
    },
    'connections.update': async ({ accountKey, keyIssuedAt, label, wingUserId }) => {
      const a = await requireAccount(accountKey);
      const patch: { keyIssuedAt?: string; label?: string; wingUserId?: string } = {};
      if (keyIssuedAt) patch.keyIssuedAt = keyIssuedAt;
      if (label) patch.label = label;
      if (wingUserId && a.marketplace === 'coupang') patch.wingUserId = wingUserId;
      const account = await core.accounts.patch(accountKey, patch);
      return { account: await core.accounts.toView(account!) };
    },
    'connections.disconnect': async ({ accountKey }) => {
      const a = await core.accounts.get(accountKey);
      if (!a) return { removed: false };
      core.sync.cancel(accountKey);
      // Before the wipe: a module may still need the account's secrets to sign out (relay key revocation).
      await modules[a.marketplace].forget?.(accountKey);
      core.queues.drop(accountKey);
      await wipe('disconnect', accountKey);
      core.orders.forgetAccount(accountKey);
      core.outbox.invalidate();
      const removed = await core.accounts.remove(accountKey);
      core.events.emit('orders.changed', { accountKey });
      return { removed };
    },
  };
}
