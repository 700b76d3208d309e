import { useEffect, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';

type Accounts = ReplyOf<'connections.list'>;

/** The page's latest answer: an area opened later starts from it instead of waiting for its own. */
let known: Accounts | undefined;

/**
 * The connected accounts (masked, as connections.list gives them), shared by the side panel's
 * areas: the first answer of the page is reused by every area opened after it — the products area
 * asks for its rows in its first effect, not after one more round trip — and each mount, account
 * change or wipe reads them again.
 */
export function useAccounts() {
  const [value, setValue] = useState(known);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(known === undefined);
  const load = () => {
    setLoading(true);
    send('connections.list', {}).then(
      (v) => {
        known = v;
        setValue(v);
        setError(undefined);
        setLoading(false);
      },
      (e) => {
        setError(e);
        setLoading(false);
      },
    );
  };
  useEffect(load, []);
  useEvent(['accounts.changed', 'data.wiped'], (e) => {
    if (e.type === 'data.wiped') {
      known = undefined;
      setValue(undefined);
    }
    load();
  });
  return { value, error, loading, reload: load };
}
