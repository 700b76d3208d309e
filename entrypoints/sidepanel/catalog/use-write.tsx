import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { WriteView } from '@/utils/protocol/messages/catalog';

type WriteReply = { write: WriteView; requestedId?: string };
const POLL_MS = 1_500;
const going = (w: WriteView | undefined) => w?.state === 'queued' || w?.state === 'sending';

/**
 * One write the page started (a place saved, a coupon created…): its outbox item, asked again
 * while it is still queued or being looked up, until it is final.
 */
export function useWrite(accountKey: string, onDone?: (reply: WriteReply) => void) {
  const [reply, setReply] = useState<WriteReply>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    if (!reply || !going(reply.write)) return;
    const timer = setTimeout(async () => {
      try {
        setReply(await send('catalog.write', { accountKey, id: reply.write.id }));
      } catch (e) {
        setError(e);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [reply, accountKey]);

  useEffect(() => {
    if (reply && !going(reply.write) && reply.write.id) done.current?.(reply);
  }, [reply]);

  const run = async <R extends { write?: WriteView; requestedId?: string }>(
    start: () => Promise<R>,
  ): Promise<R | undefined> => {
    setBusy(true);
    setError(undefined);
    setReply(undefined);
    try {
      const r = await start();
      if (r.write?.id) setReply({ write: r.write, ...(r.requestedId ? { requestedId: r.requestedId } : {}) });
      return r;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { reply, error, busy: busy || going(reply?.write), run, clear: () => setReply(undefined) };
}

/** A write's state in the seller's words; a rejection shows Coupang's own message. */
export function WriteStatus(props: { write?: WriteView; error?: unknown; testid: string }) {
  const { t } = useI18n();
  if (props.error) return <ErrorText error={props.error} testid={`${props.testid}-error`} />;
  const w = props.write;
  if (!w) return null;
  const r = w.result;
  const failed = w.state === 'failed' || w.state === 'unknown';
  return (
    <p
      class={failed ? 'write-status bad' : 'write-status'}
      role="status"
      data-testid={props.testid}
      data-state={w.state}
      data-outcome={r?.outcome ?? ''}
      data-code={r?.code ?? ''}
    >
      {t(`catalog.write.${w.state}`)}
      {failed && r?.message ? <span> — {r.message}</span> : null}
    </p>
  );
}
