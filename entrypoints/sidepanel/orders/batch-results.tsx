import { useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { baseAction, describeOutcome } from '@/utils/ui/errors/outcome-words';
import { type BatchState, tally } from './use-batch';

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
