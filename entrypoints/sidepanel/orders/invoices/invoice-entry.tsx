import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { shipmentIdOf } from '@/utils/domain/keys';
import { send } from '@/utils/protocol/client';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import { BatchResults } from '../batch-results';
import { useBatch } from '../use-batch';
import { CourierSelect, invoiceReady, TrackingInput, useTrackingProblem } from './courier-fields';
import { cleanTracking } from './use-couriers';

interface Entry {
  courier: string;
  tracking: string;
}

const CHUNK = 500;

/**
 * Invoice entry for the selected orders: a courier and tracking number each, or one courier for
 * all. To-ship orders (상품준비중) get their first invoice; awaiting-pickup ones (배송지시) a
 * correction (`update`).
 */
export function InvoiceEntry(props: {
  keys: string[];
  update?: boolean;
  rows: Map<string, OrderRow>;
  onBack: () => void;
  onSent: (keys: string[]) => void;
}) {
  const { t } = useI18n();
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [oneCourier, setOneCourier] = useState('');
  const { batch, run, retry } = useBatch();
  const problemOf = useTrackingProblem();
  const [tried, setTried] = useState(false);

  const set = (key: string, patch: Partial<Entry>) =>
    setEntries((cur) => ({ ...cur, [key]: { ...(cur[key] ?? { courier: '', tracking: '' }), ...patch } }));
  const applyAll = (code: string) => {
    setOneCourier(code);
    if (!code) return;
    setEntries((cur) =>
      Object.fromEntries(props.keys.map((k) => [k, { tracking: cur[k]?.tracking ?? '', courier: code }])),
    );
  };

  const entryOf = (k: string) => entries[k] ?? { courier: '', tracking: '' };
  const problems = new Map(props.keys.map((k) => [k, problemOf(entryOf(k).courier, entryOf(k).tracking)]));
  const complete = props.keys.filter((k) => invoiceReady(entryOf(k).courier, entryOf(k).tracking, problems.get(k)));
  const incomplete = props.keys.length - complete.length;

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (!complete.length) return;
    const items = complete.map((key) => ({
      key,
      courierCode: entries[key]?.courier ?? '',
      trackingNumber: cleanTracking(entries[key]?.tracking ?? ''),
    }));
    const labels = Object.fromEntries(complete.map((k) => [k, props.rows.get(k)?.orderId ?? shipmentIdOf(k)]));
    const calls = [];
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      calls.push(() => send('orders.uploadInvoices', { items: chunk, ...(props.update ? { update: true } : {}) }));
    }
    void run(props.update ? 'updateInvoice' : 'uploadInvoice', labels, calls).then(() => props.onSent(complete));
  };

  return (
    <div class="view" data-testid="invoice-entry">
      <div class="view-head">
        <button type="button" data-testid="view-back" onClick={props.onBack}>
          ← {t('inv.back')}
        </button>
        <h2>{t(props.update ? 'inv.titleUpdate' : 'inv.title')}</h2>
      </div>
      {batch ? (
        <BatchResults batch={batch} onRetry={() => void retry()} expanded />
      ) : (
        <form onSubmit={submit}>
          <div class="row">
            <CourierSelect
              testid="invoice-courier-all"
              value={oneCourier}
              onChange={applyAll}
              withCodes
              label={t('inv.oneCourier')}
            />
          </div>
          <div class="invoice-scroll">
            <table class="dense invoice-table">
              <thead>
                <tr>
                  <th>{t('res.order')}</th>
                  <th>{t('inv.courier')}</th>
                  <th>{t('inv.tracking')}</th>
                </tr>
              </thead>
              <tbody>
                {props.keys.map((key) => {
                  const row = props.rows.get(key);
                  const entry = entries[key] ?? { courier: '', tracking: '' };
                  return (
                    <tr key={key} data-testid="invoice-row" data-key={key}>
                      <td>
                        <div class="mono">{row?.orderId ?? shipmentIdOf(key)}</div>
                        <div class="muted ellipsis" title={row?.productSummary}>
                          {row ? `${row.recipientName} · ${row.productSummary}` : ''}
                        </div>
                      </td>
                      <td>
                        <CourierSelect
                          testid="invoice-courier"
                          value={entry.courier}
                          onChange={(courier) => set(key, { courier })}
                        />
                      </td>
                      <td>
                        <TrackingInput
                          placeholder
                          testid="invoice-tracking"
                          value={entry.tracking}
                          onChange={(tracking) => set(key, { tracking })}
                          problem={problems.get(key)}
                          shown={tried}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {incomplete > 0 ? <p class="muted">{t('inv.incomplete', { count: incomplete })}</p> : null}
          <button type="submit" class="primary" data-testid="invoice-send" disabled={!complete.length}>
            {t('inv.send', { count: complete.length })}
          </button>
        </form>
      )}
    </div>
  );
}
