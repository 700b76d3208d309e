import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { useCreate } from './use-create';

/** Where a registration stands: sending, registered (then approval), or Coupang's refusal in its words. */
export function CreateStatus(props: { create: ReturnType<typeof useCreate>; onAnother: () => void }) {
  const { t } = useI18n();
  const { item, status } = props.create;
  if (!item) return null;
  return (
    <div class="card create-status" data-testid="create-status" data-state={item.state}>
      {item.state === 'queued' || item.state === 'sending' ? (
        <p aria-live="polite">{t('products.create.sending')}</p>
      ) : null}
      {item.state === 'failed' || item.state === 'unknown' ? (
        <p class="error-text" role="alert">
          {t('products.create.failed', { message: item.result?.message ?? item.result?.code ?? '' })}
        </p>
      ) : null}
      {item.state === 'succeeded' ? (
        <>
          <p data-testid="create-registered">
            {status ? t('products.create.registered', { id: status.sellerProductId }) : t('products.result.succeeded')}
          </p>
          {status ? (
            <p data-testid="create-approval" data-approval={status.state}>
              {t('products.create.status', { status: t(`products.state.${status.state}` as MessageKey) })}
              {status.rejection ? <span> · {t('products.create.rejected', { reason: status.rejection })}</span> : null}
            </p>
          ) : null}
          {props.create.links.length ? (
            <p class="ok" data-testid="create-linked" data-count={props.create.links.length}>
              {t('xb.draft.linked', {
                count: props.create.links.length,
                mode: t(props.create.links[0]?.mode === 'agent' ? 'xb.mode.agent' : 'xb.mode.stock'),
              })}
            </p>
          ) : null}
          <div class="row">
            <button type="button" data-testid="create-check" onClick={() => void props.create.check()}>
              {t('products.create.checkStatus')}
            </button>
            <button type="button" onClick={props.onAnother}>
              {t('products.create.another')}
            </button>
          </div>
        </>
      ) : null}
      {props.create.error ? <ErrorText error={props.create.error} /> : null}
    </div>
  );
}
