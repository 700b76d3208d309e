import { useEffect, useState } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n';
import { send } from '@/utils/protocol/client';
import type { LogisticsReply } from '@/utils/protocol/messages/alibaba';
import { formatDateTime } from '@/utils/ui/format';
import './alibaba.css';

/**
 * Parcels and tracking steps of one 1688 order (sales or purchase), loaded on demand from the
 * background (`alibaba.logistics`). Trace remarks can name couriers and their phones: they are
 * shown here and never stored.
 */
export function LogisticsTrace(props: { orderKey: string; autoLoad?: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ loading: boolean; data?: LogisticsReply; error?: unknown }>({ loading: false });

  const load = async () => {
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      setState({ loading: false, data: await send('alibaba.logistics', { orderKey: props.orderKey }) });
    } catch (error) {
      setState({ loading: false, error });
    }
  };
  useEffect(() => {
    setState({ loading: false });
    if (props.autoLoad !== false) void load();
  }, [props.orderKey]);

  const statusText = (s: string | undefined) => {
    if (!s) return '';
    const key = `alibaba.logi.st.${s}`;
    const text = t(key as MessageKey);
    return text === key ? s : text;
  };

  const d = state.data;
  return (
    <section class="ali-logistics" data-testid="logistics-trace" data-order-key={props.orderKey}>
      <h3>
        {t('alibaba.logi.title')}{' '}
        <button
          type="button"
          class="link"
          data-testid="logistics-load"
          onClick={() => void load()}
          disabled={state.loading}
        >
          {d ? t('alibaba.logi.refresh') : t('alibaba.logi.load')}
        </button>
      </h3>
      {state.loading ? <p class="muted">{t('alibaba.logi.loading')}</p> : null}
      <ErrorText error={state.error} testid="logistics-error" />
      {d?.notShipped ? (
        <p class="muted" data-testid="logistics-not-shipped">
          {t('alibaba.logi.notShipped')}
        </p>
      ) : null}
      {d && !d.notShipped
        ? d.shipments.map((s, i) => {
            const trace =
              d.traces.find((tr) => tr.logisticsId === s.logisticsId) ??
              (d.shipments.length === 1 ? d.traces[0] : undefined);
            const steps = [...(trace?.steps ?? [])].sort((a, b) => b.at.localeCompare(a.at));
            return (
              <div class="card" key={s.logisticsId} data-testid="logistics-parcel" data-status={s.status ?? ''}>
                <strong>{t('alibaba.logi.parcel', { n: i + 1 })}</strong>
                <dl class="kv">
                  <dt>{t('alibaba.logi.carrier')}</dt>
                  <dd data-testid="logistics-carrier">{s.carrierName ?? '—'}</dd>
                  <dt>{t('alibaba.logi.tracking')}</dt>
                  <dd class="mono" data-testid="logistics-tracking">
                    {s.trackingNumber ?? '—'}
                  </dd>
                  <dt>{t('alibaba.logi.status')}</dt>
                  <dd data-testid="logistics-status">{statusText(s.status)}</dd>
                  {s.goods.length ? (
                    <>
                      <dt>{t('alibaba.logi.goods')}</dt>
                      <dd class="wrap">
                        {s.goods
                          .map((g) => `${g.name}${g.quantity !== undefined ? ` × ${g.quantity}${g.unit ?? ''}` : ''}`)
                          .join(', ')}
                      </dd>
                    </>
                  ) : null}
                </dl>
                {steps.length ? (
                  <ol class="ali-trace" data-testid="trace-steps">
                    {steps.map((step) => (
                      <li key={`${step.at}|${step.remark}`} data-testid="trace-step">
                        <span class="mono muted">{formatDateTime(step.at, 'CST')}</span> {step.remark}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p class="muted" data-testid="trace-empty">
                    {t('alibaba.logi.noSteps')}
                  </p>
                )}
              </div>
            );
          })
        : null}
      {d && !d.notShipped ? <p class="muted small">{t('alibaba.logi.timesCst')}</p> : null}
    </section>
  );
}
