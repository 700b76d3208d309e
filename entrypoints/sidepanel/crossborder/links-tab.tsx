import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import type { LinkMode } from '@/utils/protocol/messages/crossborder';
import { useSetup } from './use-flow';
import { XbError } from './xb-error';

/** Product links by hand: a vendorItemId typed or picked from synced orders' lines, the 1688 offer and SKU. */
export function LinksTab() {
  const { t } = useI18n();
  const setup = useSetup();
  const [vendorItemId, setVendorItemId] = useState('');
  const [offerId, setOfferId] = useState('');
  const [specId, setSpecId] = useState('');
  const [units, setUnits] = useState('1');
  const [mode, setMode] = useState<LinkMode>('agent');
  const [error, setError] = useState<unknown>();
  const links = setup.value?.links ?? [];
  const choices = setup.value?.choices ?? [];
  const name = (id: string) => choices.find((c) => c.vendorItemId === id);
  const save = async () => {
    setError(undefined);
    try {
      await send('crossborder.link', {
        link: {
          vendorItemId,
          offerId,
          ...(specId ? { specId } : {}),
          unitsPerItem: Number(units),
          mode,
        },
      });
      setVendorItemId('');
      setOfferId('');
      setSpecId('');
      setup.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div data-testid="xb-links">
      <ul class="xb-list">
        {links.map((l) => (
          <li key={l.vendorItemId} class="xb-link" data-testid="xb-link" data-vendor-item-id={l.vendorItemId}>
            <span class="grow">
              <span class="mono">{l.vendorItemId}</span> {name(l.vendorItemId)?.productName ?? ''}
              <br />
              <span class="muted small mono">
                1688 {l.offerId}
                {l.specId ? ` / ${l.specId}` : ''} ×{l.unitsPerItem} · {t(`xb.mode.${l.mode}`)}
              </span>
            </span>
            <button
              type="button"
              onClick={() =>
                void send('crossborder.unlink', { vendorItemId: l.vendorItemId }).then(setup.reload).catch(setError)
              }
            >
              {t('xb.links.remove')}
            </button>
          </li>
        ))}
      </ul>
      {setup.value && !links.length ? <p class="muted">{t('xb.links.empty')}</p> : null}
      <div class="xb-form xb-card">
        <label>
          {t('xb.links.option')}
          <input
            class="mono"
            inputMode="numeric"
            data-testid="xb-link-vendor-item"
            value={vendorItemId}
            onInput={(e) => setVendorItemId(e.currentTarget.value.trim())}
          />
        </label>
        <select
          aria-label={t('xb.links.pick')}
          data-testid="xb-link-pick"
          value=""
          onChange={(e) => setVendorItemId(e.currentTarget.value)}
        >
          <option value="">{t('xb.links.pick')}</option>
          {choices.map((c) => (
            <option key={c.vendorItemId} value={c.vendorItemId}>
              {c.productName}
              {c.optionName ? ` · ${c.optionName}` : ''}
            </option>
          ))}
        </select>
        <label>
          {t('xb.links.offer')}
          <input
            class="mono"
            inputMode="numeric"
            value={offerId}
            onInput={(e) => setOfferId(e.currentTarget.value.trim())}
          />
        </label>
        <label>
          {t('xb.links.spec')}
          <input class="mono" value={specId} onInput={(e) => setSpecId(e.currentTarget.value.trim())} />
        </label>
        <label>
          {t('xb.links.units')}
          <input class="num" inputMode="numeric" value={units} onInput={(e) => setUnits(e.currentTarget.value)} />
        </label>
        <label>
          {t('xb.links.mode')}
          <select value={mode} onChange={(e) => setMode(e.currentTarget.value as LinkMode)}>
            <option value="agent">{t('xb.mode.agent')}</option>
            <option value="stock">{t('xb.mode.stock')}</option>
          </select>
        </label>
        <button
          type="button"
          class="primary"
          disabled={!/^\d+$/.test(vendorItemId) || !/^\d+$/.test(offerId) || !/^\d{1,4}$/.test(units)}
          onClick={() => void save()}
        >
          {t('xb.links.add')}
        </button>
        <XbError error={error} />
      </div>
    </div>
  );
}
