import { useEffect } from 'preact/hooks';
import { ErrorText } from '@/components/error-text';
import { useEvent } from '@/components/events';
import { useAsync, useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { formatDateTime } from '@/utils/ui/format';

/** The selected order keys, handed over in the URL's fragment by the side panel (ids only). */
function keysFromHash(): string[] {
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(location.hash.slice(1)));
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A printable pick list: each item once with its total (to walk the shelves), then each box with
 * its lines (to pack). Products and quantities only; the page holds no customer data to print.
 */
export function PickListPage() {
  const { t } = useI18n();
  const keys = keysFromHash();
  const list = useAsync(() => (keys.length ? send('orders.pickList', { keys }) : Promise.resolve(undefined)), []);
  useEvent(['data.wiped'], () => list.reload());
  const value = list.value;
  useEffect(() => {
    document.title = `Crossdock — ${t('sheets.pickList.title')}`;
  }, [t]);

  if (keys.length === 0) return <p data-testid="pick-list-none">{t('sheets.pickList.none')}</p>;
  if (list.error) return <ErrorText error={list.error} />;
  if (!value) return null;
  const units = value.items.reduce((n, i) => n + i.quantity, 0);
  return (
    <main class="pick-list" data-testid="pick-list">
      <header class="row">
        <h1>{t('sheets.pickList.title')}</h1>
        <span class="spacer" />
        <button type="button" class="primary no-print" data-testid="pick-list-print" onClick={() => window.print()}>
          {t('sheets.pickList.print')}
        </button>
      </header>
      <p class="muted">
        {t('sheets.pickList.made', {
          time: formatDateTime(value.generatedAt, 'KST'),
          boxes: value.boxes.length,
          units,
        })}
      </p>
      <p class="muted small no-print">{t('sheets.pickList.privacy')}</p>
      {value.skipped.length ? (
        <p class="warn" data-testid="pick-list-missing">
          {t('sheets.pickList.missing', { count: value.skipped.length })}
        </p>
      ) : null}
      <h2>{t('sheets.pickList.items')}</h2>
      <table data-testid="pick-list-items">
        <thead>
          <tr>
            <th>{t('sheets.pickList.product')}</th>
            <th>{t('sheets.pickList.option')}</th>
            <th>{t('sheets.pickList.itemId')}</th>
            <th class="num">{t('sheets.pickList.quantity')}</th>
            <th class="num">{t('sheets.pickList.boxCount')}</th>
          </tr>
        </thead>
        <tbody>
          {value.items.map((i) => (
            <tr key={`${i.itemId ?? ''}${i.productName}${i.optionName ?? ''}`}>
              <td>{i.productName}</td>
              <td>{i.optionName ?? ''}</td>
              <td class="mono">{i.itemId ?? ''}</td>
              <td class="num strong">{i.quantity}</td>
              <td class="num">{i.boxes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('sheets.pickList.boxes')}</h2>
      <ol class="boxes" data-testid="pick-list-boxes">
        {value.boxes.map((b) => (
          <li key={b.key}>
            <div class="mono">{t('sheets.pickList.box', { shipmentId: b.shipmentId, orderId: b.orderId })}</div>
            <ul>
              {b.lines.map((l, n) => (
                <li key={n}>
                  {l.productName}
                  {l.optionName ? ` / ${l.optionName}` : ''} × <strong>{l.quantity}</strong>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </main>
  );
}
