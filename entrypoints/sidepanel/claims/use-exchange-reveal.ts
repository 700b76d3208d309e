import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/use-now';
import { send } from '@/utils/protocol/client';
import type { ExchangeAddress, ExchangeRow } from '@/utils/protocol/messages/claims';

/**
 * The replacement address shown plain for a limited time, like an order's recipient: masked as
 * the background sent it; plain only from `claims.reveal`; dropped at the end or on Hide.
 */
export function useExchangeReveal(accountKey: string, row: ExchangeRow) {
  const [shown, setShown] = useState<{ delivery: ExchangeAddress; until: number }>();
  const [error, setError] = useState<unknown>();
  const hidden = useRef<number | undefined>(undefined);
  /** Hide clicks so far: a reveal reply to a request sent before the latest Hide is dropped. */
  const hides = useRef(0);
  const now = useNow(1000);
  const { exchangeId } = row;

  useEffect(() => {
    if (row.revealedUntil && row.revealedUntil > Date.now() && row.revealedUntil !== hidden.current) {
      const hidesBefore = hides.current;
      send('claims.reveal', { accountKey, exchangeId, resume: true }).then(
        (r) => hides.current === hidesBefore && setShown({ delivery: r.delivery, until: r.revealedUntil }),
        () => undefined,
      );
    }
  }, [accountKey, exchangeId]);

  useEffect(() => {
    if (shown && now >= shown.until) setShown(undefined);
  }, [now, shown]);

  return {
    shown,
    error,
    now,
    reveal: async () => {
      setError(undefined);
      const hidesBefore = hides.current;
      try {
        const r = await send('claims.reveal', { accountKey, exchangeId });
        if (hides.current === hidesBefore) setShown({ delivery: r.delivery, until: r.revealedUntil });
      } catch (e) {
        setError(e);
      }
    },
    hide: () => {
      hides.current += 1;
      hidden.current = shown?.until ?? row.revealedUntil;
      setShown(undefined);
      void send('claims.hide', { accountKey, exchangeId }).catch(() => undefined);
    },
  };
}
