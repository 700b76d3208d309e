import { useI18n } from '@/components/i18n';
import { isMessageKey, type MessageKey } from '@/utils/i18n';
import type { OutboxItemView } from '@/utils/protocol/messages/orders';
import { type EditBatch, isFailed } from './use-edit-batch';

/** What a result says: our refusal in the seller's words, Coupang's own words for its rejections. */
export function resultText(item: OutboxItemView, t: (k: MessageKey, p?: Record<string, string | number>) => string) {
  const code = item.result?.code ?? '';
  const key = `products.problem.${code}`;
  if (item.result?.outcome === 'refused' && isMessageKey(key)) return t(key, { value: item.targetId, max: 99_999 });
  return item.result?.message ?? code;
}

function stateKey(item: OutboxItemView): MessageKey {
  if (item.state === 'succeeded') return 'products.result.succeeded';
  if (item.state === 'unknown') return 'products.result.unknown';
  if (item.state === 'failed') return 'products.result.failed';
  return 'products.result.pending';
}

/** Per-row results of sent edits, and "retry failed rows" that resends only those. */
export function EditResults(props: { batch: EditBatch; labels: Record<string, string> }) {
  const { t } = useI18n();
  const { items, failed } = props.batch;
  if (!items.length) return null;
  const done = items.filter((i) => i.state === 'succeeded').length;
  const pending = items.length - done - failed.length;
  return (
    <div class="product-results" data-testid="edit-results">
      <div class="row">
        <span aria-live="polite" data-testid="edit-results-summary">
          {t('products.bulk.results', { done, failed: failed.length, pending })}
        </span>
        <span class="spacer" />
        {failed.length && !pending ? (
          <button
            type="button"
            data-testid="retry-failed"
            disabled={props.batch.sending}
            onClick={() => void props.batch.retryFailed()}
          >
            {t('products.bulk.retry', { count: failed.length })}
          </button>
        ) : null}
      </div>
      <table class="results-table">
        <tbody>
          {items.map((item) => (
            <tr key={item.id} class={`state-${item.state}`} data-testid="edit-result" data-state={item.state}>
              <td>{props.labels[item.targetId] ?? item.targetId}</td>
              <td>{t(`products.action.${item.action}` as MessageKey)}</td>
              <td>
                {t(stateKey(item))}
                {isFailed(item) ? <span class="muted small"> {resultText(item, t)}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
