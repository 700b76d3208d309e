import { useEffect, useRef, useState } from 'preact/hooks';
import { useEvent } from '@/components/events';
import { useNow } from '@/components/use-now';
import { type MessageError, type ReplyOf, send } from '@/utils/protocol/client';
import type { OrderDetail } from '@/utils/protocol/messages/orders';
import { EXPIRY_SLACK_MS } from '../use-order-windows';

export type Recipient = ReplyOf<'orders.reveal'>['recipient'];

/**
 * One order's detail and its reveal. The background sends the detail masked, always; the plain
 * recipient comes only from `orders.reveal` (the seller's click, or a reveal still running when
 * the detail is opened again) and is dropped at `revealedUntil` or on "Hide".
 */
export function useOrderDetail(orderKey: string) {
  const [detail, setDetail] = useState<OrderDetail>();
  const [error, setError] = useState<unknown>();
  const [revealed, setRevealed] = useState<{ recipient: Recipient; until: number }>();
  const [revealError, setRevealError] = useState<unknown>();
  /** The end of a reveal the seller hid early: the background may still report it, the page does not resume it. */
  const hiddenUntil = useRef<number | undefined>(undefined);
  /**
   * Counts the seller's "Hide" clicks. A reveal reply is taken only if no Hide came after its
   * request was sent: a resume asked for by a re-read (an `orders.changed` during the reveal) can
   * still be on its way when the seller hides, and must not bring the plain values back.
   */
  const hides = useRef(0);
  const now = useNow(1000);
  const currentKey = useRef(orderKey);
  currentKey.current = orderKey;

  const load = () =>
    send('orders.detail', { key: orderKey }).then(
      (d) => {
        if (d.key !== currentKey.current) return; // another order was opened meanwhile
        setDetail(d);
        setError(undefined);
        if (d.revealedUntil && d.revealedUntil > Date.now() && d.revealedUntil !== hiddenUntil.current) {
          const hidesBefore = hides.current;
          send('orders.reveal', { key: orderKey, resume: true }).then(
            (r) =>
              currentKey.current === orderKey &&
              hides.current === hidesBefore &&
              setRevealed({ recipient: r.recipient, until: r.revealedUntil }),
            () => undefined, // ended in between: the masked values stay
          );
        }
      },
      (e) => {
        if (currentKey.current !== orderKey) return;
        setError(e);
        // Its cache time ended (or it was removed): nothing of it stays on screen.
        if ((e as MessageError).kind === 'orderNotCached') setDetail(undefined);
      },
    );

  useEffect(() => {
    setRevealed(undefined);
    void load();
  }, [orderKey]);
  useEvent(['orders.changed', 'data.wiped'], () => void load());

  // Read again when the order's cache time ends, even if nothing else happens (then it is gone).
  useEffect(() => {
    const at = detail?.cacheExpiresAt;
    if (at === undefined) return;
    const timer = setTimeout(() => void load(), Math.max(0, at - Date.now()) + EXPIRY_SLACK_MS);
    return () => clearTimeout(timer);
  }, [detail?.cacheExpiresAt]);

  // Drop the personal data the moment the reveal ends.
  useEffect(() => {
    if (revealed && now >= revealed.until) setRevealed(undefined);
  }, [now, revealed]);

  const reveal = async () => {
    setRevealError(undefined);
    const hidesBefore = hides.current;
    try {
      const r = await send('orders.reveal', { key: orderKey });
      if (hides.current === hidesBefore) setRevealed({ recipient: r.recipient, until: r.revealedUntil });
    } catch (e) {
      setRevealError(e);
    }
  };

  /** "Hide" before the end: forget the values at once and end the reveal in the background. */
  const hide = () => {
    hides.current += 1;
    hiddenUntil.current = revealed?.until ?? detail?.revealedUntil;
    setRevealed(undefined);
    void send('orders.hide', { key: orderKey }).catch(() => undefined);
  };

  const showing = revealed && now < revealed.until ? revealed : undefined;
  return { detail, error, showing, now, reveal, hide, revealError };
}
