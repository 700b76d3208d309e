import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useEvent, useEventsReconnected } from '@/components/events';
import { useI18n } from '@/components/i18n';
import { parseAccountKey, shipmentIdOf } from '@/utils/domain/keys';
import { type ReplyOf, send } from '@/utils/protocol/client';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';
import { describeOutcome } from '@/utils/ui/errors/outcome-words';

type NewOrders = ReplyOf<'popup.newOrders'>['accounts'];

/** What `orders.acknowledge` accepts per call. */
const CHUNK = 500;
const PENDING = new Set(['queued', 'sending']);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function tally(items: OutboxItemView[]) {
  let ok = 0;
  let failed = 0;
  let pending = 0;
  for (const i of items) {
    if (i.state === 'succeeded') ok++;
    else if (PENDING.has(i.state)) pending++;
    else failed++;
  }
  return { ok, failed, pending };
}

/**
 * Follows a set of outbox batches to their end: each item's state through `outbox.changed`
 * events, re-read when the event port comes back (the worker may have slept in between).
 */
function useBatches() {
  const [batchIds, setBatchIds] = useState<string[]>([]);
  const [items, setItems] = useState<OutboxItemView[]>([]);
  const ids = useRef<string[]>([]);
  ids.current = batchIds;

  const refresh = useCallback(async () => {
    if (ids.current.length === 0) return;
    try {
      const lists = await Promise.all(ids.current.map((batchId) => send('outbox.list', { batchId })));
      setItems(lists.flatMap((l) => l.items));
    } catch {
      // The next event or poll tries again.
    }
  }, []);

  useEvent('outbox.changed', () => void refresh());
  useEventsReconnected(() => void refresh());
  const pending = items.some((i) => PENDING.has(i.state));

  const add = (batchId: string, added: OutboxItemView[]) => {
    setBatchIds((b) => [...b, batchId]);
    setItems((cur) => [...cur.filter((i) => !added.some((a) => a.id === i.id)), ...added]);
  };
  const reset = () => {
    setBatchIds([]);
    setItems([]);
  };
  return { items, pending, add, reset };
}

type Stage = 'idle' | 'loading' | 'confirm' | 'sending' | 'results';

/**
 * "Acknowledge all new orders": asks which orders that is, confirms how many for which vendor,
 * queues them through the outbox (`orders.acknowledge`) and shows each order's result.
 */
export function AcknowledgeAll(props: { newCount: number; disabled?: boolean }) {
  const { t } = useI18n();
  const [stage, setStage] = useState<Stage>('idle');
  const [plan, setPlan] = useState<NewOrders>([]);
  const [error, setError] = useState<unknown>();
  const batches = useBatches();
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const total = plan.reduce((n, a) => n + a.keys.length, 0);

  useEffect(() => {
    if (stage === 'confirm') cancel.current?.focus();
  }, [stage]);

  const close = () => {
    setStage('idle');
    queueMicrotask(() => trigger.current?.focus());
  };

  const ask = async () => {
    setError(undefined);
    batches.reset();
    setStage('loading');
    try {
      const r = await send('popup.newOrders', {});
      setPlan(r.accounts);
      setStage('confirm');
    } catch (e) {
      setError(e);
      setStage('idle');
    }
  };

  const confirm = async () => {
    setStage('sending');
    try {
      for (const account of plan) {
        for (const keys of chunks(account.keys, CHUNK)) {
          const reply = await send('orders.acknowledge', { keys });
          batches.add(reply.batchId, reply.items);
        }
      }
    } catch (e) {
      setError(e);
    }
    setStage('results');
  };

  const { ok, failed, pending } = tally(batches.items);
  const labelOf = (i: OutboxItemView) => (i.orderKey ? shipmentIdOf(i.orderKey) : i.targetId);

  return (
    <div class="ack-all">
      {stage === 'idle' || stage === 'results' || stage === 'loading' ? (
        <button
          type="button"
          ref={trigger}
          data-testid="ack-all"
          disabled={props.disabled || props.newCount === 0 || stage === 'loading'}
          onClick={() => void ask()}
        >
          {stage === 'loading' ? t('popup.ackAll.loading') : t('popup.ackAll', { count: props.newCount })}
        </button>
      ) : null}
      {stage === 'confirm' || stage === 'sending' ? (
        <div
          class="card"
          role="alertdialog"
          aria-labelledby="ack-q"
          data-testid="ack-confirm-dialog"
          onKeyDown={(e) => e.key === 'Escape' && stage === 'confirm' && close()}
        >
          {total === 0 ? (
            <p id="ack-q">{t('popup.ackAll.none')}</p>
          ) : (
            <>
              <p id="ack-q">
                <strong>{t('popup.ackAll.question', { count: total })}</strong>
              </p>
              <ul data-testid="ack-plan">
                {plan.map((a) => (
                  <li
                    key={a.accountKey}
                    data-testid="ack-plan-vendor"
                    data-account-key={a.accountKey}
                    data-count={a.keys.length}
                  >
                    {t('popup.ackAll.vendor', {
                      label: a.label,
                      vendorId: parseAccountKey(a.accountKey)?.accountId ?? a.accountKey,
                      count: a.keys.length,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="row">
            {total > 0 ? (
              <button
                type="button"
                class="primary"
                data-testid="ack-confirm"
                disabled={stage === 'sending'}
                onClick={() => void confirm()}
              >
                {stage === 'sending' ? t('privacy.working') : t('popup.ackAll.confirm', { count: total })}
              </button>
            ) : null}
            <button type="button" ref={cancel} data-testid="ack-cancel" disabled={stage === 'sending'} onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? <ErrorText error={error} testid="ack-error" /> : null}
      {stage === 'results' && batches.items.length > 0 ? (
        <section class="results" aria-live="polite" data-testid="ack-results" data-pending={String(pending > 0)}>
          <h3>{t('popup.results')}</h3>
          <p data-testid="ack-summary">{t('res.summary', { ok, failed, pending })}</p>
          <ul class="result-list">
            {batches.items.map((i) => (
              <li key={i.id} data-testid="ack-result-row" data-state={i.state} data-key={i.orderKey ?? ''}>
                <span class="mono">{labelOf(i)}</span>{' '}
                <span class={`state-${i.state}`}>{t(`orders.state.${i.state}`)}</span>
                {i.state === 'failed' || i.state === 'unknown' ? (
                  <span class="error"> {describeOutcome(i.action, i.result, i.state, t)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
