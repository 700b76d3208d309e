import { useEffect, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { type ReplyOf, send } from '@/utils/protocol/client';

type Accounts = ReplyOf<'connections.list'>;

/** The page's latest answer: an area opened later starts from it instead of waiting for its own. */
let known: Accounts | undefined;

/** The page's question in flight, while there is no answer yet. */
let asking: Promise<Accounts> | undefined;

/** The page's latest accounts answer, if any (for a request sent before a view mounts). */
export const knownAccounts = (): Accounts | undefined => known;

/** The answer being asked for, when there is none yet (undefined if the question failed). */
export function accountsAnswer(): Promise<Accounts | undefined> {
  return (asking ?? Promise.resolve(known)).catch(() => undefined);
}

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
    const question = send('connections.list', {});
    asking = question;
    const forget = () => {
      if (asking === question) asking = undefined;
    };
    question.then(forget, forget);
    question.then(
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
