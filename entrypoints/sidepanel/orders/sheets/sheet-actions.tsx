import './sheets.css';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorText } from '@/components/error-text';
import { useI18n } from '@/components/i18n';
import { send } from '@/utils/protocol/client';
import { saveBlob } from '@/utils/ui/save-file';
import { shippingSheetBlob, shippingSheetFilename } from './shipping-sheet-file';

/** Tabs whose orders still wait for shipment: where a shipping sheet makes sense. */
const SHIPPING_TABS = new Set(['new', 'toShip']);

type Outcome = { file?: string; rows: number; shipped: number; missing: number };

/**
 * Warehouse sheets for the selection: the pick list (a printable page, products only) and, in
 * the tabs of orders still to ship, the shipping sheet (발주서) as an Excel file — after the seller
 * confirms that the file holds customer data and is theirs to look after.
 */
export function SheetActions(props: { tab: string; keys: readonly string[] }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<unknown>();
  const count = props.keys.length;
  if (count === 0) return null;

  const openPickList = () => {
    // Order keys are not personal data; the page asks the background for the products itself.
    const url = browser.runtime.getURL(`/picklist.html#${encodeURIComponent(JSON.stringify(props.keys))}`);
    void browser.tabs.create({ url });
  };

  const exportSheet = async () => {
    setAsking(false);
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    try {
      const { rows, skipped } = await send('orders.shippingSheet', { keys: [...props.keys], acknowledged: true });
      const shipped = skipped.filter((s) => s.reason === 'notAwaitingShipment').length;
      const missing = skipped.length - shipped;
      if (rows.length === 0) {
        setOutcome({ rows: 0, shipped, missing });
        return;
      }
      const file = shippingSheetFilename(Date.now());
      saveBlob(await shippingSheetBlob(rows), file);
      setOutcome({ file, rows: rows.length, shipped, missing });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="sheet-actions" data-testid="sheet-actions">
      <div class="row">
        <button type="button" data-testid="open-pick-list" onClick={openPickList}>
          {t('sheets.pickList', { count })}
        </button>
        {SHIPPING_TABS.has(props.tab) ? (
          <button type="button" data-testid="export-shipping-sheet" disabled={busy} onClick={() => setAsking(true)}>
            {busy ? t('sheets.export.working') : t('sheets.export', { count })}
          </button>
        ) : null}
      </div>
      {asking ? (
        <ConfirmDialog
          question={t('sheets.export.question', { count })}
          confirmLabel={t('sheets.export.yes')}
          confirmTestId="export-shipping-sheet-confirm"
          onConfirm={() => void exportSheet()}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {outcome ? (
        <p class="small" data-testid="export-outcome" role="status">
          {outcome.file
            ? t('sheets.export.saved', { file: outcome.file, rows: outcome.rows })
            : t('sheets.export.none')}
          {outcome.shipped ? ` ${t('sheets.export.skippedShipped', { count: outcome.shipped })}` : ''}
          {outcome.missing ? ` ${t('sheets.export.skippedMissing', { count: outcome.missing })}` : ''}
        </p>
      ) : null}
      {error ? <ErrorText error={error} /> : null}
    </div>
  );
}
