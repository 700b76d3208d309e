import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useEvent, useEventsReconnected } from '@/components/events';
import { send } from '@/utils/protocol/client';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';

interface Running {
  item?: OutboxItemView;
  error?: unknown;
  /** The claim's state once the action is final (read back: a done action moves it to another tab). */
  currentState?: string;
  label: string;
  lookup: () => Promise<string | undefined>;
}

/**
 * The area's last claim action and its own result: the outbox item the background queued (or
 * refused), followed through `outbox.changed` until final, then the claim's state read back. Held
 * by the area, not the row: a done action moves its claim out of the open tab.
 */
export function useClaimAction() {
  const [run, setRun] = useState<Running>();
  const ref = useRef<Running | undefined>(undefined);
  ref.current = run;

  const refresh = useCallback(async () => {
    const cur = ref.current?.item;
    if (!cur?.batchId || !(cur.state === 'queued' || cur.state === 'sending')) return;
    const { items } = await send('outbox.list', { batchId: cur.batchId }).catch(() => ({ items: [] }));
    const fresh = items.find((i) => i.id === cur.id);
    if (fresh) setRun((r) => (r && r.item?.id === fresh.id ? { ...r, item: fresh } : r));
  }, []);
  useEvent('outbox.changed', () => void refresh());
  useEventsReconnected(() => void refresh());

  const final = run?.item && run.item.state !== 'queued' && run.item.state !== 'sending';
  useEffect(() => {
    if (!final || !run || run.currentState !== undefined) return;
    const id = run.item?.id;
    void run
      .lookup()
      .then((state) => setRun((r) => (r && r.item?.id === id ? { ...r, currentState: state ?? '' } : r)));
  }, [final, run?.item?.id]);

  const start = useCallback(
    async (label: string, call: () => Promise<{ items: OutboxItemView[] }>, lookup: Running['lookup']) => {
      setRun({ label, lookup });
      try {
        const reply = await call();
        setRun((r) => (r ? { ...r, item: reply.items[0] } : r));
      } catch (error) {
        setRun((r) => (r ? { ...r, error } : r));
      }
    },
    [],
  );

  const busy = !!run && !run.error && (!run.item || run.item.state === 'queued' || run.item.state === 'sending');
  return { run, busy, start, clear: () => setRun(undefined) };
}
export type ClaimActionRunner = ReturnType<typeof useClaimAction>;
