import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { describeOutcome } from '@/utils/ui/errors/outcome-words';
import type { ClaimActionRunner } from './use-claim-action';

/**
 * The last claim action's own result: sending, done, or not done with Coupang's (or Crossdock's)
 * words; then the state the claim is in now, read back after the answer.
 */
export function ActionResult(props: { action: ClaimActionRunner }) {
  const { t } = useI18n();
  const run = props.action.run;
  if (!run) return null;
  if (run.error) return <ErrorText error={run.error} testid="claim-result-error" />;
  const item = run.item;
  const pending = !item || item.state === 'queued' || item.state === 'sending';
  const ok = item?.state === 'succeeded';
  return (
    <section
      class={`claim-result ${ok ? 'state-succeeded' : pending ? 'state-sending' : 'state-failed'}`}
      data-testid="claim-result"
      data-state={item?.state ?? 'queued'}
      data-outcome={item?.result?.outcome ?? ''}
      aria-live="polite"
    >
      <div class="row">
        <strong>{run.label}</strong>
        <span>
          {pending ? t('claims.result.sending') : ok ? t('claims.result.applied') : t('claims.result.failed')}
        </span>
        <span class="spacer" />
        <button type="button" class="link" onClick={props.action.clear}>
          {t('res.dismiss')}
        </button>
      </div>
      {item && !pending && !ok ? (
        <p class="small" data-testid="claim-result-reason">
          {describeOutcome(item.action, item.result, item.state, t)}
        </p>
      ) : null}
      {!pending && run.currentState ? (
        <p class="small" data-testid="claim-current-state">
          {t('claims.currentState', { state: run.currentState })}
        </p>
      ) : null}
    </section>
  );
}
