import { useEvent } from '@/components/events';
import { useAsync } from '@/components/i18n';
import { send } from '@/utils/protocol/client';

/** The flow rows and counts, reloaded when orders or the outbox change (a sync, a create settling). */
export function useFlow() {
  const flow = useAsync(() => send('crossborder.flow', {}), []);
  useEvent(['orders.changed', 'outbox.changed', 'data.wiped', 'accounts.changed'], () => flow.reload());
  return flow;
}

/** Links, forwarder addresses, costs and pickable options. */
export function useSetup() {
  const setup = useAsync(() => send('crossborder.setup', {}), []);
  useEvent(['data.wiped', 'orders.changed'], () => setup.reload());
  return setup;
}
