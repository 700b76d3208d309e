import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { baseAction, describeOutcome, ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { type ReplyOf, send } from '@/utils/protocol/client';
import { subscribeEvents } from '@/utils/protocol/event-client';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';

type ActionReply = ReplyOf<'orders.acknowledge'>;

export interface BatchState {
  action: string;
  batchIds: string[];
  items: OutboxItemView[];
  /** Order key or target id → what the seller recognizes (order id). */
  labels: Record<string, string>;
  sending: boolean;
  error?: unknown;
}

const PENDING = new Set(['queued', 'sending']);

export function tally(items: OutboxItemView[]) {
  let ok = 0;
  let failed = 0;
  let pending = 0;
  let retryable = 0;
  for (const i of items) {
    if (i.state === 'succeeded') ok++;
    else if (i.state === 'failed' || i.state === 'unknown') {
      failed++;
      // The outbox retries failed items whose result does not say "retrying cannot help".
      if (i.state === 'failed' && i.result?.retryable !== false) retryable++;
    } else pending++;
  }
  return { ok, failed, pending, retryable };
}

/** Items by id; a retried item (new id, same target) replaces the failed one it retries. */
function merge(current: OutboxItemView[], incoming: OutboxItemView[]): OutboxItemView[] {
  const byId = new Map(current.map((i) => [i.id, i]));
  for (const item of incoming) {
    if (!byId.has(item.id)) {
      for (const [id, old] of byId) {
        if (
          old.targetId === item.targetId &&
          old.action === item.action &&
          (old.state === 'failed' || old.state === 'unknown')
        ) {
          byId.delete(id);
        }
      }
    }
    byId.set(item.id, item);
  }
  return [...byId.values()];
}

/**
 * One surface's current batch of actions: sends it (in chunks the contract allows), follows its
 * items through `outbox.changed` events (and a slow poll while anything is pending, in case the
 * worker was asleep), and retries only the failed items.
 */
export function useBatch() {
  const [batch, setBatch] = useState<BatchState>();
  const ref = useRef<BatchState | undefined>(undefined);
  ref.current = batch;

  const refresh = useCallback(async () => {
    const b = ref.current;
    if (!b || b.batchIds.length === 0) return;
    try {
      const lists = await Promise.all(b.batchIds.map((batchId) => send('outbox.list', { batchId })));
      setBatch((cur) =>
        cur && cur.batchIds === b.batchIds
          ? {
              ...cur,
              items: merge(
                cur.items,
                lists.flatMap((l) => l.items),
              ),
            }
          : cur,
      );
    } catch {
      // The next event or poll tries again.
    }
  }, []);

  useEffect(
    () =>
      subscribeEvents((e) => {
        if (e.type === 'outbox.changed') void refresh();
      }),
    [refresh],
  );

  const pending = batch ? batch.sending || batch.items.some((i) => PENDING.has(i.state)) : false;
  useEffect(() => {
    if (!pending) return;
    const id = setInterval(() => void refresh(), 1500);
    return () => clearInterval(id);
  }, [pending, refresh]);

  const run = useCallback(
    async (action: string, labels: Record<string, string>, calls: Array<() => Promise<ActionReply>>) => {
      setBatch({ action, batchIds: [], items: [], labels, sending: true });
      for (const call of calls) {
        try {
          const reply = await call();
          setBatch((cur) =>
            cur ? { ...cur, batchIds: [...cur.batchIds, reply.batchId], items: merge(cur.items, reply.items) } : cur,
          );
        } catch (error) {
          setBatch((cur) => (cur ? { ...cur, error } : cur));
          break;
        }
      }
      setBatch((cur) => (cur ? { ...cur, sending: false } : cur));
    },
    [],
  );

  const retry = useCallback(async () => {
    const b = ref.current;
    if (!b) return;
    const failedBatches = [
      ...new Set(b.items.filter((i) => i.state === 'failed' || i.state === 'unknown').map((i) => i.batchId)),
    ];
    const targets = failedBatches.length ? failedBatches : b.batchIds;
    setBatch({ ...b, sending: true, error: undefined });
    for (const batchId of targets) {
      if (!batchId) continue;
      try {
        const reply = await send('outbox.retryFailed', { batchId });
        setBatch((cur) =>
          cur
            ? {
                ...cur,
                batchIds: cur.batchIds.includes(reply.batchId) ? cur.batchIds : [...cur.batchIds, reply.batchId],
                items: merge(cur.items, reply.items),
              }
            : cur,
        );
      } catch (error) {
        setBatch((cur) => (cur ? { ...cur, error } : cur));
      }
    }
    setBatch((cur) => (cur ? { ...cur, sending: false } : cur));
  }, []);

  return { batch, run, retry, clear: () => setBatch(undefined), pending };
}

export function BatchResults(props: {
  batch: BatchState;
  onRetry: () => void;
  onDismiss?: () => void;
  /** Show every item (import, invoices) or only a summary with failures (quick actions). */
  expanded?: boolean;
}) {
  const { t } = useI18n();
  const { batch } = props;
  const [open, setOpen] = useState(props.expanded ?? false);
  const { ok, failed, pending, retryable } = tally(batch.items);
  const actionName = t(`orders.action.${baseAction(batch.action)}` as MessageKey);
  const shown = open ? batch.items : batch.items.filter((i) => i.state === 'failed' || i.state === 'unknown');
  return (
    <section
      class="results"
      data-testid="batch-results"
      aria-live="polite"
      data-pending={String(pending > 0 || batch.sending)}
    >
      <div class="results-head">
        <strong>{actionName}</strong>
        <span data-testid="results-summary">
          {t('res.summary', { ok, failed, pending: pending + (batch.sending ? 1 : 0) })}
        </span>
        {batch.sending || pending ? <progress max={batch.items.length || 1} value={ok + failed} /> : null}
        <span class="spacer" />
        {batch.items.length > shown.length || open ? (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('res.title')} {open ? '▴' : '▾'}
          </button>
        ) : null}
        {retryable > 0 ? (
          <button
            type="button"
            data-testid="retry-failed"
            onClick={props.onRetry}
            disabled={batch.sending || pending > 0}
          >
            {t('res.retryFailed', { count: retryable })}
          </button>
        ) : null}
        {props.onDismiss ? (
          <button
            type="button"
            class="icon"
            aria-label={t('res.dismiss')}
            title={t('res.dismiss')}
            onClick={props.onDismiss}
          >
            ×
          </button>
        ) : null}
      </div>
      {batch.error ? <ErrorText error={batch.error} /> : null}
      {shown.length ? (
        <table class="dense results-table">
          <thead>
            <tr>
              <th>{t('res.order')}</th>
              <th>{t('det.status')}</th>
              <th>{t('res.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr
                key={i.id}
                data-testid="result-row"
                data-state={i.state}
                data-key={i.orderKey ?? ''}
                data-code={i.result?.code ?? ''}
              >
                <td class="mono">{batch.labels[i.orderKey ?? ''] ?? batch.labels[i.targetId] ?? i.targetId}</td>
                <td class={`state-${i.state}`}>{t(`orders.state.${i.state}`)}</td>
                <td class="wrap">
                  {i.state === 'failed' || i.state === 'unknown' ? describeOutcome(i.action, i.result, i.state, t) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
