import { useState } from 'preact/hooks';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { toggled } from './format';
import type { DetailLine } from './purchase-cards';
import { XbError } from './xb-error';

/**
 * A 1688 order bought elsewhere (site, phone), linked by hand to the Coupang lines it fills: the
 * lines no purchase fills yet, all ticked at first (a box bought from two shops is linked twice,
 * one line each).
 */
export function LinkOrderForm(props: { orderKey: string; lines: readonly DetailLine[]; onDone: () => void }) {
  const { t } = useI18n();
  const accounts = useAsync(() => send('connections.list', {}), []);
  const members = (accounts.value?.accounts ?? []).filter((a) => a.marketplace === 'alibaba');
  const open = props.lines.filter((l) => !l.purchaseRef);
  const [id, setId] = useState('');
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>();
  const member = members[0]?.accountKey;
  const lineIds = open.map((l) => l.lineId).filter((x) => !unticked.has(x));
  const tick = (lineId: string, on: boolean) => setUnticked(toggled(unticked, lineId, !on));
  return (
    <section class="xb-card" data-testid="xb-link-order">
      <h3>{t('xb.detail.linkOrder')}</h3>
      {open.length > 1 ? (
        <ul class="xb-fills small">
          {open.map((l) => (
            <li key={l.lineId}>
              <label>
                <input
                  type="checkbox"
                  data-testid="xb-link-order-line"
                  data-line-id={l.lineId}
                  checked={!unticked.has(l.lineId)}
                  onChange={(e) => tick(l.lineId, e.currentTarget.checked)}
                />{' '}
                {l.productName}
                {l.optionName ? ` · ${l.optionName}` : ''} ×{l.quantity}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="xb-bar">
        <input
          class="mono"
          aria-label={t('xb.detail.alibabaOrderId')}
          placeholder={t('xb.detail.alibabaOrderId')}
          inputMode="numeric"
          data-testid="xb-link-order-id"
          value={id}
          onInput={(e) => setId(e.currentTarget.value.trim())}
        />
        <button
          type="button"
          data-testid="xb-link-order-save"
          disabled={!member || !/^\d{6,30}$/.test(id) || (open.length > 0 && lineIds.length === 0)}
          onClick={() =>
            void send('crossborder.linkOrder', {
              orderKey: props.orderKey,
              alibabaAccountKey: member!,
              alibabaOrderId: id,
              ...(lineIds.length ? { lineIds } : {}),
            })
              .then(props.onDone)
              .catch(setError)
          }
        >
          {t('xb.detail.link')}
        </button>
      </div>
      <XbError error={error} />
    </section>
  );
}
